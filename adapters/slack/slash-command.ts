import type { App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerText } from './answer-text.ts';
import { guardListener } from './guard-listener.ts';
import { renderSlack } from './render-slack.ts';
import type { SlackContext } from './slack-context.ts';
import type { SlackNeeds } from './slack-needs.ts';
import { withVotes } from './vote-blocks.ts';
import { plainFromSlack } from './slack-text.ts';

export const slashCommandNeeds: SlackNeeds = { scopes: ['commands'], events: [] };

/**
 * `/alma …`: acknowledged at once (Slack gives 3 seconds), answered through the command's
 * response_url, which works in any channel, even one the bot has not joined. `in_channel`
 * answers are seen by everyone; help, errors and notices only by the asker.
 */
export function onSlashCommand(app: App, ctx: SlackContext): void {
  app.command(
    ctx.settings.command,
    guardListener<SlackCommandMiddlewareArgs>(ctx, 'slash command', async ({ command, ack, respond }) => {
      await ack();
      const line = plainFromSlack(command.text);
      const answer = answerText(ctx, line, { user: command.user_id, channel: command.channel_id, team: command.team_id });
      if (!answer) return;
      await respond({ response_type: answer.private ? 'ephemeral' : 'in_channel', ...withVotes(ctx.kit?.feedback, answer, renderSlack(answer), line) });
    }),
  );
}
