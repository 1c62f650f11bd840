import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerText } from './answer-text.ts';
import { guardListener } from './guard-listener.ts';
import { postReply } from './post-reply.ts';
import type { SlackContext } from './slack-context.ts';
import type { SlackNeeds } from './slack-needs.ts';
import { plainFromSlack } from './slack-text.ts';

/** The conversation a Slack message belongs to: its channel and thread. */
export const threadKey = (channel: string, threadTs: string) => `${channel}:${threadTs}`;

export const mentionNeeds: SlackNeeds = { scopes: ['app_mentions:read'], events: ['app_mention'] };

type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/** `@bot question` in a channel → the answer in the thread of that message. */
export function onMention(app: App, ctx: SlackContext): void {
  app.event(
    'app_mention',
    guardListener<MentionArgs>(ctx, 'app_mention', async ({ event, body, context, client }) => {
      // Slack also sends app_mention for edited messages and for other bots' posts.
      if (event.bot_id || event.edited || !event.user || event.user === context.botUserId) return;
      if (!ctx.events.first(body.event_id)) return;
      const line = plainFromSlack(event.text, context.botUserId);
      const thread = event.thread_ts ?? event.ts;
      const answer = answerText(ctx, line, { user: event.user, channel: event.channel, ...(event.team ? { team: event.team } : {}) }, threadKey(event.channel, thread));
      if (!answer) return;
      await postReply(client, { channel: event.channel, user: event.user, thread_ts: thread, direct: false }, answer, { feedback: ctx.kit?.feedback, question: line });
    }),
  );
}
