import { appendFile, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDirProblem } from './data-dir.ts';
import { scrubPersonal } from './scrub.ts';
import type { Logger, Miss } from './services.ts';
import { clipText } from './clip-text.ts';

// Questions the bot could not answer, one JSON object per line in DATA_DIR/misses.jsonl, so
// maintainers see which notes to write next. No user names or ids are written, and what looks
// like personal data in the question (addresses, numbers, IPs, tokens) is replaced first.

export const MISSES_FILE = 'misses.jsonl';
/** The previous file, kept when the current one reaches its size bound. */
export const MISSES_OLD_FILE = 'misses.jsonl.1';

export const MISS_LOG_OPTIONS = {
  /** Past this the file is renamed to misses.jsonl.1 (replacing the older one): at most twice this on disk. 5 MB is about 20,000 misses. */
  maxBytes: 5_000_000,
  /** Lines waiting for the disk; past it new misses are dropped (one warning), so a flood cannot fill the heap. */
  maxQueued: 1000,
  /** Characters of a question kept: enough to see what was asked, not a whole pasted log. */
  maxQuestionChars: 200,
};

export type MissLogOptions = typeof MISS_LOG_OPTIONS;

export interface MissLog {
  /** Never blocks or throws: lines are queued (bounded), and a failure logs one warning. */
  record(miss: Miss): void;
  /** Resolves when queued writes are done (tests, shutdown). */
  flush(): Promise<void>;
}

const disabled: MissLog = { record() {}, flush: async () => {} };

export function createMissLog(dataDir: string, log: Logger, now: () => Date = () => new Date(), options: Partial<MissLogOptions> = {}): MissLog {
  const { maxBytes, maxQueued, maxQuestionChars } = { ...MISS_LOG_OPTIONS, ...options };
  const problem = dataDirProblem(dataDir);
  if (problem) {
    log.warn({ problem }, 'DATA_DIR cannot be used: unanswered questions are not recorded; answering goes on');
    return disabled;
  }
  const file = join(dataDir, MISSES_FILE);
  const queue: string[] = [];
  let size: number | undefined;
  let dropped = 0;
  let broken = false;
  let writing: Promise<void> | undefined;

  const fail = (err: unknown) => {
    if (!broken) log.warn({ file, err: String(err) }, 'cannot record unanswered questions; answering goes on');
    broken = true;
    queue.length = 0;
  };

  /** The queued lines that fit before the size bound (at least one), removed from the queue. */
  function takeChunk(room: number): { text: string; bytes: number } {
    let text = '';
    let bytes = 0;
    while (queue.length) {
      const next = Buffer.byteLength(queue[0]!);
      if (text && bytes + next > room) break;
      text += queue.shift();
      bytes += next;
    }
    return { text, bytes };
  }

  async function writeAll(): Promise<void> {
    size ??= await stat(file).then((s) => s.size, () => 0);
    while (queue.length && !broken) {
      if (size > 0 && size + Buffer.byteLength(queue[0]!) > maxBytes) {
        await rename(file, join(dataDir, MISSES_OLD_FILE));
        size = 0;
      }
      const chunk = takeChunk(maxBytes - size);
      await appendFile(file, chunk.text, 'utf8');
      size += chunk.bytes;
    }
  }

  const kick = () => {
    writing ??= writeAll()
      .catch(fail)
      .finally(() => {
        writing = undefined;
        if (queue.length && !broken) kick();
      });
  };

  return {
    record(miss) {
      if (broken) return;
      if (queue.length >= maxQueued) {
        if (dropped++ === 0) log.warn({ maxQueued }, 'unanswered questions arrive faster than they can be written; some are not recorded');
        return;
      }
      const question = clipText(scrubPersonal(miss.question), maxQuestionChars);
      queue.push(`${JSON.stringify({ at: now().toISOString(), platform: miss.platform, confidence: miss.confidence, question })}\n`);
      kick();
    },
    async flush() {
      while (writing) await writing;
    },
  };
}

export interface MissCount {
  question: string;
  count: number;
  last: string;
}

async function readOrEmpty(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '');
}

/** The most frequent unanswered questions (both files), case and spacing folded, most frequent first. */
export async function topMisses(dataDir: string, limit: number): Promise<MissCount[]> {
  const text = (await readOrEmpty(join(dataDir, MISSES_OLD_FILE))) + (await readOrEmpty(join(dataDir, MISSES_FILE)));
  const counts = new Map<string, MissCount>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry: { question?: unknown; at?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      continue; // a torn last line after a crash is skipped, not fatal
    }
    if (typeof entry.question !== 'string') continue;
    const key = entry.question.toLowerCase().replace(/\s+/g, ' ').trim();
    const seen = counts.get(key) ?? { question: entry.question, count: 0, last: '' };
    seen.count += 1;
    seen.last = typeof entry.at === 'string' ? entry.at : seen.last;
    counts.set(key, seen);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last)).slice(0, limit);
}
