import { config as loadDotenv } from 'dotenv';
import { createApp } from '../src/app.ts';
import { platformsRequested, readConfig } from '../src/config.ts';
import { KnowledgeError } from '../src/notes/load-knowledge.ts';
import { createLogger } from './logger.ts';
import { runShell } from './shell/shell-chat.ts';

// Entry point of `npm start`: every platform whose settings are present, or the terminal chat
// when none is.

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  const env = process.env;
  const { settings, problems } = readConfig(env);
  const shell = !platformsRequested(env);
  const log = createLogger(env.LOG_LEVEL?.trim() || (shell ? 'warn' : 'info'));
  for (const p of problems) log.error({ problem: p }, p);
  let app;
  try {
    app = createApp({ knowledgeDir: settings.knowledgeDir, log });
  } catch (err) {
    process.stderr.write(`${err instanceof KnowledgeError ? err.message : String(err)}\n`);
    return 1;
  }
  if (shell) {
    const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
    await runShell(app.router, { input: process.stdin, output: process.stdout, color });
    return 0;
  }
  process.stderr.write('Discord and Slack adapters are not available in this build yet.\n');
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`fatal: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
