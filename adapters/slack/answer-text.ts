import type { Reply } from '../../src/reply.ts';
import type { SlackContext } from './slack-context.ts';

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
export function answerText(ctx: SlackContext, line: string, asker: Asker, thread?: string): Reply | null {
  const decision = ctx.rate.check(`${asker.team ?? ''}:${asker.user}`);
  if (decision === 'notify') return ctx.slowDown;
  if (decision === 'silent') return null;
  const request = { platform: 'slack', user: { id: asker.user }, channel: asker.channel };
  // Flags such as `--private` and an empty line (help) are the router's text entry's business.
  // In a thread (or DM) the bot answered before, a follow-up is read with that context.
  const links = ctx.router.docLinks(line)?.reply;
  if (links) return links;
  return ctx.kit && thread ? ctx.kit.talk.answer(thread, line, request) : ctx.router.handleText(line, request);
}
