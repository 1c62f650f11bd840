import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { chooseManifestOptions } from '../adapters/slack/manifest-options.ts';
import { slackManifest, usageHint } from '../adapters/slack/manifest.ts';
import { commandDefs } from '../src/commands/definitions.ts';

describe('Slack app manifest', () => {
  it('derives the slash command and its usage hint from the command registry', () => {
    const m = slackManifest({ command: '/alma', socketMode: true });
    const [command] = m.features.slash_commands;
    expect(command?.command).toBe('/alma');
    for (const def of commandDefs) expect(command?.usage_hint).toContain(def.usage);
    expect(usageHint()).toContain('--private');
  });

  it('asks for exactly the bot scopes and events the listeners use', () => {
    const m = slackManifest({ command: '/alma', socketMode: true });
    expect(m.oauth_config.scopes.bot).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });

  it('turns Socket Mode on or off; HTTP mode points Slack at /slack/events', () => {
    expect(slackManifest({ command: '/alma', socketMode: true }).settings).toMatchObject({ socket_mode_enabled: true, event_subscriptions: expect.not.objectContaining({ request_url: expect.anything() }) });
    const http = slackManifest({ command: '/ask', socketMode: false, publicUrl: 'https://bot.example.org/' });
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions).toMatchObject({ request_url: 'https://bot.example.org/slack/events' });
    expect(http.features.slash_commands[0]).toMatchObject({ command: '/ask', url: 'https://bot.example.org/slack/events' });
  });

  it('chooses the mode from flags, else from the settings', () => {
    expect(chooseManifestOptions([], {}).options).toEqual({ command: '/alma', socketMode: true });
    expect(chooseManifestOptions([], { SLACK_SIGNING_SECRET: 's' }).options?.socketMode).toBe(false);
    expect(chooseManifestOptions([], { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_COMMAND: '/almabot' }).options).toEqual({ command: '/almabot', socketMode: true });
    expect(chooseManifestOptions(['--http', 'https://h.example'], {}).options).toEqual({ command: '/alma', socketMode: false, publicUrl: 'https://h.example' });
    expect(chooseManifestOptions(['--socket'], { SLACK_SIGNING_SECRET: 's' }).options?.socketMode).toBe(true);
    expect(chooseManifestOptions(['--bogus'], {}).options).toBeUndefined();
    expect(chooseManifestOptions(['--http', 'http://plain'], {}).options).toBeUndefined();
  });

  it('is printed as JSON by `npm run slack:manifest`', async () => {
    const root = join(import.meta.dirname, '..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/slack-manifest.ts', '--socket'], { cwd: root, env: { PATH: process.env.PATH, SLACK_COMMAND: '/alma' } });
    expect(JSON.parse(stdout)).toEqual(slackManifest({ command: '/alma', socketMode: true }));
  });
});
