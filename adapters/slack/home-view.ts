import type { types } from '@slack/bolt';
import { commandDefs } from '../../src/commands/definitions.ts';
import type { Reply } from '../../src/reply.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { renderSlack, SLACK_LIMITS } from './render-slack.ts';
import { textFlags } from '../../src/text-flags.ts';

/** How to reach the bot on Slack, with the command list derived from the registry. */
function usageText(command: string): string {
  const commands = commandDefs.map((c) => `• \`${escapeMrkdwn(`${command} ${c.usage}`)}\`: ${escapeMrkdwn(c.summary)}`);
  return [
    '*How to ask*',
    ...commands,
    `• \`${escapeMrkdwn(`${command} <any question>`)}\`: anything else is taken as a question`,
    `• Add \`${textFlags.join(' ')}\` to a command to see the answer alone.`,
    '• Mention me in a channel: I answer in the thread.',
    '• Write to me in the Messages tab: I answer there.',
    '• Write `[[topic]]` in a channel I am in, e.g. `[[epel]]`: I link its documentation in the thread.',
  ].join('\n');
}

/** The App Home tab: how to use the bot, then the lifecycle table. */
export function homeView(command: string, lifecycle: Reply): types.HomeView {
  const intro: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'AlmaLinux help bot', emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: usageText(command), verbatim: true } },
    { type: 'divider' },
  ];
  const rest = renderSlack(lifecycle, SLACK_LIMITS.homeBlocks - intro.length).blocks;
  return { type: 'home', blocks: [...intro, ...rest] };
}
