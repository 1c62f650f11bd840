import { LRUCache } from 'lru-cache';

// In-memory limits shared by every front end: per-user question rate and per-channel link
// cooldown. Both live in an LRU cache with a TTL (lru-cache): an entry expires with its window,
// every operation is O(1) however many keys are held, and past `maxKeys` the least recently
// used key goes, never one that is still being hit (a flooding user keeps their entry).

export type Clock = () => number;

export const LIMIT_OPTIONS = {
  /**
   * Keys held at most per limiter. lru-cache allocates its index arrays for this many up front
   * (about 40 bytes each), and an entry costs about 150 bytes: 50,000 is under 10 MB at worst,
   * while evicting an active key would take 50,000 other users (or channel topics) in one window.
   */
  maxKeys: 50_000,
};

function cache<V extends object | true>(ttlMs: number, now: Clock, maxKeys: number): LRUCache<string, V> {
  // lru-cache counts an entry stale once `elapsed > ttl`, and reads a start time of 0 as "none":
  // ttl - 1 and a clock offset by one make it stale once `elapsed >= ttlMs`, from any clock.
  // ttlResolution 0 reads the clock on every check, so an injected clock is exact.
  return new LRUCache<string, V>({ max: maxKeys, ttl: ttlMs - 1, ttlResolution: 0, updateAgeOnGet: false, perf: { now: () => now() + 1 } });
}

/**
 * Ordinary channel messages are scanned for `[[topic]]` and advisory ids without a per-user
 * limit (nobody asked the bot anything), so each channel gets this many scans per window; past
 * it, messages there are not scanned until the window ends. A channel busier than one scan
 * every two seconds is being flooded, not asking for links.
 */
export const LINK_SCAN_LIMIT = { scans: 30, windowSeconds: 60 } as const;

/** The per-channel limit on link scans (see LINK_SCAN_LIMIT). */
export function createLinkScanLimiter(now: Clock = Date.now): RateLimiter {
  return createRateLimiter(LINK_SCAN_LIMIT.scans, LINK_SCAN_LIMIT.windowSeconds, now);
}

export interface Cooldown {
  /** True (and the key starts cooling) when `key` has not been taken within the cooldown. */
  take(key: string): boolean;
  size(): number;
}

export function createCooldown(seconds: number, now: Clock = Date.now, maxKeys = LIMIT_OPTIONS.maxKeys): Cooldown {
  if (seconds <= 0) return { take: () => true, size: () => 0 }; // no cooldown (a TTL of 0 would mean "never expires")
  const taken = cache<true>(seconds * 1000, now, maxKeys);
  return {
    take(key) {
      // get(), not has(): a refused key counts as used, so a busy one is never the one evicted.
      if (taken.get(key)) return false;
      taken.set(key, true);
      return true;
    },
    size: () => taken.size,
  };
}

export type RateDecision = 'ok' | 'notify' | 'silent';

export interface RateLimiter {
  /** 'ok': go ahead; 'notify': over the limit, tell the user once; 'silent': over, already told. */
  check(key: string): RateDecision;
  size(): number;
}

interface Window {
  count: number;
  notified: boolean;
}

export function createRateLimiter(limit: number, windowSeconds: number, now: Clock = Date.now, maxKeys = LIMIT_OPTIONS.maxKeys): RateLimiter {
  if (windowSeconds <= 0) return { check: () => 'ok', size: () => 0 }; // a window of no length limits nothing
  // A window starts with a key's first request and expires with its TTL; get() marks the key
  // recently used without extending the window.
  const windows = cache<Window>(windowSeconds * 1000, now, maxKeys);
  return {
    check(key) {
      let w = windows.get(key);
      if (!w) {
        w = { count: 0, notified: false };
        windows.set(key, w);
      }
      w.count += 1;
      if (w.count <= limit) return 'ok';
      if (w.notified) return 'silent';
      w.notified = true;
      return 'notify';
    },
    size: () => windows.size,
  };
}
