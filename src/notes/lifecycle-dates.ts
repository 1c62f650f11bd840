import type { LifecycleData } from '../lifecycle/lifecycle-data.ts';
import type { Knowledge, Problem } from './note.ts';

// Notes may mention release and end-of-support dates, but the lifecycle data is the one place
// they are maintained: a date written close to a version ("AlmaLinux 9", "CentOS 7", "8.10") and
// a lifecycle phrase ("end of life", "supported until", "released") must be a lifecycle date.
// Other dates (an advisory, a key rotation) are left alone.

const DAY = /\b(20\d{2}-\d{2}-\d{2})\b/g;
const VERSION = /(?<![.\w-])(?:almalinux|centos(?: linux| stream)?|rhel|el)\s*\d{1,2}(?:\.\d{1,2})?\b|(?<![\w.])\d{1,2}\.\d{1,2}(?![\w.])/i;
const PHASE = /(?:end[- ]of[- ]life|\beol|end of (?:active |security |full |maintenance )?support|supported until|support (?:ends|ended|until)|released|release date|\bga)\W{0,3}(?:on |in |is |was |until |:|\()?\W{0,3}$/i;

/** The text before a date that decides whether it is a lifecycle date, and whether it is inside a URL. */
function context(line: string, at: number): { phraseBefore: string; versionBefore: string; inUrl: boolean } {
  const before = line.slice(0, at);
  return { phraseBefore: before.slice(-25), versionBefore: before.slice(-60), inUrl: /\S*\/$/.test(before) || /https?:\/\/\S*$/.test(before) };
}

function isLifecycleDate(line: string, at: number): boolean {
  const c = context(line, at);
  if (c.inUrl) return false;
  if (line.trimStart().startsWith('|')) return VERSION.test(line);
  return PHASE.test(c.phraseBefore) && VERSION.test(c.versionBefore);
}

function daysIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) into.add(value);
  else if (Array.isArray(value)) for (const v of value) daysIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) daysIn(v, into);
  return into;
}

export function checkLifecycleDates(knowledge: Knowledge, data: LifecycleData): Problem[] {
  const known = daysIn(data, new Set());
  const problems: Problem[] = [];
  for (const note of knowledge.notes) {
    for (const section of note.sections) {
      for (const line of section.markdown.split('\n')) {
        for (const m of line.matchAll(DAY)) {
          const day = m[1]!;
          if (!known.has(day) && isLifecycleDate(line, m.index)) {
            const around = line.slice(Math.max(0, m.index - 60), m.index + day.length).trim();
            problems.push({ file: note.file, severity: 'error', message: `date ${day} after a release or support phrase is not in lifecycle.json: "…${around}"` });
          }
        }
      }
    }
  }
  return problems;
}
