import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { Reply } from '../../src/reply.ts';
import { renderDiscord } from './render-discord.ts';
import { interactionEdit, interactionReply } from './send-options.ts';
import type { VoteRow } from './vote-buttons.ts';

const LATE = Symbol('late');

function after(ms: number): { promise: Promise<typeof LATE>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<typeof LATE>((resolve) => (timer = setTimeout(resolve, ms, LATE)));
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Replies directly when the answer is ready within `deferAfterMs`; otherwise acknowledges first
 * (Discord invalidates an interaction not acknowledged within 3 s) and edits the answer in later.
 * A deferred reply's visibility is fixed when deferring, so `privateLikely` guesses it; a private
 * answer to a public deferral replaces it with a private follow-up.
 */
export async function respondInTime(
  i: ChatInputCommandInteraction,
  answer: Promise<Reply>,
  options: { deferAfterMs: number; privateLikely: boolean; rows?: (reply: Reply) => VoteRow[] },
): Promise<void> {
  const components = (reply: Reply) => ({ components: options.rows?.(reply) ?? [] });
  const timer = after(options.deferAfterMs);
  const early = await Promise.race([answer, timer.promise]);
  timer.cancel();
  if (early !== LATE) {
    await i.reply({ ...interactionReply(renderDiscord(early)), ...components(early) });
    return;
  }
  await i.deferReply(options.privateLikely ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await answer;
  const message = renderDiscord(reply);
  if (reply.private && !options.privateLikely) {
    await i.deleteReply();
    await i.followUp({ ...interactionReply(message), ...components(reply) });
  } else {
    await i.editReply({ ...interactionEdit(message), ...components(reply) });
  }
}
