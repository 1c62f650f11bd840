import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../services.ts';
import type { Vote } from './vote.ts';

// Votes, one JSON object per line in DATA_DIR/feedback.jsonl. Bounded: past `maxBytes` the file
// becomes feedback.1.jsonl (replacing the previous one) and a new one starts, so the two files
// together never hold much more than twice the bound, and the report reads both.

export const FEEDBACK_FILE = 'feedback.jsonl';
export const FEEDBACK_OLD_FILE = 'feedback.1.jsonl';

export const voteLogOptions = {
  /** About 20,000 votes (a line is about 110 bytes): months of votes on a busy server. */
  maxBytes: 2 * 1024 * 1024,
};

export interface VoteLog {
  /** Never blocks or throws: writes are queued, and a failure logs one warning. */
  record(vote: Vote): void;
  flush(): Promise<void>;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

export function createVoteLog(dataDir: string, log: Logger, options = voteLogOptions): VoteLog {
  const file = join(dataDir, FEEDBACK_FILE);
  let size = 0;
  let queue: Promise<void> = mkdir(dataDir, { recursive: true }).then(async () => {
    size = await sizeOf(file);
  });
  let warned = false;
  return {
    record(vote) {
      // Only these fields are written, whatever else a caller's object holds.
      const line = `${JSON.stringify({ at: vote.at, platform: vote.platform, verdict: vote.verdict, kind: vote.kind, note: vote.note, section: vote.section })}\n`;
      queue = queue
        .then(async () => {
          if (size + line.length > options.maxBytes && size > 0) {
            await rename(file, join(dataDir, FEEDBACK_OLD_FILE));
            size = 0;
          }
          await appendFile(file, line, 'utf8');
          size += Buffer.byteLength(line);
        })
        .catch((err: unknown) => {
          if (!warned) log.warn({ file, err: String(err) }, 'cannot record feedback; answering goes on');
          warned = true;
        });
    },
    flush: () => queue,
  };
}

/** Every recorded vote, oldest first; torn or foreign lines are skipped. */
export async function readVotes(dataDir: string): Promise<Vote[]> {
  const votes: Vote[] = [];
  for (const name of [FEEDBACK_OLD_FILE, FEEDBACK_FILE]) {
    let text = '';
    try {
      text = await readFile(join(dataDir, name), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const v = JSON.parse(line) as Vote;
        if ((v.verdict === 'up' || v.verdict === 'down') && typeof v.kind === 'string') votes.push(v);
      } catch {
        // a torn last line after a crash
      }
    }
  }
  return votes;
}
