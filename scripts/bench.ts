import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { projectRoot, readConfig } from '../src/config.ts';
import { loadKnowledgeOrThrow } from '../src/notes/load-knowledge.ts';
import { createEngine } from '../src/search/engine.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';

// `npm run bench`: prints how long the core takes on this machine. Figures, not pass/fail:
// timing assertions in tests flake on a busy machine.

const knowledgeDir = readConfig(process.env).settings.knowledgeDir;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

function questions(): string[] {
  const file = join(projectRoot, 'test', 'eval', 'dev-questions.json');
  const dev = (JSON.parse(readFileSync(file, 'utf8')) as { question: string }[]).map((q) => q.question);
  return [...dev, 'how do I enable crb on 9', 'epel', 'is alma 8 eol', 'docs secure boot', 'NOKEY', 'what is the capital of australia'];
}

function startToReady(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'adapters', 'main.ts')], {
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, NO_COLOR: '1' },
    });
    child.stdout.once('data', () => {
      const ms = performance.now() - t;
      child.stdin.end();
      resolve(ms);
    });
    child.on('error', reject);
  });
}

const vocabulary = loadVocabulary(join(knowledgeDir, 'synonyms.yaml'));
const parse = timeRuns(20, () => loadKnowledgeOrThrow(knowledgeDir));
const knowledge = loadKnowledgeOrThrow(knowledgeDir);
const build = timeRuns(20, () => createEngine(knowledge, vocabulary));
const { router } = createApp({ knowledgeDir });
const qs = questions();
for (const q of qs) router.handle({ command: 'ask', args: { question: q }, platform: 'bench' }); // warm-up
const answers = timeRuns(qs.length * 20, (() => {
  let i = 0;
  return () => router.handle({ command: 'ask', args: { question: qs[i++ % qs.length]! }, platform: 'bench' });
})());
const heapMb = process.memoryUsage().heapUsed / 1e6;
const ready = [] as number[];
for (let i = 0; i < 3; i++) ready.push(await startToReady());
ready.sort((a, b) => a - b);

const sections = knowledge.notes.reduce((n, note) => n + note.sections.length, 0);
const f = (ms: number) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;
process.stdout.write(
  [
    `knowledge: ${knowledge.notes.length} notes, ${sections} sections (${knowledgeDir})`,
    `parse notes (median of 20):        ${f(quantile(parse, 0.5))}`,
    `build index (median of 20):        ${f(quantile(build, 0.5))}   target < 50 ms`,
    `answer (${answers.length} asks of ${qs.length} questions): median ${f(quantile(answers, 0.5))}, p99 ${f(quantile(answers, 0.99))}   target median < 1 ms`,
    `heap after loading:                ${heapMb.toFixed(1)} MB`,
    `process start to ready (median of 3, terminal chat): ${f(quantile(ready, 0.5))}   target < 1 s`,
  ].join('\n') + '\n',
);
