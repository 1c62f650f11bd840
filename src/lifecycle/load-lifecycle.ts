// Reads and validates knowledge/lifecycle.json. A broken file stops start-up with every problem
// named, like the notes: a bot that answers dates from bad data is worse than one that does not start.

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LifecycleData } from './lifecycle-data.ts';
import { createLifecycle, type LiveLifecycle } from './live-lifecycle.ts';
import { validateLifecycle } from './validate-lifecycle.ts';

export class LifecycleError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`lifecycle: ${file}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** Every problem of a lifecycle file (empty when it is fine), for start-up and `knowledge:check`. */
export function checkLifecycleFile(path: string): { data?: LifecycleData; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const message = err instanceof SyntaxError ? `not valid JSON (${err.message})` : `cannot be read (${(err as Error).message})`;
    return { problems: [message] };
  }
  const result = validateLifecycle(raw);
  return result.ok ? { data: result.data, problems: [] } : { problems: result.problems };
}

export function loadLifecycle(path: string, root = process.cwd()): LiveLifecycle {
  const { data, problems } = checkLifecycleFile(path);
  if (!data) throw new LifecycleError(relative(root, path) || path, problems);
  return createLifecycle(data);
}
