import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { helpPost } from '../../src/conversation/help-threads.ts';
import { pause } from '../conversation-kit.ts';
import { answerText } from './answer-text.ts';
import { writtenByPerson, type SlackMessageEvent } from './event-guards.ts';
import { guardListener } from './guard-listener.ts';
import { postReply } from './post-reply.ts';
import type { SlackContext } from './slack-context.ts';
import type { SlackNeeds } from './slack-needs.ts';
import { threadKey } from './mention-events.ts';
import { mentionsBot, plainFromSlack } from './slack-text.ts';

// Public channels, private channels the bot was invited to, and direct messages to the bot.
export const messageNeeds: SlackNeeds = {
  scopes: ['channels:history', 'groups:history', 'im:history'],
  events: ['message.channels', 'message.groups', 'message.im'],
};

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

/** A direct message to the bot: answered there, in its thread if it was written in one. */
async function answerDirect(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string }): Promise<void> {
  const line = plainFromSlack(m.text ?? '', args.context.botUserId);
  // A DM is one conversation with the bot (each of its threads another).
  const answer = answerText(ctx, line, { user: m.user, channel: m.channel }, threadKey(m.channel, m.thread_ts ?? 'dm'));
  if (!answer) return;
  await postReply(args.client, { channel: m.channel, user: m.user, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), direct: true }, answer, { feedback: ctx.kit?.feedback, question: line });
}

/** A reply in a thread where the bot answered, that the thread's context explains ("and on 8?"). */
async function answerFollowUp(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string; thread_ts: string }): Promise<boolean> {
  const key = threadKey(m.channel, m.thread_ts);
  if (!ctx.kit?.talk.has(key)) return false;
  const line = plainFromSlack(m.text ?? '');
  const reply = ctx.kit.talk.followUp(key, line, { platform: 'slack', user: { id: m.user }, channel: m.channel });
  if (!reply) return false;
  if (ctx.rate.check(`:${m.user}`) !== 'ok') return true;
  await postReply(args.client, { channel: m.channel, user: m.user, thread_ts: m.thread_ts, direct: false }, reply, { feedback: ctx.kit.feedback, question: line });
  return true;
}

/** A new top-level message in a help channel: answered once, in its thread, when confident and nobody answered first. */
async function answerHelpPost(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string }): Promise<void> {
  const kit = ctx.kit!;
  const key = threadKey(m.channel, m.ts);
  if (!ctx.helpThreads.opened(key, m.user)) return;
  if (ctx.rate.check(`:${m.user}`) !== 'ok') return;
  await pause(kit.helpDelayMs);
  const question = plainFromSlack(m.text ?? '');
  const reply = kit.talk.ask(question, { platform: 'slack', user: { id: m.user }, channel: m.channel });
  const decided = helpPost(ctx.helpThreads, key, reply, { minConfidence: kit.helpMinConfidence, related: (r) => (kit.helpSuggest ? kit.talk.related(r) : null) });
  if (!decided.post) {
    ctx.log.info({ platform: 'slack', kind: reply.kind, confidence: reply.meta?.confidence ?? 0 }, `help channel: ${decided.why}; stayed silent`);
    return;
  }
  if (decided.post === 'related') {
    await postReply(args.client, { channel: m.channel, user: m.user, thread_ts: m.ts, direct: false }, decided.reply);
    return;
  }
  await postReply(args.client, { channel: m.channel, user: m.user, thread_ts: m.ts, direct: false }, { ...reply, private: false }, { feedback: kit.feedback, question });
  kit.talk.remember(key, question, reply);
}

/** `[[topic]]` in a channel → doc links in the thread, each topic once per channel per cooldown. */
async function linkTopics(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string }): Promise<void> {
  if (ctx.linkScans.check(m.channel) !== 'ok') return;
  const found = ctx.router.docLinks(plainFromSlack(m.text ?? ''));
  if (!found) return;
  // take() for every topic, so each one starts cooling even when posted alongside others.
  const fresh = found.topics.map((topic) => ctx.linkCooldown.take(`${m.channel}:${topic}`));
  const sources = found.reply.sources.filter((_, i) => fresh[i]);
  if (!sources.length) return;
  await postReply(args.client, { channel: m.channel, user: m.user, thread_ts: m.thread_ts ?? m.ts, direct: false }, { ...found.reply, sources });
}

export function onMessage(app: App, ctx: SlackContext): void {
  app.event(
    'message',
    guardListener<MessageArgs>(ctx, 'message', async (args) => {
      const m = args.event as SlackMessageEvent;
      if (!writtenByPerson(m, args.context.botUserId) || !m.user) return;
      if (!ctx.events.first(args.body.event_id)) return;
      const person = { ...m, user: m.user };
      if (m.channel_type === 'im') return answerDirect(ctx, args, person);
      // Someone writing in a help post's thread before the bot answered it takes it over.
      if (m.thread_ts) ctx.helpThreads.message(threadKey(m.channel, m.thread_ts), m.user);
      // A mention in a channel is answered by the app_mention listener; answering here too would double it.
      if (mentionsBot(m.text ?? '', args.context.botUserId)) return;
      if (!m.thread_ts && ctx.kit && ctx.helpChannels.has(m.channel)) return answerHelpPost(ctx, args, person);
      if (m.thread_ts && (await answerFollowUp(ctx, args, { ...person, thread_ts: m.thread_ts }))) return;
      return linkTopics(ctx, args, person);
    }),
  );
}
