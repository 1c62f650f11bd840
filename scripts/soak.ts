import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { projectRoot, readConfig } from '../src/config.ts';
import { createRateLimiter } from '../src/limits.ts';
import { createMissLog, MISS_LOG_OPTIONS, MISSES_FILE, MISSES_OLD_FILE } from '../src/misses.ts';
import { silentLogger } from '../src/services.ts';
import { hostileInputs, mixedQuestions } from './bench-inputs.ts';

// `npm run soak [N]`: floods every bounded part of the bot and checks each stated memory bound.
//   1. N (100,000) mixed questions and hostile inputs through the router: heap growth.
//   2. 100,000 unanswered questions recorded at once: heap while queued, size on disk.
//   3. 100,000 lines (and one 5 MB line) piped into the terminal chat of a real `npm start`
//      process: its peak resident memory.
//   4. 200,000 distinct users through the rate limiter: keys held.
// Exits 1 if any figure is over its bound.

const TOTAL = Number(process.argv[2] ?? 100_000);
const BOUNDS = {
  /** The router keeps nothing per request: its heap may not grow by more than this. */
  routerHeapGrowthMb: 10,
  /** Queued misses are capped (MISS_LOG_OPTIONS.maxQueued lines): a flood may not hold more than this. */
  missQueueHeapMb: 5,
  /** Two files of at most MISS_LOG_OPTIONS.maxBytes each. */
  missFilesMb: (2 * MISS_LOG_OPTIONS.maxBytes) / 1e6,
  /** Peak resident memory of the terminal chat under a 100,000-line burst (about 150 MB of it is Node and the index). */
  burstPeakRssMb: 300,
} as const;

const gc = global.gc ?? (() => {});
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const failures: string[] = [];
function report(what: string, value: number, bound: number, unit = 'MB'): void {
  const ok = value <= bound;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${value.toFixed(1)} ${unit} (bound ${bound} ${unit})\n`);
  if (!ok) failures.push(what);
}

function routerSoak(): void {
  const { router, stop } = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });
  const inputs = [...mixedQuestions(), ...hostileInputs(), Array.from({ length: 700_000 }, (_, i) => `[[w${i}]]`).join(' ')];
  for (const text of inputs) router.handleText(text, { platform: 'soak' }); // warm caches first
  const before = heapMb();
  const started = performance.now();
  let links = 0;
  for (let i = 0; i < TOTAL; i++) {
    const text = inputs[i % inputs.length]!;
    if (router.docLinks(text)) links++;
    router.handleText(text, { platform: 'soak', user: { id: `U${i % 5000}` } });
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`router: ${TOTAL} requests (${inputs.length} distinct inputs, ${links} with doc links) in ${seconds.toFixed(1)} s: ${Math.round(TOTAL / seconds)} requests/s\n`);
  report('router heap growth', heapMb() - before, BOUNDS.routerHeapGrowthMb);
  stop();
}

async function missesSoak(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soak-misses-'));
  const log = createMissLog(dir, silentLogger);
  const before = heapMb();
  let peak = 0;
  for (let i = 0; i < 100_000; i++) {
    log.record({ question: `question ${i} from jo${i}@example.com about 4111 1111 1111 ${String(i).padStart(4, '0')} ${'x'.repeat(400)}`, platform: 'soak', confidence: 0 });
    if (i % 10_000 === 0) peak = Math.max(peak, heapMb() - before);
  }
  peak = Math.max(peak, heapMb() - before);
  await log.flush();
  // The flood above queues at most maxQueued lines; this one lets the writer keep up, to fill the files.
  for (let i = 0; i < 100_000; i++) {
    log.record({ question: `slow question ${i} ${'y'.repeat(150)}`, platform: 'soak', confidence: 0 });
    if (i % 500 === 0) await log.flush();
  }
  await log.flush();
  const size = (f: string) => statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0;
  report('misses queue heap during a 100,000-miss flood', peak, BOUNDS.missQueueHeapMb);
  report('misses files on disk after 200,000 misses', (size(MISSES_FILE) + size(MISSES_OLD_FILE)) / 1e6, BOUNDS.missFilesMb);
}

/** The terminal chat as `npm start` runs it, fed a burst on stdin; peak RSS read from /proc. */
function burstSoak(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, NO_COLOR: '1', DATA_DIR: mkdtempSync(join(tmpdir(), 'soak-data-')) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let bytes = 0;
  let peakMb = 0;
  child.stdout.on('data', (c: Buffer) => (bytes += c.length));
  const sample = () => {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (hwm) peakMb = Math.max(peakMb, Number(hwm[1]) / 1024);
  };
  const timer = setInterval(() => {
    try {
      sample();
    } catch {
      // exited between two samples
    }
  }, 100);
  const lines = ['how do I enable crb on 9', 'is alma 8 still supported', 'docs epel', 'see [[crb]] and [[epel]]', 'lifecycle 9', 'help', '@everyone <!channel>'];
  const bigLine = Array.from({ length: 700_000 }, (_, i) => `[[w${i}]]`).join(' ');
  const started = performance.now();
  let i = 0;
  const feed = () => {
    while (i < 100_000) {
      const ok = child.stdin.write(`${i === 50_000 ? bigLine : lines[i % lines.length]}\n`);
      i++;
      if (!ok) return void child.stdin.once('drain', feed);
    }
    child.stdin.end();
  };
  feed();
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`terminal burst: ${i} lines (one of 5 MB) answered in ${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} MB written, exit ${code}\n`);
      if (code !== 0) failures.push('terminal burst exit code');
      report('terminal chat peak resident memory', peakMb, BOUNDS.burstPeakRssMb);
      resolve();
    });
  });
}

function limiterSoak(): void {
  const limiter = createRateLimiter(5, 60);
  const started = performance.now();
  for (let i = 0; i < 200_000; i++) limiter.check(`user${i}`);
  process.stdout.write(`rate limiter: 200,000 users in ${(performance.now() - started).toFixed(0)} ms, ${limiter.size()} keys held\n`);
}

if (!global.gc) process.stdout.write('[run with --expose-gc (npm run soak does) for exact heap figures]\n');
routerSoak();
await missesSoak();
await burstSoak();
limiterSoak();
process.stdout.write(failures.length ? `over a bound: ${failures.join(', ')}\n` : 'every bound held\n');
process.exitCode = failures.length ? 1 : 0;
