import { config as loadDotenv } from 'dotenv';
import { createApp, type App } from '../src/app.ts';
import { platformsRequested, readConfig, secretValues, type Settings } from '../src/config.ts';
import { watchKnowledge } from '../src/knowledge-watch.ts';
import { createMissLog } from '../src/misses.ts';
import { createRedactor } from '../src/redact.ts';
import type { Logger } from '../src/services.ts';
import { createLogger, redactStream } from './logger.ts';
import type { PlatformDeps } from './platform.ts';
import { startPlatforms, type PlatformStart } from './start-platforms.ts';
import { runShell } from './shell/shell-chat.ts';

// Entry point of `npm start`: every platform whose settings are present, or the terminal chat
// when none is. One platform failing never stops the others.

loadDotenv({ quiet: true });

const SHUTDOWN_GRACE_MS = 8000;

/** The platforms whose settings are present. Their libraries are imported only when used. */
function configuredPlatforms(app: App, settings: Settings, log: Logger): PlatformStart[] {
  const common = { linkCooldownSeconds: settings.linkCooldownSeconds, rateLimit: settings.rateLimit };
  const deps = <S>(s: S): PlatformDeps<S> => ({ router: app.router, settings: s, common, log });
  const { discord, slack } = settings;
  const starts: PlatformStart[] = [];
  if (discord) starts.push({ name: 'Discord', start: async () => (await import('./discord/start-discord.ts')).startDiscord(deps(discord)) });
  if (slack) starts.push({ name: 'Slack', start: async () => (await import('./slack/start-slack.ts')).startSlack(deps(slack)) });
  return starts;
}

function onShutdown(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => handler('SIGINT'));
  process.on('SIGTERM', () => handler('SIGTERM'));
}

async function main(): Promise<number> {
  const env = process.env;
  const { settings, problems } = readConfig(env);
  const shell = !platformsRequested(env);
  const redact = createRedactor(secretValues(env));
  redactStream(process.stderr, redact);
  const log = createLogger(env.LOG_LEVEL?.trim() || (shell ? 'warn' : 'info'), redact);
  for (const p of problems) process.stderr.write(`${redact(p)}\n`);
  const misses = shell || !settings.missesLog ? undefined : createMissLog(settings.dataDir, log);
  let app: App;
  try {
    app = createApp({ knowledgeDir: settings.knowledgeDir, log, ...(misses ? { recordMiss: misses.record } : {}), ...(settings.lifecycleUrl ? { lifecycleUrl: settings.lifecycleUrl } : {}) });
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  process.on('SIGHUP', () => app.reload());
  const stopWatching = settings.watchKnowledge ? watchKnowledge(settings.knowledgeDir, () => app.reload(), log) : () => {};

  if (shell) {
    onShutdown(async () => app.stop(), log);
    const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
    await runShell(app.router, { input: process.stdin, output: process.stdout, color });
    stopWatching();
    app.stop();
    return 0;
  }
  const running = await startPlatforms(configuredPlatforms(app, settings, log), redact, (line) => process.stderr.write(`${line}\n`));
  if (!running.length) {
    process.stderr.write('No platform could start; see the lines above. Without tokens, `npm start` opens the terminal chat.\n');
    return 1;
  }
  onShutdown(async () => {
    stopWatching();
    await Promise.allSettled(running.map((p) => p.stop()));
    app.stop();
    await misses?.flush();
  }, log);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`fatal: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
