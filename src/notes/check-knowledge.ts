import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { checkLifecycleFile } from '../lifecycle/load-lifecycle.ts';
import { parseVocabulary } from '../search/vocabulary.ts';
import { checkLifecycleDates } from './lifecycle-dates.ts';
import { loadKnowledge } from './load-knowledge.ts';
import type { Knowledge, Problem } from './note.ts';

/**
 * Days after which a note's facts count as stale. An answer shows its note's `verified` date; half a
 * year covers two AlmaLinux minor releases, after which versions, packages and links have moved on.
 */
export const STALE_AFTER_DAYS = 180;

export interface CheckOptions {
  now: Date;
  /** A note verified longer ago than this is reported as stale (a warning); default STALE_AFTER_DAYS. */
  maxAgeDays?: number;
}

export interface CheckResult {
  notes: number;
  problems: Problem[];
  knowledge: Knowledge;
  /** Files of the notes verified longer ago than the limit, oldest first. */
  stale: string[];
}

const DAY = 86_400_000;

function hostPatterns(dir: string, problems: Problem[]): ((host: string) => boolean)[] {
  const file = join(dir, 'source-hosts.yaml');
  if (!existsSync(file)) return [() => true];
  const data = parseYaml(readFileSync(file, 'utf8')) as { hosts?: unknown };
  if (!Array.isArray(data?.hosts)) {
    problems.push({ file, severity: 'error', message: 'hosts must be a list of host names' });
    return [() => true];
  }
  return data.hosts.map(String).map((h) => (h.startsWith('*.') ? (host: string) => host.endsWith(h.slice(1)) : (host: string) => host === h));
}

function checkVocabulary(dir: string, problems: Problem[]): void {
  const file = join(dir, 'synonyms.yaml');
  try {
    parseVocabulary(readFileSync(file, 'utf8'), file);
  } catch (err) {
    problems.push({ file, severity: 'error', message: (err as Error).message });
  }
}

/** Everything `knowledge:check` reports: load errors plus source hosts, staleness and word lists. */
export function checkKnowledge(dir: string, options: CheckOptions): CheckResult {
  const { knowledge, problems } = loadKnowledge(dir);
  const allowed = hostPatterns(dir, problems);
  const maxAge = (options.maxAgeDays ?? STALE_AFTER_DAYS) * DAY;
  const stale: { file: string; verified: string }[] = [];
  for (const note of knowledge.notes) {
    for (const url of note.sources) {
      const host = new URL(url).hostname;
      if (!allowed.some((ok) => ok(host))) {
        problems.push({ file: note.file, severity: 'error', message: `source host ${host} is not in source-hosts.yaml (${url})` });
      }
    }
    const age = options.now.getTime() - Date.parse(note.verified);
    if (age > maxAge) {
      problems.push({ file: note.file, severity: 'warning', message: `stale: verified ${note.verified}, over ${Math.round(maxAge / DAY)} days ago` });
      stale.push({ file: note.file, verified: note.verified });
    }
    if (age < -DAY) problems.push({ file: note.file, severity: 'error', message: `verified ${note.verified} is in the future` });
  }
  checkVocabulary(dir, problems);
  const lifecycleFile = join(dir, 'lifecycle.json');
  const lifecycle = checkLifecycleFile(lifecycleFile);
  for (const message of lifecycle.problems) problems.push({ file: lifecycleFile, severity: 'error', message });
  if (lifecycle.data) problems.push(...checkLifecycleDates(knowledge, lifecycle.data));
  stale.sort((a, b) => a.verified.localeCompare(b.verified) || a.file.localeCompare(b.file));
  return { notes: knowledge.notes.length, problems, knowledge, stale: stale.map((s) => s.file) };
}
