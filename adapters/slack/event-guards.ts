import { createCooldown, type Clock } from '../../src/limits.ts';

/** The fields of a Slack `message` event this adapter reads. */
export interface SlackMessageEvent {
  type: 'message';
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  edited?: unknown;
}

// Subtypes that are still a person writing; everything else (message_changed, message_deleted,
// bot_message, channel_join, …) is an edit, a bot or housekeeping, and is never answered.
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** True for a new message a person wrote (not a bot, not this app, not an edit). */
export function writtenByPerson(m: SlackMessageEvent, botUserId: string | undefined): boolean {
  return PERSON_SUBTYPES.has(m.subtype) && !m.bot_id && Boolean(m.user) && m.user !== botUserId && m.edited === undefined;
}

// Slack retries an event 3 times over about 5 minutes when the acknowledgement was late; an
// hour of remembered ids covers that with room to spare.
const REMEMBER_EVENTS_SECONDS = 3600;

/** `first(eventId)` is true the first time an event id is seen, false when Slack resends it. */
export function createEventMemory(now?: Clock): { first(eventId: string | undefined): boolean } {
  const seen = createCooldown(REMEMBER_EVENTS_SECONDS, now);
  return { first: (eventId) => eventId === undefined || seen.take(eventId) };
}
