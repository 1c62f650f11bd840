import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { replyMarkdown } from '../src/reply.ts';
import { score, type EvalQuestion, type Verdict } from './eval-score.ts';

// `npm run eval [file]`: runs a question file through the bot and prints per-kind rates and the
// failures. Exits 1 when a rate falls below the thresholds, set from measured figures.

const THRESHOLDS = { answerable: 0.9, lifecycle: 1, out_of_scope: 0.9 } as const;

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'test', 'eval', 'dev-questions.json');
const questions = JSON.parse(readFileSync(file, 'utf8')) as EvalQuestion[];
const { router } = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });

const results = questions.map((q) => {
  const r = router.handle({ command: 'ask', args: { question: q.question }, platform: 'eval' });
  const answer = { answered: r.kind === 'answer' || r.kind === 'lifecycle', answer: replyMarkdown(r), sources: r.sources.map((s) => s.url) };
  return { q, r, verdict: score(q, answer) };
});

let failed = false;
for (const kind of Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]) {
  const mine = results.filter((x) => x.q.kind === kind);
  if (!mine.length) continue;
  const rate = (f: (v: Verdict) => boolean) => mine.filter((x) => f(x.verdict)).length / mine.length;
  const ok = rate((v) => v.ok);
  const label = kind === 'out_of_scope' ? 'declined correctly' : 'answered correctly';
  const detail = kind === 'out_of_scope' ? '' : ` (facts ${pct(rate((v) => v.facts))}, doc linked ${pct(rate((v) => v.doc))})`;
  process.stdout.write(`${kind}: ${label} ${pct(ok)} of ${mine.length}${detail}, threshold ${pct(THRESHOLDS[kind])}\n`);
  if (ok < THRESHOLDS[kind]) failed = true;
}
const overall = results.filter((x) => x.verdict.ok).length;
process.stdout.write(`overall: ${overall}/${results.length} (${pct(overall / results.length)})\n`);

for (const { q, r, verdict } of results.filter((x) => !x.verdict.ok)) {
  process.stdout.write(`\nFAIL ${q.id} [${q.kind}/${q.topic}] ${q.question.slice(0, 140)}\n`);
  process.stdout.write(`  got ${r.kind} "${r.title}" conf=${r.meta?.confidence ?? '-'} notes=${r.meta?.notes.join(',') ?? ''} facts=${verdict.facts} doc=${verdict.doc}\n`);
  if (q.keys) process.stdout.write(`  wanted one of each: ${q.keys.map((g) => g.join(' / ')).join('  &  ')}; doc ${q.expected_doc ?? '-'}\n`);
}

process.exitCode = failed ? 1 : 0;

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}
