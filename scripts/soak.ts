import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { hostileInputs, mixedQuestions } from './bench-inputs.ts';

// `npm run soak`: 100,000 mixed questions and hostile inputs through the router, then the heap
// compared before and after. Exits 1 if the heap grew by more than the bound we hold.

const TOTAL = Number(process.argv[2] ?? 100_000);
const HEAP_GROWTH_BOUND_MB = 10;

const gc = global.gc ?? (() => {});
const { router } = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });
const inputs = [...mixedQuestions(), ...hostileInputs()];
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

for (const text of inputs) router.handleText(text, { platform: 'soak' }); // warm caches first
const before = heapMb();
const started = performance.now();
let links = 0;
for (let i = 0; i < TOTAL; i++) {
  const text = inputs[i % inputs.length]!;
  if (router.docLinks(text)) links++;
  router.handleText(text, { platform: 'soak', user: { id: `U${i % 5000}` } });
}
const seconds = (performance.now() - started) / 1000;
const after = heapMb();
const growth = after - before;
process.stdout.write(
  [
    `${TOTAL} requests (${inputs.length} distinct inputs, ${links} with doc links) in ${seconds.toFixed(1)} s: ${Math.round(TOTAL / seconds)} requests/s`,
    `heap before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${growth.toFixed(1)} MB (bound ${HEAP_GROWTH_BOUND_MB} MB)${global.gc ? '' : ' [run with --expose-gc for exact figures]'}`,
  ].join('\n') + '\n',
);
process.exitCode = growth > HEAP_GROWTH_BOUND_MB ? 1 : 0;
