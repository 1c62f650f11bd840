import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { rate, readQuestions, runEval, type Kind } from './eval-run.ts';

// `npm run eval [file]`: runs a question file through the bot and prints per-kind rates and the
// failures. Exits 1 when a rate falls below the thresholds (the targets of the knowledge issue).

export const THRESHOLDS: Record<Kind, number> = { answerable: 0.9, lifecycle: 1, out_of_scope: 0.9 };

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'test', 'eval', 'dev-questions.json');
const { router } = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });
const results = runEval(router, readQuestions(file));
const pct = (n: number | null) => (n === null ? '-' : `${Math.round(n * 100)}%`);

let failed = false;
for (const kind of Object.keys(THRESHOLDS) as Kind[]) {
  const ok = rate(results, kind);
  if (ok === null) continue;
  const count = results.filter((r) => r.q.kind === kind).length;
  const label = kind === 'out_of_scope' ? 'declined correctly' : 'answered correctly';
  const detail = kind === 'out_of_scope' ? '' : ` (facts ${pct(rate(results, kind, (v) => v.facts))}, doc linked ${pct(rate(results, kind, (v) => v.doc))})`;
  process.stdout.write(`${kind}: ${label} ${pct(ok)} of ${count}${detail}, threshold ${pct(THRESHOLDS[kind])}\n`);
  if (ok < THRESHOLDS[kind]) failed = true;
}
const overall = results.filter((r) => r.verdict.ok).length;
process.stdout.write(`overall: ${overall}/${results.length} (${pct(overall / results.length)})\n`);

for (const { q, reply, verdict } of results.filter((r) => !r.verdict.ok)) {
  process.stdout.write(`\nFAIL ${q.id} [${q.kind}/${q.topic}] ${q.question.slice(0, 140)}\n`);
  process.stdout.write(`  got ${reply.kind} "${reply.title}" conf=${reply.meta?.confidence ?? '-'} notes=${reply.meta?.notes.join(',') ?? ''} facts=${verdict.facts} doc=${verdict.doc}\n`);
  if (q.keys) process.stdout.write(`  wanted one of each: ${q.keys.map((g) => g.join(' / ')).join('  &  ')}; doc ${q.expected_doc ?? '-'}\n`);
}

process.exitCode = failed ? 1 : 0;
