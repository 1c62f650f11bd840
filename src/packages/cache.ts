// The parsed data of each source, kept under DATA_DIR/packages as one JSON file per source, with
// the validators (ETag, Last-Modified) and checksums that let the next refresh skip unchanged
// files. The next start serves from these files at once.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Validators } from './download.ts';
import type { Advisory, RepoData } from './types.ts';

/** Bumped when the cached shape changes, so an old cache is re-downloaded, not misread. */
export const CACHE_VERSION = 1;

export interface CachedRepo {
  kind: 'repo';
  version: number;
  url: string;
  validators: Validators;
  /** Checksums of the primary and modules files the data came from. */
  checksums: Record<string, string>;
  fetchedAt: string;
  data: RepoData;
}

export interface CachedErrata {
  kind: 'errata';
  version: number;
  url: string;
  validators: Validators;
  fetchedAt: string;
  advisories: Advisory[];
}

export type Cached = CachedRepo | CachedErrata;

function fileOf(dir: string, key: string): string {
  return join(dir, `${key.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
}

/** The cached entry, or undefined when missing, unreadable, from another URL or an older format. */
export async function readCached(dir: string, key: string, url: string): Promise<Cached | undefined> {
  try {
    const parsed = JSON.parse(await readFile(fileOf(dir, key), 'utf8')) as Cached;
    return parsed.version === CACHE_VERSION && parsed.url === url ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a cache. */
export async function writeCached(dir: string, key: string, entry: Cached): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = fileOf(dir, key);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(entry));
  await rename(tmp, file);
}
