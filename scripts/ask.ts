import { createInterface } from 'node:readline';
import { config as loadDotenv } from 'dotenv';
import { createApp } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { replyMarkdown, type Reply } from '../src/reply.ts';
import { renderTerminal } from '../adapters/shell/render-terminal.ts';

// `npm run ask -- "question"` prints one answer; `--json` prints it as one JSON object, and with
// no question reads one question per line from stdin, printing one JSON object per line.

loadDotenv({ quiet: true });
const args = process.argv.slice(2);
const json = args.includes('--json');
const question = args.filter((a) => a !== '--json').join(' ').trim();
const { router } = createApp({ knowledgeDir: readConfig(process.env).settings.knowledgeDir });

function toJson(q: string, r: Reply) {
  return {
    question: q,
    answered: r.kind === 'answer' || r.kind === 'lifecycle' || r.kind === 'links',
    title: r.title,
    answer: replyMarkdown(r),
    sources: r.sources.map((s) => s.url),
    notes: r.meta?.notes ?? [],
    version: r.meta?.version ?? null,
    confidence: r.meta?.confidence ?? null,
    // How the answer was found and why the bot answered or declined (meta.reason).
    meta: r.meta ?? null,
  };
}

const ask = (q: string) => router.handle({ command: 'ask', args: { question: q }, platform: 'cli' });

if (question) {
  const r = ask(question);
  process.stdout.write(json ? `${JSON.stringify(toJson(question, r))}\n` : `${renderTerminal(r, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR)}\n`);
} else if (json) {
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim()) process.stdout.write(`${JSON.stringify(toJson(line.trim(), ask(line.trim())))}\n`);
  }
} else {
  process.stderr.write('usage: npm run ask -- [--json] "question"   (with --json and no question: one question per line on stdin)\n');
  process.exitCode = 2;
}
