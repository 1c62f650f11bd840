// One refresh of one source. Repositories: repomd.xml with a conditional request; when it
// changed, primary (and modules) are downloaded only if their checksum differs from the cached
// one, verified against repomd.xml (which catches truncated or corrupt files), then parsed.
// Errata feeds: a conditional request, then parsed. Throws on any problem: the caller keeps
// the last good data.

import { createHash } from 'node:crypto';
import type { CachedErrata, CachedRepo } from './cache.ts';
import { CACHE_VERSION } from './cache.ts';
import { decompress, decompressText } from './decompress.ts';
import { download } from './download.ts';
import { parseErrata } from './errata.ts';
import { parseModules } from './modules.ts';
import { packageDefaults } from './options.ts';
import { parsePrimary } from './primary.ts';
import { parseRepomd, type RepomdEntry } from './repomd.ts';
import type { ErrataSource, RepoSource } from './sources.ts';

export interface FetchContext {
  timeoutMs: number;
  arch: string;
  errataUrl: string;
  now: () => Date;
}


async function fetchVerified(base: string, entry: RepomdEntry, ctx: FetchContext): Promise<Uint8Array> {
  const url = new URL(entry.href, base).href;
  const got = await download(url, { timeoutMs: ctx.timeoutMs, maxBytes: packageDefaults.maxDownloadBytes });
  if (got.status !== 'ok') throw new Error(`${entry.type}: unexpected 304`);
  const algo = entry.checksumType === 'sha' ? 'sha1' : entry.checksumType;
  if (entry.checksum && ['sha1', 'sha256', 'sha384', 'sha512'].includes(algo)) {
    const actual = createHash(algo).update(got.body).digest('hex');
    if (actual !== entry.checksum) throw new Error(`${entry.type} checksum does not match repomd.xml (truncated or corrupt file)`);
  }
  return got.body;
}

export async function refreshRepo(source: RepoSource, cached: CachedRepo | undefined, ctx: FetchContext): Promise<CachedRepo> {
  const got = await download(`${source.url}repodata/repomd.xml`, {
    timeoutMs: ctx.timeoutMs,
    maxBytes: packageDefaults.maxRepomdBytes,
    ...(cached ? { validators: cached.validators } : {}),
  });
  if (got.status === 'not-modified') {
    if (cached) return cached;
    throw new Error('repomd.xml: 304 without a cached copy');
  }
  const entries = parseRepomd(await decompressText(got.body, packageDefaults.maxRepomdBytes));
  const primary = entries.get('primary')!;
  const modules = entries.get('modules');
  const checksums: Record<string, string> = { primary: primary.checksum, ...(modules ? { modules: modules.checksum } : {}) };
  const same = cached && cached.checksums.primary === checksums.primary && cached.checksums.modules === checksums.modules && primary.checksum;
  if (same) return { ...cached, validators: got.validators, fetchedAt: ctx.now().toISOString() };

  const packages = await parsePrimary(decompress(await fetchVerified(source.url, primary, ctx), packageDefaults.maxXmlBytes), ctx.arch);
  const streams = modules ? await parseModules(await decompressText(await fetchVerified(source.url, modules, ctx), packageDefaults.maxXmlBytes)) : [];
  if (!packages.length) throw new Error('primary.xml lists no packages');
  return {
    kind: 'repo',
    version: CACHE_VERSION,
    url: source.url,
    validators: got.validators,
    checksums,
    fetchedAt: ctx.now().toISOString(),
    data: { major: source.major, repo: source.repo, packages, modules: streams },
  };
}

export async function refreshErrata(source: ErrataSource, cached: CachedErrata | undefined, ctx: FetchContext): Promise<CachedErrata> {
  const got = await download(source.url, {
    timeoutMs: ctx.timeoutMs,
    maxBytes: packageDefaults.maxDownloadBytes,
    ...(cached ? { validators: cached.validators } : {}),
  });
  if (got.status === 'not-modified') {
    if (cached) return cached;
    throw new Error('304 without a cached copy');
  }
  const advisories = parseErrata(await decompressText(got.body, packageDefaults.maxXmlBytes), source.major, ctx.errataUrl);
  return { kind: 'errata', version: CACHE_VERSION, url: source.url, validators: got.validators, fetchedAt: ctx.now().toISOString(), advisories };
}
