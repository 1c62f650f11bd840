// Optional LIFECYCLE_URL: fetch endoflife.date-format JSON at start-up and then daily, and lay it
// over the bundled data. Answers never wait for it: they read whatever data is current. A failed
// attempt changes nothing (the bundled data, or the last good refresh, stays) and logs one warning.

import type { Logger } from '../services.ts';
import { dayOf } from './calendar.ts';
import { mergeFeed, parseFeed } from './endoflife-feed.ts';
import type { LiveLifecycle } from './live-lifecycle.ts';

export interface RefreshOptions {
  url: string;
  log: Logger;
  /** Per attempt, covering connect and body. */
  timeoutMs?: number;
  intervalMs?: number;
  now?: () => Date;
}

export const refreshDefaults = {
  timeoutMs: 10_000,
  intervalMs: 24 * 60 * 60 * 1000,
  /** An endoflife.date product document is a few kilobytes; anything this big is not one. */
  maxBytes: 1_000_000,
};

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const text = await res.text();
  if (text.length > refreshDefaults.maxBytes) throw new Error(`response larger than ${refreshDefaults.maxBytes} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('response is not valid JSON');
  }
}

function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  if (err instanceof Error) return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
  return String(err);
}

/** One attempt. Resolves true when the data was replaced; never rejects. */
export async function refreshLifecycle(target: LiveLifecycle, options: RefreshOptions): Promise<boolean> {
  const { url, log } = options;
  try {
    const parsed = parseFeed(await fetchJson(url, options.timeoutMs ?? refreshDefaults.timeoutMs));
    if (!parsed.ok) throw new Error(parsed.reason);
    const merged = mergeFeed(target.bundled, parsed.cycles, url, dayOf((options.now ?? (() => new Date()))()));
    if (!merged.ok) throw new Error(`merged data is invalid: ${merged.problems.join('; ')}`);
    target.replace(merged.data);
    log.info({ url, cycles: parsed.cycles.length }, 'lifecycle data refreshed');
    return true;
  } catch (err) {
    log.warn({ url, reason: describe(err) }, 'lifecycle refresh failed; keeping the data in use');
    return false;
  }
}

/**
 * Starts the refresh: one attempt now, then every `intervalMs`. The timer does not keep the
 * process alive. `first` settles after the first attempt (for tests and start-up logs only).
 */
export function startLifecycleRefresh(target: LiveLifecycle, options: RefreshOptions): { first: Promise<boolean>; stop(): void } {
  // A fetch still in flight when stop() is called must not replace the data afterwards.
  let stopped = false;
  const guarded: LiveLifecycle = { ...target, replace: (next) => void (stopped || target.replace(next)) };
  const first = refreshLifecycle(guarded, options);
  const timer = setInterval(() => void refreshLifecycle(guarded, options), options.intervalMs ?? refreshDefaults.intervalMs);
  timer.unref();
  return {
    first,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
