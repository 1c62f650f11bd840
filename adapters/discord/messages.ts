import type { Message } from 'discord.js';
import { helpPost } from '../../src/conversation/help-threads.ts';
import type { Reply } from '../../src/reply.ts';
import { pause } from '../conversation-kit.ts';
import type { DiscordContext } from './discord-context.ts';
import { renderDiscord } from './render-discord.ts';
import { channelMessage } from './send-options.ts';
import { voteRow } from './vote-buttons.ts';

/** The text after the bot's mention(s), or null when the message does not mention the bot in its text. */
export function mentionedQuestion(content: string, botId: string): string | null {
  // <@id> and the legacy nickname form <@!id>. A reply to the bot carries a mention only in
  // metadata, not in the text, so it is not taken as a question.
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The conversation a message belongs to: its thread, else the reply chain it answers (keyed by
 * the message replied to), else a new chain starting at this message.
 */
function conversationKey(message: Message): string {
  if (message.channel.isThread()) return `thread:${message.channelId}`;
  return `msg:${message.reference?.messageId ?? message.id}`;
}

/** A new post in a help channel: a forum post's first message, or a top-level message in a help text channel. */
function helpPostKey(ctx: DiscordContext, message: Message): string | null {
  if (!ctx.kit || !ctx.helpChannels.size || !message.inGuild()) return null;
  const channel = message.channel;
  if (channel.isThread()) return channel.parentId && ctx.helpChannels.has(channel.parentId) && message.id === channel.id ? `thread:${channel.id}` : null;
  return ctx.helpChannels.has(message.channelId) && !message.reference ? `msg:${message.id}` : null;
}

/** A person writing in a help post's thread, or replying to the post, before the bot answered it. */
function noteHelpReply(ctx: DiscordContext, message: Message): void {
  if (message.channel.isThread()) ctx.helpThreads.message(`thread:${message.channelId}`, message.author.id);
  if (message.reference?.messageId) ctx.helpThreads.message(`msg:${message.reference.messageId}`, message.author.id);
}

export async function onMessage(ctx: DiscordContext, message: Message, botId: string): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  noteHelpReply(ctx, message);
  const question = mentionedQuestion(message.content, botId);
  if (question !== null) return answerMention(ctx, message, question);
  const post = helpPostKey(ctx, message);
  if (post) return answerHelpPost(ctx, message, post);
  if (await answerFollowUp(ctx, message, botId)) return;
  if (ctx.readMessages && message.inGuild()) await linkTopics(ctx, message);
}

const baseOf = (message: Message) => ({ platform: 'discord', user: { id: message.author.id, name: message.author.username }, channel: message.channelId });

async function answerMention(ctx: DiscordContext, message: Message, question: string): Promise<void> {
  const rate = ctx.limiter.check(message.author.id);
  if (rate === 'silent') return;
  const key = conversationKey(message);
  const base = baseOf(message);
  const links = rate === 'ok' ? ctx.router.docLinks(question)?.reply : undefined;
  const reply = rate === 'notify' ? ctx.slowDown : (links ?? (ctx.kit ? ctx.kit.talk.answer(key, question, base) : await ctx.router.handleText(question, base)));
  const sent = await deliver(ctx, message, reply, question);
  if (sent) ctx.kit?.talk.link(key, `msg:${sent.id}`);
}

/**
 * A message not mentioning the bot that follows up on its answer: a reply to the bot's message
 * (answered even when it is a new question: it was written to the bot), or a follow-up the
 * context explains in a thread where the bot answered (anything else there is people talking).
 */
async function answerFollowUp(ctx: DiscordContext, message: Message, botId: string): Promise<boolean> {
  const kit = ctx.kit;
  const text = message.content.trim();
  if (!kit || !text) return false;
  const key = conversationKey(message);
  const toBot = Boolean(message.reference?.messageId) && message.mentions.repliedUser?.id === botId && kit.talk.has(key);
  if (!toBot && !(message.channel.isThread() && kit.talk.has(key))) return false;
  const reply = toBot ? kit.talk.answer(key, text, baseOf(message)) : kit.talk.followUp(key, text, baseOf(message));
  if (!reply) return false;
  if (ctx.limiter.check(message.author.id) !== 'ok') return true;
  const sent = await deliver(ctx, message, reply, text);
  if (sent) kit.talk.link(key, `msg:${sent.id}`);
  return true;
}

/** Answers a new help post by itself: once, in the thread, only when confident and nobody answered first. */
async function answerHelpPost(ctx: DiscordContext, message: Message, key: string): Promise<void> {
  const kit = ctx.kit!;
  if (!ctx.helpThreads.opened(key, message.author.id)) return;
  if (ctx.limiter.check(message.author.id) !== 'ok') return;
  await pause(kit.helpDelayMs);
  // A forum post's title is often the question itself; the first message holds the details.
  const title = message.channel.isThread() ? message.channel.name : '';
  const question = [title, message.content].filter(Boolean).join('\n').trim();
  const reply = kit.talk.ask(question, baseOf(message));
  const decided = helpPost(ctx.helpThreads, key, reply, { minConfidence: kit.helpMinConfidence, related: (r) => (kit.helpSuggest ? kit.talk.related(r) : null) });
  if (!decided.post) {
    ctx.log.info({ platform: 'discord', kind: reply.kind, confidence: reply.meta?.confidence ?? 0 }, `help channel: ${decided.why}; stayed silent`);
    return;
  }
  if (decided.post === 'related') {
    await message.reply(channelMessage(renderDiscord(decided.reply, { repliedUser: false })));
    return;
  }
  const sent = await message.reply({ ...channelMessage(renderDiscord(reply, { repliedUser: false })), components: voteRow(kit.feedback, reply, question) });
  kit.talk.remember(key, question, reply);
  kit.talk.link(key, `msg:${sent.id}`);
}

/** Public replies answer the message; private ones (help, errors, notices) go to the asker's DMs. */
async function deliver(ctx: DiscordContext, message: Message, reply: Reply, question?: string): Promise<Message | undefined> {
  if (!reply.private) {
    return message.reply({ ...channelMessage(renderDiscord(reply, { repliedUser: true })), components: voteRow(ctx.kit?.feedback, reply, question) });
  }
  try {
    await message.author.send(channelMessage(renderDiscord(reply, { repliedUser: false })));
  } catch (err) {
    // Users may close DMs from server members (error 50007); a private reply then stays unsent.
    ctx.log.info({ err }, 'Discord: could not send a private reply by DM');
  }
  return undefined;
}

/** `[[topic]]` in an ordinary message: link the topics not already linked in this channel lately. */
async function linkTopics(ctx: DiscordContext, message: Message): Promise<void> {
  if (ctx.linkScans.check(message.channelId) !== 'ok') return;
  const found = ctx.router.docLinks(message.content);
  if (!found) return;
  // docLinks lists one source per topic, in the same order.
  const fresh = found.reply.sources.filter((_, i) => ctx.cooldown.take(`${message.channelId}:${found.topics[i]}`));
  if (!fresh.length) return;
  const reply: Reply = { ...found.reply, sources: fresh, title: fresh.length === 1 ? fresh[0]!.title : found.reply.title };
  await message.reply(channelMessage(renderDiscord(reply, { repliedUser: false })));
}
