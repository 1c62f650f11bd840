import { BOT_USER, TEAM } from './slack-api.ts';

// Builders of what Slack sends, with overrides (as bolt's own test helpers do).

export const CHANNEL = 'C0000001';
export const USER = 'U0000001';
let events = 0;
let stamps = 1_800_000_000;

export function nextTs(): string {
  return `${++stamps}.000001`;
}

export interface SlashCommand {
  [field: string]: string;
}

/** A slash command's fields; `response_url` must point at the fake. */
export function slashCommand(responseUrl: string, overrides: Partial<SlashCommand> = {}): SlashCommand {
  return {
    token: 'verification-token-unused',
    team_id: TEAM,
    team_domain: 'test',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: USER,
    user_name: 'tester',
    command: '/alma',
    text: 'help',
    api_app_id: 'A0000001',
    response_url: responseUrl,
    trigger_id: 'trigger.1',
    ...overrides,
  };
}

/** An Events API callback around `event`, with a fresh event_id unless given. */
export function eventCallback(event: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: TEAM,
    api_app_id: 'A0000001',
    type: 'event_callback',
    event_id: `Ev${String(++events).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    event,
    ...overrides,
  };
}

export function mention(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: 'app_mention', user: USER, text: `<@${BOT_USER}> ${text}`, ts, channel: CHANNEL, event_ts: ts, team: TEAM, ...overrides };
}

export function message(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: 'message', channel_type: 'channel', user: USER, text, ts, channel: CHANNEL, event_ts: ts, team: TEAM, ...overrides };
}
