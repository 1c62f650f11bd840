import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs, types } from '@slack/bolt';
import { VOTE_ACK, type FeedbackDesk, type VoteOutcome } from '../../src/feedback/feedback.ts';
import type { Reply } from '../../src/reply.ts';
import { guardListener } from './guard-listener.ts';
import { SLACK_LIMITS, type SlackMessage } from './render-slack.ts';
import type { SlackContext } from './slack-context.ts';

// 👍/👎 under answers as Block Kit buttons; a click is acknowledged to the clicker alone.

export const VOTE_ACTION = /^vote_(up|down)$/;

/** The rendered message with the vote buttons appended, when the reply takes a vote and there is room. */
export function withVotes(feedback: FeedbackDesk | undefined, reply: Reply, message: SlackMessage, question?: string): SlackMessage {
  if (!feedback || reply.private || message.blocks.length >= SLACK_LIMITS.messageBlocks) return message;
  const ids = feedback.buttons(reply, question);
  if (!ids) return message;
  const button = (action_id: string, text: string, value: string): types.Button => ({ type: 'button', action_id, text: { type: 'plain_text', text, emoji: true }, value });
  const actions: types.ActionsBlock = { type: 'actions', block_id: 'vote', elements: [button('vote_up', '👍 Helpful', ids.up), button('vote_down', '👎 Not helpful', ids.down)] };
  return { ...message, blocks: [...message.blocks, actions] };
}

type ActionArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function onVote(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: VOTE_ACTION },
    guardListener<ActionArgs>(ctx, 'vote', async ({ ack, body, action, respond }) => {
      await ack();
      const answer = body.container?.message_ts ?? body.message?.ts ?? '';
      const outcome: VoteOutcome = ctx.kit?.feedback && answer ? ctx.kit.feedback.vote(action.value ?? '', { voter: body.user.id, answer, platform: 'slack' }) : 'invalid';
      // Through the click's response_url: works in any channel, even one the bot has not joined.
      await respond({ response_type: 'ephemeral', replace_original: false, text: VOTE_ACK[outcome] });
    }),
  );
}
