// In-memory limits shared by every front end: per-user question rate and per-channel link
// cooldown. Both are bounded: expired entries are dropped, and past `maxKeys` the oldest go.

export type Clock = () => number;

function prune<V>(map: Map<string, V>, expired: (v: V) => boolean, maxKeys: number): void {
  for (const [key, value] of map) if (expired(value)) map.delete(key);
  // Maps iterate in insertion order, so the first keys are the oldest.
  for (const key of map.keys()) {
    if (map.size <= maxKeys) break;
    map.delete(key);
  }
}

export interface Cooldown {
  /** True (and the key starts cooling) when `key` has not been taken within the cooldown. */
  take(key: string): boolean;
  size(): number;
}

export function createCooldown(seconds: number, now: Clock = Date.now, maxKeys = 10_000): Cooldown {
  const until = new Map<string, number>();
  return {
    take(key) {
      const t = now();
      const end = until.get(key);
      if (end !== undefined && end > t) return false;
      until.delete(key);
      until.set(key, t + seconds * 1000);
      if (until.size > maxKeys) prune(until, (e) => e <= t, maxKeys);
      return true;
    },
    size: () => until.size,
  };
}

export type RateDecision = 'ok' | 'notify' | 'silent';

export interface RateLimiter {
  /** 'ok': go ahead; 'notify': over the limit, tell the user once; 'silent': over, already told. */
  check(key: string): RateDecision;
  size(): number;
}

interface Window {
  start: number;
  count: number;
  notified: boolean;
}

export function createRateLimiter(limit: number, windowSeconds: number, now: Clock = Date.now, maxKeys = 10_000): RateLimiter {
  const windows = new Map<string, Window>();
  const span = windowSeconds * 1000;
  return {
    check(key) {
      const t = now();
      let w = windows.get(key);
      if (!w || t - w.start >= span) {
        windows.delete(key);
        w = { start: t, count: 0, notified: false };
        windows.set(key, w);
        if (windows.size > maxKeys) prune(windows, (x) => t - x.start >= span, maxKeys);
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
