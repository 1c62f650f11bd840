import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { projectRoot, readConfig } from '../src/config.ts';
import { loadKnowledgeOrThrow } from '../src/notes/load-knowledge.ts';
import type { Knowledge } from '../src/notes/note.ts';
import { createEngine } from '../src/search/engine.ts';
import { loadVocabulary } from '../src/search/vocabulary.ts';
import { mixedQuestions, multiplyKnowledge } from './bench-inputs.ts';

// `npm run bench`: how long the core takes on this machine, and how cost grows with the size
// of the knowledge. Figures, not pass/fail: timing assertions in tests flake on a busy machine.

const knowledgeDir = readConfig(process.env).settings.knowledgeDir;
const vocabulary = loadVocabulary(join(knowledgeDir, 'synonyms.yaml'));
const questions = mixedQuestions();

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timeRuns(runs: number, fn: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;

function measureEngine(label: string, knowledge: Knowledge, buildRuns: number): string {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const build = timeRuns(buildRuns, () => createEngine(knowledge, vocabulary));
  const engine = createEngine(knowledge, vocabulary);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  for (const q of questions) engine.search(q); // warm-up
  const answers = timeRuns(questions.length * 10, (i) => engine.search(questions[i % questions.length]!));
  const sections = knowledge.notes.reduce((n, note) => n + note.sections.length, 0);
  return `${label.padEnd(6)} ${String(knowledge.notes.length).padStart(6)} notes ${String(sections).padStart(7)} sections | build ${ms(quantile(build, 0.5)).padStart(9)} | search median ${ms(quantile(answers, 0.5)).padStart(8)} p99 ${ms(quantile(answers, 0.99)).padStart(8)} | heap +${heapMb.toFixed(0)} MB`;
}

function throughput(seconds: number): string {
  const { router } = createApp({ knowledgeDir });
  let n = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) router.handleText(questions[n++ % questions.length]!, { platform: 'bench' });
  return `router throughput (mixed questions and commands, ${seconds} s): ${Math.round(n / seconds)} requests/s`;
}

function startToReady(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'adapters', 'main.ts')], {
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, NO_COLOR: '1' },
    });
    child.stdout.once('data', () => {
      resolve(performance.now() - t);
      child.stdin.end();
    });
    child.on('error', reject);
  });
}

const parse = timeRuns(10, () => loadKnowledgeOrThrow(knowledgeDir));
const knowledge = loadKnowledgeOrThrow(knowledgeDir);
const { router } = createApp({ knowledgeDir });
for (const q of questions) router.handle({ command: 'ask', args: { question: q }, platform: 'bench' });
const answers = timeRuns(questions.length * 10, (i) => router.handle({ command: 'ask', args: { question: questions[i % questions.length]! }, platform: 'bench' }));
const ready: number[] = [];
for (let i = 0; i < 3; i++) ready.push(await startToReady());
ready.sort((a, b) => a - b);

const lines = [
  `machine: ${process.platform} ${process.arch}, node ${process.version}; knowledge ${knowledgeDir}`,
  `parse notes (median of 10): ${ms(quantile(parse, 0.5))}`,
  '',
  'search engine, shipped knowledge and generated variants (targets on 2 cores: build < 50 ms, answer median < 1 ms):',
  measureEngine('1x', knowledge, 20),
  measureEngine('10x', multiplyKnowledge(knowledge, 10), 5),
  measureEngine('100x', multiplyKnowledge(knowledge, 100), 1),
  '',
  `answer through the router (${answers.length} asks of ${questions.length} real questions): median ${ms(quantile(answers, 0.5))}, p99 ${ms(quantile(answers, 0.99))}`,
  throughput(3),
  `process start to ready (terminal chat, median of 3): ${ms(quantile(ready, 0.5))}   target < 1 s`,
];
process.stdout.write(`${lines.join('\n')}\n`);
