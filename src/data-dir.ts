import { accessSync, constants, mkdirSync, statSync } from 'node:fs';

// DATA_DIR holds what the bot writes at run time (the misses log, the pid file). A folder that
// cannot be used must never stop the bot: the caller logs one warning and answering goes on.

/** Creates `dir` if needed; null when it is usable, else one sentence saying why not. */
export function dataDirProblem(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) return `${dir} is not a folder`;
    accessSync(dir, constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') return `${dir} is a file, or a path under a file, not a folder`;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${dir} cannot be written to (${code})`;
    return `${dir} cannot be used (${code ?? String(err)})`;
  }
}
