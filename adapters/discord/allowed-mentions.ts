import type { APIAllowedMentions } from 'discord.js';

// Discord pings whatever the content mentions unless allowed_mentions says otherwise, so every
// message states it: no @everyone/@here, no roles, and users only when a command named them.

const SNOWFLAKE = /^\d{17,20}$/;

/** `<@id>` for a valid user id; anything else (a name typed in the terminal form) mentions no one. */
export function mentionFor(userId: string | undefined): string | undefined {
  return userId && SNOWFLAKE.test(userId) ? `<@${userId}>` : undefined;
}

/** `repliedUser` only for replies to a message: whether its author may be pinged. */
export function noPings(target: string | undefined, repliedUser?: boolean): APIAllowedMentions {
  const users = mentionFor(target) ? [target!] : [];
  return repliedUser === undefined ? { parse: [], users } : { parse: [], users, replied_user: repliedUser };
}
