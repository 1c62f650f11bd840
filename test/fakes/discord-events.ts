import { findCommand } from '../../src/commands/definitions.ts';
import { APP_ID, CHANNEL_ID, GUILD_ID, snowflake, user } from './discord-ids.ts';

// Gateway dispatch payloads as Discord sends them, with overridable parts (builders, not mocks).

export const ALICE = user('1200000000000000001', 'alice');
export const BOB = user('1200000000000000002', 'bob');

const OPTION_TYPE = { string: 3, user: 6, boolean: 5 } as const;

/** A guild member; MESSAGE_CREATE sends it without `user` (the author is beside it). */
function member(u?: object) {
  return { ...(u ? { user: u } : {}), roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: '0' };
}

/** Options as Discord sends them for a command, typed by our registry (as registered). */
function options(command: string, args: Record<string, string | boolean>, focused?: string) {
  return Object.entries(args).map(([name, value]) => {
    const type = findCommand(command)?.options.find((o) => o.name === name)?.type ?? 'string';
    return { name, type: OPTION_TYPE[type], value, ...(name === focused ? { focused: true } : {}) };
  });
}

function interaction(type: 2 | 4, data: object, from: object) {
  const id = snowflake();
  return {
    id, application_id: APP_ID, type, token: `itoken-${id}`, version: 1, data,
    guild_id: GUILD_ID, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'help' },
    member: member(from), app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID }, context: 0,
  };
}

export function slashCommand(name: string, args: Record<string, string | boolean> = {}, from: object = ALICE, users: object[] = []) {
  const resolved = users.length ? { resolved: { users: Object.fromEntries(users.map((u) => [(u as { id: string }).id, u])) } } : {};
  return interaction(2, { id: snowflake(), name, type: 1, options: options(name, args), ...resolved }, from);
}

export function autocomplete(name: string, option: string, partial: string, from: object = ALICE) {
  return interaction(4, { id: snowflake(), name, type: 1, options: options(name, { [option]: partial }, option) }, from);
}

export function channelMessage(content: string, from: object = ALICE, mentions: object[] = []) {
  return {
    id: snowflake(), channel_id: CHANNEL_ID, guild_id: GUILD_ID, author: from, member: member(), content,
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions,
    mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
  };
}
