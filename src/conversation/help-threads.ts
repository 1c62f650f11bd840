import { LRUCache } from 'lru-cache';
import type { Reply } from '../reply.ts';

// Help channels: the bot answers a new post by itself, once, and only while no other person has
// answered it. This remembers each new post's state, bounded like the thread context.

export const helpThreadOptions = {
  /** New posts remembered at once; a forgotten one is never answered late (its state is gone). */
  maxThreads: 5000,
  /** Longer than any answering delay a server would configure. */
  ttlMs: 24 * 60 * 60 * 1000,
};

type State = { poster: string; state: 'waiting' | 'answered' | 'taken' };

export interface HelpThreads {
  /** A new post: true the first time it is seen (a resent event is not new). */
  opened(thread: string, poster: string): boolean;
  /** A later message in the thread: someone other than the poster answering takes it over. */
  message(thread: string, author: string): void;
  /** Right before the bot answers: true once, and only while nobody else has replied. */
  claim(thread: string): boolean;
}

export function createHelpThreads(options = helpThreadOptions, now: () => number = () => performance.now()): HelpThreads {
  const threads = new LRUCache<string, State>({ max: options.maxThreads, ttl: options.ttlMs, ttlResolution: 0, perf: { now } });
  return {
    opened(thread, poster) {
      if (threads.has(thread)) return false;
      threads.set(thread, { poster, state: 'waiting' });
      return true;
    },
    message(thread, author) {
      const t = threads.get(thread);
      if (t && t.state === 'waiting' && author !== t.poster) t.state = 'taken';
    },
    claim(thread) {
      const t = threads.get(thread);
      if (!t || t.state !== 'waiting') return false;
      t.state = 'answered';
      return true;
    },
  };
}

/**
 * Whether an answer is good enough to post unasked: an answer from a note or from the lifecycle
 * data, at or above the help channels' own (stricter) confidence threshold.
 */
export function confidentEnough(r: Reply, minConfidence: number): boolean {
  return (r.kind === 'answer' || r.kind === 'lifecycle') && (r.meta?.confidence ?? 0) >= minConfidence;
}

export type HelpPost = { post: 'answer' | 'related'; reply: Reply } | { post: null; why: 'not confident enough' | 'a person answered first' };

/**
 * What to post on a new help post once its wait is over: the answer when it is confident enough,
 * else the related notes when `related` offers them, else nothing. The thread is claimed only when
 * something is posted, so a person who answered in the meantime keeps the bot out.
 */
export function helpPost(threads: HelpThreads, thread: string, reply: Reply, opts: { minConfidence: number; related: (r: Reply) => Reply | null }): HelpPost {
  if (!confidentEnough(reply, opts.minConfidence)) {
    const related = opts.related(reply);
    return related && threads.claim(thread) ? { post: 'related', reply: related } : { post: null, why: 'not confident enough' };
  }
  return threads.claim(thread) ? { post: 'answer', reply } : { post: null, why: 'a person answered first' };
}
