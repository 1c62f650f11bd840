// The in-memory index every lookup reads: package names, the command and config files primary
// lists, module streams, advisories and CVEs. Built once per data change from the parsed
// sources; lookups are map reads (name completion a binary search, "did you mean" a bounded
// edit-distance scan that runs only when a name is not found).

import { lookupLimits } from './options.ts';
import type { Advisory, PackageRecord, RepoData } from './types.ts';

export interface PackageHit {
  major: string;
  repo: string;
  record: PackageRecord;
}

export interface FileHit {
  path: string;
  major: string;
  repo: string;
  name: string;
}

export interface StreamHit {
  major: string;
  module: string;
  stream: string;
  version: string;
  default?: boolean;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

// Two reusable rows: "did you mean" scans every name, and allocating per name would dominate.
let rowA = new Int32Array(128);
let rowB = new Int32Array(128);

/** Levenshtein distance, or max + 1 as soon as it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

const byMajorDesc = (a: string, b: string) => Number(b) - Number(a) || (a < b ? -1 : 1);

export class PackageIndex {
  readonly majors: string[];
  /** Majors whose advisory feed is loaded: only these can say "no advisory lists it". */
  readonly errataMajors: string[];
  readonly packageCount: number;
  readonly advisoryCount: number;
  private readonly byName = new Map<string, PackageHit[]>();
  private readonly byFile = new Map<string, FileHit[]>();
  private readonly streamsByName = new Map<string, StreamHit[]>();
  private readonly advisoriesById = new Map<string, Advisory[]>();
  private readonly advisoriesByCve = new Map<string, Advisory[]>();
  /** Lower-case names, sorted, for prefix completion. */
  private readonly names: string[];
  private readonly display = new Map<string, string>();

  constructor(repos: RepoData[], advisories: Advisory[]) {
    let count = 0;
    const majors = new Set<string>();
    const errataMajors = new Set<string>();
    for (const repo of repos) {
      majors.add(repo.major);
      for (const record of repo.packages) {
        count++;
        const key = record.name.toLowerCase();
        push(this.byName, key, { major: repo.major, repo: repo.repo, record });
        if (!this.display.has(key)) this.display.set(key, record.name);
        for (const path of record.files) {
          const hit = { path, major: repo.major, repo: repo.repo, name: record.name };
          push(this.byFile, path, hit);
          push(this.byFile, basename(path).toLowerCase(), hit);
        }
      }
      for (const s of repo.modules) {
        for (const [name, version] of Object.entries(s.packages)) {
          push(this.streamsByName, name.toLowerCase(), { major: repo.major, module: s.module, stream: s.stream, version, ...(s.default ? { default: true } : {}) });
        }
      }
    }
    for (const a of advisories) {
      majors.add(a.major);
      errataMajors.add(a.major);
      push(this.advisoriesById, a.id, a);
      for (const cve of a.cves) push(this.advisoriesByCve, cve, a);
    }
    this.majors = [...majors].sort(byMajorDesc);
    this.errataMajors = [...errataMajors].sort(byMajorDesc);
    this.packageCount = count;
    this.advisoryCount = advisories.length;
    this.names = [...this.display.keys()].sort();
  }

  /** Every repository that has the name, newest major first. */
  packages(name: string): PackageHit[] {
    return [...(this.byName.get(name.trim().toLowerCase()) ?? [])].sort((a, b) => byMajorDesc(a.major, b.major));
  }

  streams(name: string): StreamHit[] {
    return this.streamsByName.get(name.trim().toLowerCase()) ?? [];
  }

  /** Packages shipping a path (`/usr/sbin/semanage`) or a file name (`semanage`). */
  providers(query: string): FileHit[] {
    const q = query.trim();
    const hits = this.byFile.get(q.startsWith('/') ? q : q.toLowerCase()) ?? [];
    return [...hits].sort((a, b) => byMajorDesc(a.major, b.major));
  }

  advisory(id: string): Advisory[] {
    return [...(this.advisoriesById.get(id.toUpperCase()) ?? [])].sort((a, b) => byMajorDesc(a.major, b.major));
  }

  /** Advisories listing a CVE, newest first. */
  cve(id: string): Advisory[] {
    return [...(this.advisoriesByCve.get(id.toUpperCase()) ?? [])].sort((a, b) => (a.issued < b.issued ? 1 : a.issued > b.issued ? -1 : 0));
  }

  /** Names starting with `prefix` (case-insensitive), in order. */
  complete(prefix: string, limit: number = lookupLimits.choices): string[] {
    const p = prefix.trim().toLowerCase();
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.names.length && out.length < limit && this.names[i]!.startsWith(p); i++) out.push(this.display.get(this.names[i]!)!);
    return out;
  }

  /** Close names for a misspelt one ("python312" → python3.12), nearest first. */
  similar(name: string, limit: number = lookupLimits.suggestions): string[] {
    const q = name.trim().toLowerCase();
    if (!q) return [];
    // Short names are one edit from dozens of others: allow fewer edits there.
    const max = q.length <= 4 ? 1 : lookupLimits.maxEdits;
    const found: { name: string; d: number }[] = [];
    for (const n of this.names) {
      const d = editDistance(q, n, max);
      if (d <= max && d > 0) found.push({ name: n, d });
    }
    return found
      .sort((a, b) => a.d - b.d || Number(b.name.startsWith(q[0]!)) - Number(a.name.startsWith(q[0]!)) || a.name.length - b.name.length)
      .slice(0, limit)
      .map((f) => this.display.get(f.name)!);
  }
}
