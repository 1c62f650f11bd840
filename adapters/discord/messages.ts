import type { Message } from 'discord.js';
import type { Reply } from '../../src/reply.ts';
import type { DiscordContext } from './discord-context.ts';
import { renderDiscord } from './render-discord.ts';
import { channelMessage } from './send-options.ts';

/** The text after the bot's mention(s), or null when the message does not mention the bot in its text. */
export function mentionedQuestion(content: string, botId: string): string | null {
  // <@id> and the legacy nickname form <@!id>. A reply to the bot carries a mention only in
  // metadata, not in the text, so it is not taken as a question.
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

export async function onMessage(ctx: DiscordContext, message: Message, botId: string): Promise<void> {
  if (message.author.bot || message.system || message.webhookId) return;
  const question = mentionedQuestion(message.content, botId);
  if (question !== null) await answerMention(ctx, message, question);
  else if (ctx.readMessages && message.inGuild()) await linkTopics(ctx, message);
}

async function answerMention(ctx: DiscordContext, message: Message, question: string): Promise<void> {
  const rate = ctx.limiter.check(message.author.id);
  if (rate === 'silent') return;
  const base = { platform: 'discord', user: { id: message.author.id, name: message.author.username }, channel: message.channelId };
  const reply = rate === 'notify' ? ctx.slowDown : (ctx.router.docLinks(question)?.reply ?? (await ctx.router.handleText(question, base)));
  await deliver(ctx, message, reply);
}

/** Public replies answer the message; private ones (help, errors, notices) go to the asker's DMs. */
async function deliver(ctx: DiscordContext, message: Message, reply: Reply): Promise<void> {
  if (!reply.private) {
    await message.reply(channelMessage(renderDiscord(reply, { repliedUser: true })));
    return;
  }
  try {
    await message.author.send(channelMessage(renderDiscord(reply, { repliedUser: false })));
  } catch (err) {
    // Users may close DMs from server members (error 50007); a private reply then stays unsent.
    ctx.log.info({ err }, 'Discord: could not send a private reply by DM');
  }
}

/** `[[topic]]` in an ordinary message: link the topics not already linked in this channel lately. */
async function linkTopics(ctx: DiscordContext, message: Message): Promise<void> {
  const found = ctx.router.docLinks(message.content);
  if (!found) return;
  // docLinks lists one source per topic, in the same order.
  const fresh = found.reply.sources.filter((_, i) => ctx.cooldown.take(`${message.channelId}:${found.topics[i]}`));
  if (!fresh.length) return;
  const reply: Reply = { ...found.reply, sources: fresh, title: fresh.length === 1 ? fresh[0]!.title : found.reply.title };
  await message.reply(channelMessage(renderDiscord(reply, { repliedUser: false })));
}
