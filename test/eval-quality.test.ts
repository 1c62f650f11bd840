import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDates, score } from '../scripts/eval-score.ts';
import { rate, readQuestions, runEval } from '../scripts/eval-run.ts';
import { createApp } from '../src/app.ts';
import { shippedDir, TODAY } from './helpers.ts';

// Answer quality is a tested property of the knowledge: these floors are the measured rates,
// so a note or tuning change that makes the bot worse fails CI. `npm run eval` shows details.

const { router } = createApp({ knowledgeDir: shippedDir, now: () => TODAY });
const evalFile = (name: string) => readQuestions(join(import.meta.dirname, 'eval', name));

describe('answer quality', () => {
  it.each([
    ['dev-questions.json', { answerable: 0.9, lifecycle: 1, out_of_scope: 0.9 }],
    // Written apart from the notes, never tuned against: a floor under the measured 85 / 100 / 100 %.
    ['holdout-questions.json', { answerable: 0.8, lifecycle: 1, out_of_scope: 0.9 }],
  ] as const)('%s meets its floors', (file, floors) => {
    const results = runEval(router, evalFile(file));
    const below = Object.entries(floors)
      .map(([kind, floor]) => ({ kind, floor, rate: rate(results, kind as keyof typeof floors) ?? 0 }))
      .filter((x) => x.rate < x.floor);
    expect(below).toEqual([]);
  });

  it('gives no wrong lifecycle date: every lifecycle answer holds its expected dates', () => {
    const results = runEval(router, [...evalFile('dev-questions.json'), ...evalFile('holdout-questions.json')]).filter((r) => r.q.kind === 'lifecycle');
    expect(results.filter((r) => !r.verdict.facts).map((r) => r.q.id)).toEqual([]);
  });
});

describe('eval scoring', () => {
  it('normalizes written dates to the ISO form keys use', () => {
    expect(normalizeDates('until 31 May 2029, or May 31, 2032')).toBe('until 2029-05-31, or 2032-05-31');
  });

  it('scores facts, documents and declines', () => {
    const q = { id: 'x', question: 'q', kind: 'answerable' as const, topic: 't', keys: [['crb', 'codeready']], expected_doc: 'https://wiki.almalinux.org/repos/Extras.html#epel' };
    expect(score(q, { answered: true, answer: 'enable CRB', sources: [] })).toEqual({ ok: true, facts: true, doc: false });
    expect(score(q, { answered: true, answer: 'x', sources: ['https://wiki.almalinux.org/repos/Extras.html'] })).toEqual({ ok: true, facts: false, doc: true });
    expect(score(q, { answered: false, answer: 'enable CRB', sources: [] }).ok).toBe(false);
    expect(score({ ...q, kind: 'out_of_scope' }, { answered: false, answer: '', sources: [] }).ok).toBe(true);
  });
});
