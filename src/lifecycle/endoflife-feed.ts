// The endoflife.date API format (https://endoflife.date/docs/api): one object per major, e.g.
// { "cycle": "9", "releaseDate": "2022-05-26", "support": "2027-05-31", "eol": "2032-05-31",
//   "latest": "9.8", "latestReleaseDate": "2026-05-26" }. `support` and `eol` may be booleans
// when a product has no date; only dates are merged.

import { isDay } from './calendar.ts';
import type { AlmaMajor, Beta, Day, LifecycleData, Minor } from './lifecycle-data.ts';
import { minorNumber, validateLifecycle } from './validate-lifecycle.ts';

export interface FeedCycle {
  cycle: string;
  releaseDate?: Day;
  support?: Day;
  eol?: Day;
  latest?: string;
  latestReleaseDate?: Day;
}

type Parsed = { ok: true; cycles: FeedCycle[] } | { ok: false; reason: string };

function dateOrFlag(v: unknown, field: string, at: string): Day | undefined | Error {
  if (v === undefined || v === null || typeof v === 'boolean') return undefined;
  if (typeof v === 'string' && isDay(v)) return v;
  return new Error(`${at}.${field}: ${JSON.stringify(v)} is not a date (YYYY-MM-DD)`);
}

function parseCycle(item: unknown, at: string): FeedCycle | Error {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return new Error(`${at}: must be an object`);
  const o = item as Record<string, unknown>;
  const cycle = typeof o.cycle === 'number' ? String(o.cycle) : o.cycle;
  if (typeof cycle !== 'string' || !/^[1-9]\d?$/.test(cycle)) return new Error(`${at}.cycle: ${JSON.stringify(o.cycle)} is not an AlmaLinux major version`);
  const out: FeedCycle = { cycle };
  for (const field of ['releaseDate', 'support', 'eol', 'latestReleaseDate'] as const) {
    const d = dateOrFlag(o[field], field, at);
    if (d instanceof Error) return d;
    if (d !== undefined) out[field] = d;
  }
  if (o.latest !== undefined && o.latest !== null) {
    if (typeof o.latest !== 'string' || !new RegExp(`^${cycle}\\.(0|[1-9]\\d?)$`).test(o.latest)) return new Error(`${at}.latest: ${JSON.stringify(o.latest)} is not a ${cycle}.x version`);
    out.latest = o.latest;
  }
  return out;
}

/** Validates a fetched document; any bad entry rejects the whole document. */
export function parseFeed(raw: unknown): Parsed {
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, reason: 'expected a non-empty JSON array of cycles' };
  const cycles: FeedCycle[] = [];
  for (const [i, item] of raw.entries()) {
    const c = parseCycle(item, `[${i}]`);
    if (c instanceof Error) return { ok: false, reason: c.message };
    cycles.push(c);
  }
  return { ok: true, cycles };
}

function mergeLatest(minors: Minor[], c: FeedCycle, source: string): Minor[] {
  if (!c.latest || !c.latestReleaseDate) return minors;
  const releaseDate = { value: c.latestReleaseDate, source };
  const known = minors.find((m) => m.version === c.latest);
  if (known) return minors.map((m) => (m === known ? { ...m, releaseDate } : m));
  const n = (v: string): number => Number(v.split('.')[1]);
  return [...minors, { version: c.latest, releaseDate }].sort((a, b) => n(a.version) - n(b.version));
}

/**
 * A beta the feed now names as released becomes that minor: it keeps the beta's date and codename
 * (the codename does not change at release), not its kernel or architectures, which can. A beta
 * overtaken by a newer released minor is dropped, so the merged data still validates.
 */
function settleBetas(m: AlmaMajor): AlmaMajor {
  const { betas, ...rest } = m;
  if (!betas?.length) return m;
  const minors = m.minors.map((x) => {
    const b = betas.find((y) => y.version === x.version);
    const codename = x.codename ?? b?.codename;
    return b ? { ...x, betaDate: x.betaDate ?? b.betaDate, ...(codename ? { codename } : {}) } : x;
  });
  const newest = m.minors.at(-1);
  const left = betas.filter((b: Beta) => !newest || minorNumber(b) > minorNumber(newest));
  return left.length ? { ...rest, minors, betas: left } : { ...rest, minors };
}

function mergeCycle(base: AlmaMajor | undefined, c: FeedCycle, source: string): AlmaMajor | undefined {
  const releaseDate = c.releaseDate ? { value: c.releaseDate, source } : base?.releaseDate;
  if (!releaseDate) return base; // a new major without a release date cannot be placed
  const out: AlmaMajor = { ...(base ?? { major: c.cycle, name: `AlmaLinux OS ${c.cycle}`, minors: [] }), releaseDate };
  if (c.support) out.activeSupportEnd = { value: c.support, source };
  if (c.eol) out.securitySupportEnd = { value: c.eol, source };
  out.minors = mergeLatest(out.minors, c, source);
  return settleBetas(out);
}

/**
 * The bundled data with the feed's dates laid over it (the feed wins; it names newer minors and
 * changed dates), or the problems that make the result unusable.
 */
export function mergeFeed(bundled: LifecycleData, cycles: FeedCycle[], source: string, at: Day): { ok: true; data: LifecycleData } | { ok: false; problems: string[] } {
  const byMajor = new Map(bundled.almalinux.map((m) => [m.major, m]));
  for (const c of cycles) {
    const merged = mergeCycle(byMajor.get(c.cycle), c, source);
    if (merged) byMajor.set(c.cycle, merged);
  }
  const candidate = { ...bundled, almalinux: [...byMajor.values()], refreshed: { source, at } };
  // Round-trip through the file validator so merged data obeys the same rules as the bundled file.
  return validateLifecycle(JSON.parse(JSON.stringify(candidate)));
}
