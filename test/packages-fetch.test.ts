import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compressionOf, decompressText } from '../src/packages/decompress.ts';
import type { PackageService } from '../src/packages/service.ts';
import { fixtureService, recordingLogger, tempDir } from './packages-helpers.ts';
import { copyOfFixtures, reposFixture, startFileServer, type FileServer } from './packages-server.ts';

const repodata = (root: string, major: string, repo: string) => join(root, 'almalinux', major, repo, 'x86_64', 'os', 'repodata');
const fileIn = (dir: string, suffix: string) => readdirSync(dir).find((f) => f.endsWith(suffix))!;

let servers: FileServer[] = [];
let services: PackageService[] = [];
afterEach(async () => {
  for (const s of services) s.stop();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  services = [];
});

async function serve(root = reposFixture) {
  const server = await startFileServer(root);
  servers.push(server);
  return server;
}

function started(service: PackageService): PackageService {
  services.push(service);
  return service;
}

/**
 * Rewrites a repository's primary: new content (gzip) under the same name, with repomd.xml's
 * checksum updated so the change is seen; `served` is what the server then sends instead.
 */
function replacePrimary(root: string, major: string, repo: string, xml: string, served?: (gz: Buffer) => Buffer) {
  const dir = repodata(root, major, repo);
  const name = fileIn(dir, '-primary.xml.gz');
  const gz = gzipSync(xml);
  writeFileSync(join(dir, name), served ? served(gz) : gz);
  const repomd = readFileSync(join(dir, 'repomd.xml'), 'utf8').replace(
    /(<data type="primary">\s*<checksum type="sha256">)[0-9a-f]+/,
    `$1${createHash('sha256').update(gz).digest('hex')}`,
  );
  writeFileSync(join(dir, 'repomd.xml'), repomd);
}

describe('repository metadata compressions', () => {
  it('tells gzip, xz and zstd by their first bytes and decompresses each; truncated data throws', async () => {
    const files = [
      [repodata(reposFixture, '9', 'BaseOS'), '-primary.xml.gz', 'gzip'],
      [repodata(reposFixture, '9', 'AppStream'), '-primary.xml.xz', 'xz'],
      [repodata(reposFixture, '9', 'CRB'), '-primary.xml.zst', 'zstd'],
      [repodata(reposFixture, '9', 'BaseOS'), 'repomd.xml', 'none'],
    ] as const;
    for (const [dir, suffix, kind] of files) {
      const data = readFileSync(join(dir, fileIn(dir, suffix)));
      expect(compressionOf(data)).toBe(kind);
      expect(await decompressText(data, 1e8)).toContain('<?xml');
      if (kind !== 'none') await expect(decompressText(data.subarray(0, data.length - 16), 1e8)).rejects.toThrow();
    }
  });

  it('refuses output past the size limit (a compression bomb)', async () => {
    await expect(decompressText(gzipSync(Buffer.alloc(100_000)), 10_000)).rejects.toThrow(/larger than/);
  });

  it('indexes every fixture repository: gzip, xz and zstd primaries, xz and gzip module streams', async () => {
    const server = await serve();
    const log = recordingLogger();
    const service = started(fixtureService(server, log));
    await service.ready;
    const index = service.index()!;
    expect(log.warnings()).toEqual([]);
    expect(service.state()).toBe('ready');
    // zstd: CRB on 9, PowerTools on 8; xz: AppStream 9 and BaseOS 8; gzip: the rest.
    expect(index.packages('libtirpc-devel').map((h) => `${h.major} ${h.repo}`)).toEqual(['9 CRB', '8 PowerTools']);
    expect(index.packages('nginx').map((h) => `${h.major} ${h.repo} ${h.record.version}`)).toEqual(['9 AppStream 1.20.1', '8 AppStream 1.24.0']);
    expect(index.packages('net-tools').map((h) => h.major)).toEqual(['9', '8']);
    expect(index.streams('nginx').map((s) => `${s.major} ${s.module}:${s.stream}`).sort()).toEqual(['8 nginx:1.14', '8 nginx:1.24', '9 nginx:1.22', '9 nginx:1.24']);
    expect(index.providers('/etc/ssh/sshd_config').map((h) => h.name)).toEqual(['openssh-server', 'openssh-server']);
    expect(index.advisory('ALSA-2024:9317')[0]?.cves).toEqual(['CVE-2024-7347', 'CVE-2023-44487']);
    // Two builds of openssh-server in BaseOS 9: the newest is the one reported.
    expect(index.packages('openssh-server')[0]!.record.release).toBe('43.el9');
  });
});

