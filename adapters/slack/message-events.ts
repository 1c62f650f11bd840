import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerText } from './answer-text.ts';
import { writtenByPerson, type SlackMessageEvent } from './event-guards.ts';
import { guardListener } from './guard-listener.ts';
import { postReply } from './post-reply.ts';
import type { SlackContext } from './slack-context.ts';
import type { SlackNeeds } from './slack-needs.ts';
import { mentionsBot, plainFromSlack } from './slack-text.ts';

// Public channels, private channels the bot was invited to, and direct messages to the bot.
export const messageNeeds: SlackNeeds = {
  scopes: ['channels:history', 'groups:history', 'im:history'],
  events: ['message.channels', 'message.groups', 'message.im'],
};

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

/** A direct message to the bot: answered there, in its thread if it was written in one. */
async function answerDirect(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string }): Promise<void> {
  const answer = answerText(ctx, plainFromSlack(m.text ?? '', args.context.botUserId), { user: m.user, channel: m.channel });
  if (!answer) return;
  await postReply(args.client, { channel: m.channel, user: m.user, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}), direct: true }, answer);
}

/** `[[topic]]` in a channel → doc links in the thread, each topic once per channel per cooldown. */
async function linkTopics(ctx: SlackContext, args: MessageArgs, m: SlackMessageEvent & { user: string }): Promise<void> {
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
      // A mention in a channel is answered by the app_mention listener; answering here too would double it.
      if (mentionsBot(m.text ?? '', args.context.botUserId)) return;
      return linkTopics(ctx, args, person);
    }),
  );
}
