// Scoring of `npm run eval`: the question files, and pure functions over one question and the bot's answer.

import { readFileSync } from 'node:fs';

export interface EvalQuestion {
  id: string;
  question: string;
  kind: 'answerable' | 'lifecycle' | 'out_of_scope';
  topic: string;
  /** Golden questions: the note written to answer it. */
  note?: string;
  keys?: string[][];
  expected_doc?: string;
  doc_alternatives?: string[];
  /** Where a real question was asked (a thread URL); golden and holdout questions have none. */
  source?: string;
}

export interface EvalAnswer {
  answered: boolean;
  title?: string;
  answer: string;
  sources: string[];
}

export interface Verdict {
  ok: boolean;
  facts: boolean;
  doc: boolean;
  /** Answered, but wrong: an on-topic answer without its facts, or any answer to an off-topic question. */
  wrong: boolean;
}

/** What a chat user reads first: an answer's facts must be in this much of it (plus its title and links). */
export const READ_FIRST_CHARS = 1500;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Writes "31 May 2029" and "May 31, 2029" as 2029-05-31, the form the expected keys use. */
export function normalizeDates(text: string): string {
  const month = (m: string) => String(MONTHS.findIndex((x) => x.startsWith(m.toLowerCase().slice(0, 3))) + 1).padStart(2, '0');
  const day = (d: string) => d.padStart(2, '0');
  const names = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  return text
    .replace(new RegExp(`\\b(\\d{1,2})\\s+${names},?\\s+(\\d{4})\\b`, 'gi'), (_m, d: string, mo: string, y: string) => `${y}-${month(mo)}-${day(d)}`)
    .replace(new RegExp(`\\b${names}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'), (_m, mo: string, d: string, y: string) => `${y}-${month(mo)}-${day(d)}`);
}

function stripUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/$/, '').toLowerCase();
}

/** The answer as a chat user reads it: code and bold marks are rendered, not read ("`almalinux` / `almalinux`"). */
function readable(markdown: string): string {
  return markdown.replace(/`/g, '').replace(/\*\*/g, '');
}

export function score(q: EvalQuestion, a: EvalAnswer): Verdict {
  if (q.kind === 'out_of_scope') return { ok: !a.answered, facts: !a.answered, doc: !a.answered, wrong: a.answered };
  const text = normalizeDates(`${(a.title ?? '')}\n${readable(a.answer.slice(0, READ_FIRST_CHARS))}\n${a.sources.join('\n')}`).toLowerCase();
  const facts = (q.keys ?? []).every((group) => group.some((k) => text.includes(k.toLowerCase())));
  const wanted = [q.expected_doc, ...(q.doc_alternatives ?? [])].filter((u): u is string => !!u).map(stripUrl);
  const doc = a.sources.some((s) => wanted.includes(stripUrl(s))) || wanted.some((w) => text.includes(w));
  // Right means the facts are there: a link to the right page with the wrong text still misleads.
  return { ok: a.answered && facts, facts: a.answered && facts, doc: a.answered && doc, wrong: a.answered && !facts };
}

export function readQuestions(file: string): EvalQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalQuestion[];
}
