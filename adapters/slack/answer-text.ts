import type { Reply } from '../../src/reply.ts';
import type { SlackContext } from './slack-context.ts';
import { takeFlags } from './text-flags.ts';

export interface Asker {
  user: string;
  channel: string;
  team?: string;
}

/**
 * What to answer to a line a person wrote to the bot (slash command, mention, DM): a reply, a
 * one-time private slow-down notice when over the rate limit, or null when already told.
 * `[[topic]]` links win over a question, as in the terminal; an empty line gets the help.
 */
export function answerText(ctx: SlackContext, line: string, asker: Asker): Reply | null {
  const decision = ctx.rate.check(`${asker.team ?? ''}:${asker.user}`);
  if (decision === 'notify') return ctx.slowDown;
  if (decision === 'silent') return null;
  const { text, flags } = takeFlags(line);
  const request = { platform: 'slack', user: { id: asker.user }, channel: asker.channel };
  const answer = ctx.router.docLinks(text)?.reply ?? ctx.router.handleText(text || 'help', request);
  // The router's own `private` option, given as a `--private` flag.
  return flags.has('private') ? { ...answer, private: true } : answer;
}
