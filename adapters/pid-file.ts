import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The bot's process id in DATA_DIR, so `npm run reload` (and an operator) can signal the bot
// itself: under `npm start` the process a user sees first is npm, which does not pass SIGHUP on.

export const PID_FILE = 'bot.pid';

/** Writes the pid file; returns a function that removes it if it still names this process. */
export function writePidFile(dataDir: string, pid = process.pid): () => void {
  const file = join(dataDir, PID_FILE);
  try {
    writeFileSync(file, `${pid}\n`);
  } catch {
    return () => {}; // DATA_DIR was checked (one warning) before; the pid file is a convenience
  }
  return () => {
    try {
      if (readPidFile(dataDir) === pid) rmSync(file);
    } catch {
      // already gone
    }
  };
}

export function readPidFile(dataDir: string): number | undefined {
  const pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
