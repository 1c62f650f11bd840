import { readFileSync } from 'node:fs';
import type { Router } from '../src/router.ts';
import { replyMarkdown, type Reply } from '../src/reply.ts';
import { score, type EvalQuestion, type Verdict } from './eval-score.ts';

// Running a question file through the router: shared by `npm run eval` and the quality test.

export type Kind = EvalQuestion['kind'];

export interface EvalResult {
  q: EvalQuestion;
  reply: Reply;
  verdict: Verdict;
}

export function readQuestions(file: string): EvalQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalQuestion[];
}

export function runEval(router: Router, questions: EvalQuestion[]): EvalResult[] {
  return questions.map((q) => {
    const reply = router.handle({ command: 'ask', args: { question: q.question }, platform: 'eval' });
    const answer = { answered: reply.kind === 'answer' || reply.kind === 'lifecycle', answer: replyMarkdown(reply), sources: reply.sources.map((s) => s.url) };
    return { q, reply, verdict: score(q, answer) };
  });
}

/** Share of a kind's questions that pass `test` (default: answered or declined correctly); null when the file has none. */
export function rate(results: EvalResult[], kind: Kind, test: (v: Verdict) => boolean = (v) => v.ok): number | null {
  const mine = results.filter((r) => r.q.kind === kind);
  return mine.length ? mine.filter((r) => test(r.verdict)).length / mine.length : null;
}
