import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger, Miss } from './services.ts';

// Questions the bot could not answer, one JSON object per line in DATA_DIR/misses.jsonl, so
// maintainers see which notes to write next. No user names or ids are written.

export const MISSES_FILE = 'misses.jsonl';

export interface MissLog {
  /** Never blocks or throws: writes are queued, and a failure logs one warning. */
  record(miss: Miss): void;
  /** Resolves when queued writes are done (tests, shutdown). */
  flush(): Promise<void>;
}

export function createMissLog(dataDir: string, log: Logger, now: () => Date = () => new Date()): MissLog {
  const file = join(dataDir, MISSES_FILE);
  let queue: Promise<void> = mkdir(dataDir, { recursive: true }).then(() => undefined);
  let warned = false;
  return {
    record(miss) {
      const line = `${JSON.stringify({ at: now().toISOString(), platform: miss.platform, confidence: miss.confidence, question: miss.question.slice(0, 500) })}\n`;
      queue = queue
        .then(() => appendFile(file, line, 'utf8'))
        .catch((err: unknown) => {
          if (!warned) log.warn({ file, err: String(err) }, 'cannot record unanswered questions; answering goes on');
          warned = true;
        });
    },
    flush: () => queue,
  };
}

export interface MissCount {
  question: string;
  count: number;
  last: string;
}

/** The most frequent unanswered questions, case and spacing folded, most frequent first. */
export async function topMisses(dataDir: string, limit: number): Promise<MissCount[]> {
  let text = '';
  try {
    text = await readFile(join(dataDir, MISSES_FILE), 'utf8');
  } catch {
    return [];
  }
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