describe('refresh', () => {
  it('costs one conditional request per source when nothing changed, and keeps the same index', async () => {
    const server = await serve();
    const service = started(fixtureService(server, recordingLogger()));
    await service.ready;
    const before = service.index();
    server.hits.clear();
    server.conditional.clear();
    expect(await service.refresh()).toBe(0);
    const paths = [...server.hits.keys()];
    expect(paths.length).toBe(12); // 2 majors × (4 repositories + EPEL + errata)
    expect(paths.every((p) => p.endsWith('/repomd.xml') || p.endsWith('/errata.full.json'))).toBe(true);
    expect([...server.conditional.keys()].sort()).toEqual(paths.sort());
    expect(service.index()).toBe(before);
  });

  it('serves the cache at the next start while the mirror does not answer', async () => {
    const server = await serve();
    const log = recordingLogger();
    // A first run fills the cache folder; then every request hangs.
    const settingsDir = tempDir();
    const a = started(fixtureService(server, log, { cacheDir: settingsDir }));
    await a.ready;
    a.stop();
    for (const p of server.hits.keys()) server.overrides.set(p, 'hang');
    const b = started(fixtureService(server, log, { cacheDir: settingsDir, timeoutMs: 60_000 }));
    await vi.waitFor(() => expect(b.index()?.packages('nginx').length).toBe(2));
    expect(b.state()).toBe('ready');
  });

  it('picks up a changed repository', async () => {
    const root = copyOfFixtures();
    const server = await serve(root);
    const service = started(fixtureService(server, recordingLogger()));
    await service.ready;
    expect(service.index()!.packages('mc')).toEqual([]);
    const xml = gunzipSync(readFileSync(join(repodata(root, '9', 'extras'), fileIn(repodata(root, '9', 'extras'), '-primary.xml.gz')))).toString();
    replacePrimary(root, '9', 'extras', xml.replace('<name>epel-release</name>', '<name>mc</name>'));
    expect(await service.refresh()).toBe(0);
    expect(service.index()!.packages('mc').map((h) => h.repo)).toEqual(['extras']);
    expect(service.index()!.packages('epel-release').map((h) => h.major)).toEqual(['8']);
  });

  it('keeps the last good index and logs one warning when a primary is truncated', async () => {
    const root = copyOfFixtures();
    const server = await serve(root);
    const log = recordingLogger();
    const service = started(fixtureService(server, log));
    await service.ready;
    const good = service.index();
    const xml = gunzipSync(readFileSync(join(repodata(root, '9', 'BaseOS'), fileIn(repodata(root, '9', 'BaseOS'), '-primary.xml.gz')))).toString();
    replacePrimary(root, '9', 'BaseOS', xml.replace('net-tools', 'net-tools2'), (gz) => gz.subarray(0, gz.length - 40));
    expect(await service.refresh()).toBe(1);
    expect(service.index()).toBe(good);
    expect(service.index()!.providers('semanage').length).toBe(2);
    const warnings = log.warnings();
    expect(warnings.length).toBe(1);
    expect(JSON.stringify(warnings[0]!.obj)).toMatch(/BaseOS 9: primary checksum does not match/);
  });

  it('keeps the last good index when a primary is corrupt (well-formed download, broken XML)', async () => {
    const root = copyOfFixtures();
    const server = await serve(root);
    const log = recordingLogger();
    const service = started(fixtureService(server, log));
    await service.ready;
    // AppStream 9 is xz in the fixtures: its file now holds gzip'd broken XML, under a matching checksum.
    const dir = repodata(root, '9', 'AppStream');
    const name = fileIn(dir, '-primary.xml.xz');
    const broken = gzipSync('<?xml version="1.0"?><metadata packages="1"><package><name>nginx</name></packag');
    writeFileSync(join(dir, name), broken);
    writeFileSync(join(dir, 'repomd.xml'), readFileSync(join(dir, 'repomd.xml'), 'utf8').replace(/(<data type="primary">\s*<checksum type="sha256">)[0-9a-f]+/, `$1${createHash('sha256').update(broken).digest('hex')}`));
    expect(await service.refresh()).toBe(1);
    expect(service.index()!.packages('nginx').length).toBe(2);
    expect(log.warnings().length).toBe(1);
    expect(JSON.stringify(log.warnings()[0]!.obj)).toMatch(/AppStream 9/);
  });

  it('keeps the advisories when the errata feed comes back truncated', async () => {
    const root = copyOfFixtures();
    const server = await serve(root);
    const log = recordingLogger();
    const service = started(fixtureService(server, log));
    await service.ready;
    const text = readFileSync(join(root, 'errata', '9', 'errata.full.json'));
    server.overrides.set('/errata/9/errata.full.json', { body: text.subarray(0, text.length / 2) });
    expect(await service.refresh()).toBe(1);
    expect(service.index()!.advisory('ALSA-2024:9317').length).toBe(1);
    expect(JSON.stringify(log.warnings()[0]!.obj)).toMatch(/errata 9: errata feed is not valid JSON/);
  });

  it('gives up on a server that hangs after the timeout, and the other sources still load', async () => {
    const server = await serve();
    server.overrides.set('/almalinux/9/BaseOS/x86_64/os/repodata/repomd.xml', 'hang');
    const log = recordingLogger();
    const service = started(fixtureService(server, log, { timeoutMs: 300 }));
    await service.ready;
    expect(JSON.stringify(log.warnings()[0]!.obj)).toMatch(/BaseOS 9: timed out/);
    expect(service.index()!.packages('net-tools').map((h) => h.major)).toEqual(['8']);
    expect(service.index()!.packages('nginx').length).toBe(2);
  });

  it('retries early after a failure instead of waiting a day', async () => {
    const server = await serve();
    server.overrides.set('/almalinux/9/CRB/x86_64/os/repodata/repomd.xml', { status: 503 });
    const log = recordingLogger();
    const service = started(fixtureService(server, log, { retryMs: 50 }));
    await service.ready;
    expect(service.index()!.packages('libtirpc-devel').map((h) => h.repo)).toEqual(['PowerTools']);
    server.overrides.clear();
    await vi.waitFor(() => expect(service.index()!.packages('libtirpc-devel').map((h) => h.repo)).toEqual(['CRB', 'PowerTools']));
    expect(log.warnings().length).toBe(1);
  });

  it('is unavailable, with one warning, when nothing could be downloaded and there is no cache', async () => {
    const server = await serve(tempDir('empty-mirror-'));
    const log = recordingLogger();
    const service = started(fixtureService(server, log));
    expect(service.state()).toBe('loading');
    await service.ready;
    expect(service.state()).toBe('unavailable');
    expect(service.index()).toBeUndefined();
    expect(log.warnings().length).toBe(1);
    expect((log.warnings()[0]!.obj.failed as string[]).length).toBe(12);
  });
});
