import {
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type MessageCreateOptions,
  type MessageMentionOptions,
} from 'discord.js';
import type { DiscordMessage } from './render-discord.ts';

// DiscordMessage (the API's shape, easy to test) as discord.js send options (camelCase).

function mentions(m: DiscordMessage): MessageMentionOptions {
  const replied = m.allowed_mentions.replied_user;
  return { parse: [], users: m.allowed_mentions.users ?? [], ...(replied === undefined ? {} : { repliedUser: replied }) };
}

function common(m: DiscordMessage) {
  return { ...(m.content ? { content: m.content } : {}), embeds: m.embeds, allowedMentions: mentions(m) };
}

type ReplyFlags = InteractionReplyOptions['flags'];

export function interactionReply(m: DiscordMessage): InteractionReplyOptions {
  return { ...common(m), flags: m.flags as ReplyFlags };
}

/** Editing a deferred reply: its visibility was fixed when it was deferred. */
export function interactionEdit(m: DiscordMessage): InteractionEditReplyOptions {
  return common(m);
}

/** A channel message or DM: there is no ephemeral outside interactions. */
export function channelMessage(m: DiscordMessage): MessageCreateOptions {
  return { ...common(m), flags: (m.flags & ~MessageFlags.Ephemeral) as MessageCreateOptions['flags'] };
}
