import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { CACHE_VERSION, writeCached } from '../src/packages/cache.ts';
import { packageQuestion } from '../src/packages/question.ts';
import { buildIndex, readAllCached, type PackageLookup } from '../src/packages/service.ts';
import { settingsWithDefaults, sourcesOf } from '../src/packages/sources.ts';
import type { Advisory, ModuleStream, PackageRecord } from '../src/packages/types.ts';
import type { ChatRequest } from '../src/services.ts';

// The package-index figures of `npm run bench`, on generated data of the real size: three majors
// × four repositories, about 60,000 package names (BaseOS ~4,000, AppStream ~12,000, CRB ~3,000,
// extras ~1,000 per major, each with its commands and /etc files), module streams on 8 and 9,
// and 3,000 advisories per major with CVEs and package lists. Figures, not pass/fail.

const PER_REPO: Record<string, number> = { BaseOS: 4000, AppStream: 12000, CRB: 3000, PowerTools: 3000, extras: 1000 };
const ADVISORIES_PER_MAJOR = 3000;

/** A small deterministic generator, so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}
const rand = rng(42);
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
const SYLLABLES = ['lib', 'py', 'perl', 'ghc', 'nginx', 'http', 'ssl', 'x11', 'gtk', 'qt', 'core', 'utils', 'tools', 'devel', 'kernel', 'net', 'sys', 'cloud', 'rust', 'go', 'java', 'fonts', 'data', 'ctl', 'd'];
const WORDS = ['library', 'tools', 'for', 'the', 'development', 'files', 'of', 'a', 'server', 'client', 'utilities', 'bindings', 'documentation', 'daemon', 'runtime', 'plugin'];

function nameFor(i: number): string {
  return `${pick(SYLLABLES)}${pick(SYLLABLES)}-${pick(SYLLABLES)}${i}`;
}

function record(name: string, major: string): PackageRecord {
  const files: string[] = [];
  const n = Math.floor(rand() * 4); // 0–3 commands or config files: what primary lists
  for (let f = 0; f < n; f++) files.push(`${pick(['/usr/bin/', '/usr/sbin/', '/etc/'])}${name}${f ? `-${f}` : ''}`);
  const version = `${1 + Math.floor(rand() * 9)}.${Math.floor(rand() * 30)}.${Math.floor(rand() * 10)}`;
  return {
    name,
    arch: rand() < 0.3 ? 'noarch' : 'x86_64',
    epoch: '0',
    version,
    release: `${1 + Math.floor(rand() * 40)}.el${major}`,
    summary: Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' '),
    files,
    versions: [version],
  };
}

function modules(names: string[]): ModuleStream[] {
  return Array.from({ length: 60 }, (_, m) => ({
    module: `module${m}`,
    stream: `${1 + (m % 5)}.${m % 3}`,
    packages: Object.fromEntries(Array.from({ length: 20 }, () => [pick(names), `${1 + (m % 5)}.${m % 3}.0`])),
  }));
}

function advisories(major: string, names: string[]): Advisory[] {
  return Array.from({ length: ADVISORIES_PER_MAJOR }, (_, i) => {
    const id = `AL${pick(['S', 'B', 'E'])}A-${2019 + (i % 7)}:${1000 + i}`;
    return {
      id,
      major,
      type: 'security',
      severity: pick(['Important', 'Moderate', 'Low', 'Critical']),
      title: `${pick(['Important', 'Moderate'])}: ${pick(names)} security update`,
      issued: `${2019 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
      cves: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `CVE-${2019 + (i % 7)}-${10000 + Math.floor(rand() * 50000)}`),
      packages: Array.from({ length: 1 + Math.floor(rand() * 10) }, () => ({ name: pick(names), evr: `1.${i % 20}.0-1.el${major}` })),
      url: `https://errata.almalinux.org/${major}/${id.replace(':', '-')}.html`,
    };
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;

async function main(): Promise<void> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'bench-packages-'));
  const settings = settingsWithDefaults({ cacheDir, majors: ['8', '9', '10'] });
  const sources = sourcesOf(settings);
  let packages = 0;
  const sampleNames: string[] = [];
  const sampleFiles: string[] = [];
  const sampleCves: string[] = [];
  const namesByMajor = new Map<string, string[]>();
  for (const s of sources) {
    if (s.kind !== 'repo') continue;
    const count = PER_REPO[s.repo] ?? 1000;
    const records = Array.from({ length: count }, (_, i) => record(nameFor(packages + i), s.major));
    packages += count;
    const names = records.map((r) => r.name);
    namesByMajor.set(s.major, [...(namesByMajor.get(s.major) ?? []), ...names]);
    for (let i = 0; i < 50; i++) sampleNames.push(pick(names));
    for (const r of records.slice(0, 20)) sampleFiles.push(...r.files.map((f) => f.slice(f.lastIndexOf('/') + 1)));
    const data = { major: s.major, repo: s.repo, packages: records, modules: s.repo === 'AppStream' && s.major !== '10' ? modules(names) : [] };
    await writeCached(cacheDir, s.key, { kind: 'repo', version: CACHE_VERSION, url: s.url, validators: {}, checksums: {}, fetchedAt: '', data });
  }
  for (const s of sources) {
    if (s.kind !== 'errata') continue;
    const list = advisories(s.major, namesByMajor.get(s.major) ?? []);
    for (const a of list.slice(0, 30)) sampleCves.push(...a.cves);
    await writeCached(cacheDir, s.key, { kind: 'errata', version: CACHE_VERSION, url: s.url, validators: {}, fetchedAt: '', advisories: list });
  }

  // The whole bot's heap: the knowledge app, then the package index beside it.
  global.gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const entries = await readAllCached(sources, cacheDir);
  const index = buildIndex(entries);
  const buildMs = performance.now() - t0;
  entries.clear();

  const lookup: PackageLookup = { index: () => index, state: () => 'ready' };
  const app = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });
  const services = { ...app.services, packages: lookup };
  global.gc?.();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  const indexMb = (process.memoryUsage().heapUsed - heapStart) / 1e6;

  // A lookup as a user gets it: through the router's handlers with a reply built.
  const { createRouter } = await import('../src/router.ts');
  const router = createRouter(services);
  const req = (command: string, args: ChatRequest['args']): ChatRequest => ({ command, args, platform: 'bench' });
  const requests: ChatRequest[] = [];
  for (let i = 0; i < 2000; i++) {
    const k = i % 4;
    if (k === 0) requests.push(req('package', { name: pick(sampleNames) }));
    else if (k === 1) requests.push(req('provides', { file: pick(sampleFiles) }));
    else if (k === 2) requests.push(req('advisory', { id: pick(sampleCves) }));
    else requests.push(req('ask', { question: `is ${pick(sampleNames)} in alma 9?` }));
  }
  // Warm-up, and a check that the timed requests are real answers, not error replies.
  const answered = requests.filter((r) => router.handle(r).kind === 'answer').length;
  const times = requests.map((r) => {
    const t = performance.now();
    router.handle(r);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const misspelt = sampleNames.slice(0, 200).map((n) => {
    const t = performance.now();
    router.handle(req('package', { name: `${n}x` }));
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const complete = sampleNames.slice(0, 500).map((n) => {
    const t = performance.now();
    router.autocomplete('package', 'name', n.slice(0, 3));
    return performance.now() - t;
  }).sort((a, b) => a - b);
  const question = requests.slice(0, 500).map((r) => {
    const t = performance.now();
    packageQuestion(String(r.args.question ?? r.args.name ?? ''));
    return performance.now() - t;
  }).sort((a, b) => a - b);

  const lines = [
    `package index: ${index.packageCount} packages in ${sources.filter((s) => s.kind === 'repo').length} repositories (3 majors × 4), ${index.advisoryCount} advisories`,
    `  build from the cache (read + parse + index): ${ms(buildMs)}`,
    `  lookup (package / provides / CVE / free text, reply built) median ${ms(quantile(times, 0.5))} p99 ${ms(quantile(times, 0.99))} (${Math.round((100 * answered) / requests.length)}% found)`,
    `  misspelt name ("did you mean") median ${ms(quantile(misspelt, 0.5))} p99 ${ms(quantile(misspelt, 0.99))}`,
    `  autocomplete median ${ms(quantile(complete, 0.5))} p99 ${ms(quantile(complete, 0.99))}; packageQuestion median ${ms(quantile(question, 0.5))}`,
    `  heap: package index ${indexMb.toFixed(0)} MB; whole bot (knowledge + index) ${heapMb.toFixed(0)} MB${global.gc ? '' : ' (run with --expose-gc for exact figures)'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  app.stop();
  rmSync(cacheDir, { recursive: true, force: true });
}

void main();
