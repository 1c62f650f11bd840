import { LRUCache } from 'lru-cache';
import type { ThreadContext } from './follow-up.ts';

// Per-thread context, in memory only: bounded in count and in time, so a busy server cannot
// grow it and an old thread does not pick up where it left off days later.

export const contextOptions = {
  /** Threads remembered at once; past it the least recently used is forgotten. A context is a few hundred bytes. */
  maxThreads: 5000,
  /** A follow-up comes within minutes; after this long the thread starts afresh. */
  ttlMs: 60 * 60 * 1000,
};

export interface ContextStore {
  get(thread: string): ThreadContext | undefined;
  set(thread: string, context: ThreadContext): void;
  size(): number;
}

/** `now` (milliseconds) is injectable so tests can step past the time bound. */
export function createContextStore(options = contextOptions, now: () => number = () => performance.now()): ContextStore {
  const cache = new LRUCache<string, ThreadContext>({ max: options.maxThreads, ttl: options.ttlMs, ttlResolution: 0, perf: { now } });
  return {
    get: (thread) => cache.get(thread),
    set: (thread, context) => void cache.set(thread, context),
    size: () => cache.size,
  };
}
