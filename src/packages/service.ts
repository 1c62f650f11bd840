// The package service: serves the cached index at once, refreshes every source in the
// background at start and then daily, and swaps in a new index when something changed. A
// failed source keeps its last good data; one warning per refresh names what failed. Nothing
// here ever blocks an answer: lookups read whatever index is current.

import type { Logger } from '../services.ts';
import { readCached, writeCached, type Cached, type CachedErrata, type CachedRepo } from './cache.ts';
import { describeError } from './download.ts';
import { refreshErrata, refreshRepo, type FetchContext } from './fetch-source.ts';
import { packageDefaults } from './options.ts';
import { PackageIndex } from './package-index.ts';
import { sourcesOf, type PackageSettings, type Source } from './sources.ts';

export type PackageState = 'loading' | 'ready' | 'unavailable';

/** What the commands see. */
export interface PackageLookup {
  /** The index now serving, or undefined while nothing is loaded. */
  index(): PackageIndex | undefined;
  state(): PackageState;
}

export interface PackageService extends PackageLookup {
  /** Settles after the cache was read and the first refresh finished (tests and start-up logs only). */
  ready: Promise<void>;
  /** One refresh of every source now; resolves to the number of sources that failed. */
  refresh(): Promise<number>;
  stop(): void;
}

export interface PackageServiceOptions extends PackageSettings {
  log: Logger;
  now?: () => Date;
  /** Delay of the early retry after a refresh with failures. */
  retryMs?: number;
}

export function buildIndex(entries: Map<string, Cached>): PackageIndex {
  const repos = [];
  const advisories = [];
  for (const e of entries.values()) {
    if (e.kind === 'repo') repos.push(e.data);
    else advisories.push(...e.advisories);
  }
  return new PackageIndex(repos, advisories);
}

/** Every source's cached entry that is still valid (same URL, current format), by source key. */
export async function readAllCached(sources: Source[], cacheDir: string): Promise<Map<string, Cached>> {
  const entries = new Map<string, Cached>();
  for (const s of sources) {
    const c = await readCached(cacheDir, s.key, s.url);
    if (c && c.kind === s.kind) entries.set(s.key, c);
  }
  return entries;
}

export function startPackageService(options: PackageServiceOptions): PackageService {
  const { log } = options;
  const sources = sourcesOf(options);
  const entries = new Map<string, Cached>();
  const ctx: FetchContext = { timeoutMs: options.timeoutMs, arch: options.arch, errataUrl: options.errataUrl, now: options.now ?? (() => new Date()) };
  let index: PackageIndex | undefined;
  let state: PackageState = 'loading';
  let running: Promise<number> | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const swap = () => {
    index = entries.size ? buildIndex(entries) : undefined;
  };

  async function loadCache(): Promise<void> {
    for (const [key, c] of await readAllCached(sources, options.cacheDir)) entries.set(key, c);
    if (entries.size) {
      swap();
      state = 'ready';
      log.info({ sources: entries.size, packages: index?.packageCount, advisories: index?.advisoryCount }, 'package index loaded from cache');
    }
  }

  async function refreshOne(s: Source): Promise<boolean> {
    const cached = entries.get(s.key);
    const next =
      s.kind === 'repo'
        ? await refreshRepo(s, cached?.kind === 'repo' ? (cached as CachedRepo) : undefined, ctx)
        : await refreshErrata(s, cached?.kind === 'errata' ? (cached as CachedErrata) : undefined, ctx);
    if (next === cached) return false;
    entries.set(s.key, next);
    await writeCached(options.cacheDir, s.key, next);
    return true;
  }

  async function refreshAll(): Promise<number> {
    // One source at a time: the peak memory is one repository's metadata, not all of them.
    const failed: string[] = [];
    let changed = 0;
    for (const s of sources) {
      if (stopped) break;
      try {
        if (await refreshOne(s)) changed++;
      } catch (err) {
        failed.push(`${s.kind === 'repo' ? `${s.repo} ${s.major}` : `errata ${s.major}`}: ${describeError(err)}`);
      }
    }
    if (changed) swap();
    if (index) state = 'ready';
    else state = 'unavailable';
    if (failed.length) {
      log.warn({ failed }, 'package data refresh failed for some sources; keeping their last good data');
      if (!retry && !stopped) {
        retry = setTimeout(() => {
          retry = undefined;
          void refresh();
        }, options.retryMs ?? packageDefaults.retryMs);
        retry.unref();
      }
    }
    if (changed) log.info({ changed, packages: index?.packageCount, advisories: index?.advisoryCount }, 'package index refreshed');
    return failed.length;
  }

  function refresh(): Promise<number> {
    // A refresh still running (a slow mirror) is joined, not doubled.
    running ??= refreshAll().finally(() => (running = undefined));
    return running;
  }

  const ready = loadCache()
    .then(() => refresh())
    .then(
      () => undefined,
      (err: unknown) => log.error({ err }, 'package service failed'),
    );
  const timer = setInterval(() => void refresh(), options.refreshMs);
  timer.unref();

  return {
    ready,
    refresh,
    index: () => index,
    state: () => state,
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(retry);
    },
  };
}

