import { ALICE, channelMessage } from './discord-events.ts';
import { APP_ID, BOT, CHANNEL_ID, GUILD_ID, snowflake } from './discord-ids.ts';

// Gateway payloads for threads, forum posts, replies to the bot and button clicks, as Discord
// sends them (builders over discord-events.ts, for the conversation tests).

export const FORUM_ID = '1100000000000000005';

/** A forum channel the tests post in (CHANNEL_CREATE puts it in the client's cache). */
export function forumChannel(id = FORUM_ID) {
  return { id, type: 15, guild_id: GUILD_ID, name: 'questions', position: 1, permission_overwrites: [], available_tags: [], flags: 0, default_forum_layout: 0 };
}

/** THREAD_CREATE for a new thread (a forum post when the parent is a forum). */
export function threadCreate(parentId: string, owner: { id: string }, name: string, id = snowflake()) {
  return {
    id, guild_id: GUILD_ID, parent_id: parentId, owner_id: owner.id, type: 11, name, last_message_id: null, rate_limit_per_user: 0, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
    message_count: 0, member_count: 1, total_message_sent: 0, newly_created: true,
  };
}

/** A message in a channel or thread; `id` defaults to a new one (a forum post's first message has the thread's). */
export function messageIn(channelId: string, content: string, from: object = ALICE, extra: { id?: string; mentions?: object[] } = {}) {
  return { ...channelMessage(content, from, extra.mentions ?? []), channel_id: channelId, ...(extra.id ? { id: extra.id } : {}) };
}

/** A reply to `to` (a message the fake recorded as sent by the bot), as Discord delivers it. */
export function replyTo(to: { id: string; channel_id: string }, content: string, from: object = ALICE) {
  return {
    ...messageIn(to.channel_id, content, from, { mentions: [BOT] }),
    type: 19,
    message_reference: { message_id: to.id, channel_id: to.channel_id, guild_id: GUILD_ID },
    referenced_message: { ...to, author: BOT, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, tts: false, mention_everyone: false, edited_timestamp: null, type: 0 },
  };
}

/** A click on a message button (interaction type 3) under the bot's message `on`. */
export function buttonClick(customId: string, on: { id: string; channel_id?: string }, from: object = ALICE) {
  const id = snowflake();
  const channel = on.channel_id ?? CHANNEL_ID;
  return {
    id, application_id: APP_ID, type: 3, token: `btoken-${id}`, version: 1, data: { custom_id: customId, component_type: 2 },
    guild_id: GUILD_ID, channel_id: channel, channel: { id: channel, type: 0, guild_id: GUILD_ID, name: 'help' },
    member: { user: from, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions: '0' },
    message: {
      id: on.id, channel_id: channel, author: BOT, content: '', embeds: [], components: [], timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 0, flags: 0,
    },
    app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', entitlements: [], authorizing_integration_owners: { 0: GUILD_ID }, context: 0,
  };
}
