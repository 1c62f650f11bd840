import { describe, expect, it } from 'vitest';
import { gatewayIntents } from '../adapters/discord/discord-options.ts';
import { slackManifest } from '../adapters/slack/manifest.ts';
import { chooseManifestOptions } from '../adapters/slack/manifest-options.ts';
import { createClient } from '../adapters/discord/discord-options.ts';
import { readConfig } from '../src/config.ts';

// Settings for follow-ups, 👍/👎, help channels and reminders, and what the platforms are asked
// for because of them (Slack manifest, Discord intents).

const discord = { DISCORD_TOKEN: 't', DISCORD_APP_ID: '1' };
const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

describe('conversation settings', () => {
  it('has defaults: buttons on, a stricter help-channel bar, reminders at 180/30/7 days for AlmaLinux', () => {
    const { settings, problems } = readConfig({});
    expect(problems).toEqual([]);
    expect(settings.conversation).toEqual({ feedback: true, helpMinConfidence: 0.95, helpDelaySeconds: 0, helpSuggest: false, reminderLeadDays: [180, 30, 7], reminderProducts: ['almalinux'] });
  });

  it('reads channels per platform and reports bad values naming the setting', () => {
    const { settings, problems } = readConfig({
      ...discord, ...slack,
      DISCORD_HELP_CHANNELS: '1100000000000000005, 1100000000000000006', DISCORD_REMINDERS_CHANNEL: '1100000000000000007',
      SLACK_HELP_CHANNELS: 'C0123ABCD', SLACK_REMINDERS_CHANNEL: 'C0999ZZZZ',
      FEEDBACK_BUTTONS: 'false', HELP_CHANNEL_MIN_CONFIDENCE: '0.9', REMINDER_LEAD_DAYS: '90,14', REMINDER_PRODUCTS: 'almalinux,centos,rocky',
    });
    expect(problems).toEqual([]);
    expect(settings.discord).toMatchObject({ helpChannels: ['1100000000000000005', '1100000000000000006'], remindersChannel: '1100000000000000007' });
    expect(settings.slack).toMatchObject({ helpChannels: ['C0123ABCD'], remindersChannel: 'C0999ZZZZ' });
    expect(settings.conversation).toMatchObject({ feedback: false, helpMinConfidence: 0.9, reminderLeadDays: [90, 14], reminderProducts: ['almalinux', 'centos', 'rocky'] });

    const bad = readConfig({ ...discord, DISCORD_HELP_CHANNELS: '#help', HELP_CHANNEL_MIN_CONFIDENCE: '2', REMINDER_LEAD_DAYS: 'soon', REMINDER_PRODUCTS: 'windows', FEEDBACK_BUTTONS: 'maybe' }).problems;
    expect(bad.join('\n')).toMatch(/DISCORD_HELP_CHANNELS/);
    for (const key of ['HELP_CHANNEL_MIN_CONFIDENCE', 'REMINDER_LEAD_DAYS', 'REMINDER_PRODUCTS', 'FEEDBACK_BUTTONS']) expect(bad.join('\n')).toContain(key);
  });
});

describe('what the platforms are asked for', () => {
  it('Slack: interactivity for the buttons unless they are turned off', () => {
    expect(slackManifest({ command: '/alma', socketMode: true }).settings).toMatchObject({ interactivity: { is_enabled: true } });
    expect(slackManifest({ command: '/alma', socketMode: false, publicUrl: 'https://h.example' }).settings).toMatchObject({ interactivity: { is_enabled: true, request_url: 'https://h.example/slack/events' } });
    const off = chooseManifestOptions([], { ...slack, FEEDBACK_BUTTONS: 'off' }).options!;
    expect('interactivity' in slackManifest(off).settings).toBe(false);
  });

  it('Discord: message content only when messages are read or help channels are set', () => {
    const intents = (extra: object) => createClient({ token: 't', appId: '1', readMessages: false, ...extra }).options.intents.bitfield;
    expect(intents({})).toBe(1 | 512);
    expect(intents({ helpChannels: ['1100000000000000005'] })).toBe(1 | 512 | 32768);
    expect(gatewayIntents(true)).toContain(32768);
  });
});
