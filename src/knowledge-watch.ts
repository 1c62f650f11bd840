import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from './services.ts';

/**
 * Calls `reload` after files under `dir` change, once per burst of changes (editors write
 * several events per save). Returns a function that stops watching.
 */
export function watchKnowledge(dir: string, reload: () => void, log: Logger, debounceMs = 300): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    });
  } catch (err) {
    log.warn({ dir, err: String(err) }, 'cannot watch the knowledge folder; reload with SIGHUP instead');
  }
  return () => {
    clearTimeout(timer);
    watcher?.close();
  };
}
