import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDir } from './helpers.ts';

// `npm start` exactly as a user or a process manager runs it, and what an operator does to it:
// signal the npm process, or run `npm run reload`.

export const root = join(import.meta.dirname, '..');

export interface Started {
  npm: ChildProcessWithoutNullStreams;
  out: () => string;
  err: () => string;
  dataDir: string;
  knowledgeDir: string;
  /** Resolves with npm's exit code and signal. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function npmStart(env: Record<string, string>): Started {
  const dataDir = mkdtempSync(join(tmpdir(), 'npm-start-data-'));
  const knowledgeDir = mkdtempSync(join(tmpdir(), 'npm-start-notes-'));
  cpSync(fixtureDir, knowledgeDir, { recursive: true });
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, NO_COLOR: '1', ...env },
  });
  let out = '';
  let err = '';
  npm.stdin.on('error', () => {}); // lines still queued when the bot exits: EPIPE is expected
  // Only the last part of stdout is kept: a burst of answers must not fill the test's own heap.
  npm.stdout.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-200_000)));
  npm.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.on('close', (code, signal) => resolve({ code, signal })));
  return { npm, out: () => out, err: () => err, dataDir, knowledgeDir, closed };
}

/** Polls `check` every 50 ms until it is truthy; fails after `ms`. */
export async function waitFor<T>(check: () => T | undefined | false | null, ms: number, what: string): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The bot's pid from its pid file, once written. */
export function botPid(s: Started): Promise<number> {
  const file = join(s.dataDir, 'bot.pid');
  return waitFor(() => existsSync(file) && Number(readFileSync(file, 'utf8').trim()), 15_000, 'the bot wrote its pid file');
}

export function parentOf(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run reload` as an operator runs it, against the same DATA_DIR. */
export function npmReload(dataDir: string): Promise<{ code: number | null; out: string }> {
  const child = spawn('npm', ['run', 'reload', '--silent'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), DATA_DIR: dataDir } });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}
