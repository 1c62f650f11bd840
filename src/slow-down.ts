import type { Settings } from './config.ts';
import { reply, type Reply } from './reply.ts';

/** The private notice a user gets once per window when over the per-user rate limit, on every platform. */
export function slowDownReply(rate: Settings['rateLimit']): Reply {
  const per = rate.windowSeconds === 60 ? 'a minute' : `${rate.windowSeconds} seconds`;
  return reply('notice', 'Slow down a little', `I answer at most ${rate.questions} questions per person in ${per}. Please wait a moment and ask again.`, { private: true });
}
