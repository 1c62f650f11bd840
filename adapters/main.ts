import { config as loadDotenv } from 'dotenv';
import { join } from 'node:path';
import { createApp, type App } from '../src/app.ts';
import { platformsRequested, readConfig, secretValues, type Settings } from '../src/config.ts';
import { watchKnowledge } from '../src/knowledge-watch.ts';
import { dataDirProblem } from '../src/data-dir.ts';
import { createMissLog } from '../src/misses.ts';
import { createVoteLog } from '../src/feedback/vote-log.ts';
import type { LiveLifecycle } from '../src/lifecycle/live-lifecycle.ts';
import type { Product } from '../src/reminders/milestones.ts';
import { createReminders, type Reminders } from '../src/reminders/reminders.ts';
import { createConversationKit, type ConversationKit } from './conversation-kit.ts';
import { createRedactor } from '../src/redact.ts';
import type { Logger } from '../src/services.ts';
import { createLogger, redactStream } from './logger.ts';
import type { PlatformDeps, RunningPlatform } from './platform.ts';
import { writePidFile } from './pid-file.ts';
import { startPlatforms, type PlatformStart } from './start-platforms.ts';
import { runShell } from './shell/shell-chat.ts';

// Entry point of `npm start`: every platform whose settings are present, or the terminal chat
// when none is. One platform failing never stops the others.

loadDotenv({ quiet: true });

// A signal must end the bot within 5 s (npm start and the systemd unit alike): in-flight replies
// get this long to finish, then the process exits anyway.
const SHUTDOWN_GRACE_MS = 4000;
/** How often the bot checks that the npm which started it is still there (see watchNpmParent). */
const PARENT_CHECK_MS = 500;

/** The platforms whose settings are present. Their libraries are imported only when used. */
function configuredPlatforms(app: App, settings: Settings, log: Logger, conversation: ConversationKit): PlatformStart[] {
  const common = { linkCooldownSeconds: settings.linkCooldownSeconds, rateLimit: settings.rateLimit };
  const deps = <S>(s: S): PlatformDeps<S> => ({ router: app.router, settings: s, common, log, conversation });
  const { discord, slack } = settings;
  const starts: PlatformStart[] = [];
  if (discord) starts.push({ name: 'Discord', start: async () => (await import('./discord/start-discord.ts')).startDiscord(deps(discord)) });
  if (slack) starts.push({ name: 'Slack', start: async () => (await import('./slack/start-slack.ts')).startSlack(deps(slack)) });
  return starts;
}

/** SIGTERM and SIGINT: `stop()` (finish in-flight replies), exit 0; past the grace time, exit 1. */
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
  watchNpmParent(() => handler('npm exited'), log);
}

/**
 * Under `npm start` the bot is npm's child. npm passes SIGTERM and SIGINT on but dies of SIGHUP
 * (or a kill -9) without telling the bot, which would go on answering with nobody watching it:
 * when the npm that started it is gone, the bot shuts down as if it had been sent SIGTERM.
 */
function watchNpmParent(shutdown: () => void, log: Logger): void {
  if (process.env.npm_lifecycle_event !== 'start') return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent) return;
    log.warn({ parent }, 'npm, which started the bot, has exited: shutting down (to reload, use `npm run reload`)');
    shutdown();
  }, PARENT_CHECK_MS).unref();
}

/** End-of-life reminders for each started platform with a reminders channel. */
function startReminders(app: App, settings: Settings, running: RunningPlatform[], log: Logger): Reminders[] {
  const c = settings.conversation;
  return running.flatMap((p) => {
    if (!p.announce) return [];
    // loadServices serves a LiveLifecycle: its current data includes any LIFECYCLE_URL refresh.
    const data = () => (app.services.lifecycle as LiveLifecycle).current();
    const reminders = createReminders({ name: p.name, dataDir: settings.dataDir, data, post: p.announce, now: () => new Date(), log }, { leadDays: c.reminderLeadDays, products: c.reminderProducts as Product[] });
    reminders.start();
    return [reminders];
  });
}

/** DATA_DIR checked once: one warning when it cannot be used; the bot answers either way. */
function useDataDir(dir: string, log: Logger): boolean {
  const problem = dataDirProblem(dir);
  if (problem) log.warn({ problem }, 'DATA_DIR cannot be used: unanswered questions are not recorded and `npm run reload` cannot find the bot; answering goes on');
  return !problem;
}

async function main(): Promise<number> {
  const env = process.env;
  const { settings, problems } = readConfig(env);
  const shell = !platformsRequested(env);
  const redact = createRedactor(secretValues(env));
  redactStream(process.stderr, redact);
  const log = createLogger(env.LOG_LEVEL?.trim() || (shell ? 'warn' : 'info'), redact);
  for (const p of problems) process.stderr.write(`${redact(p)}\n`);
  const dataDir = useDataDir(settings.dataDir, log);
  const misses = dataDir && !shell && settings.missesLog ? createMissLog(settings.dataDir, log) : undefined;
  let app: App;
  try {
    app = createApp({ knowledgeDir: settings.knowledgeDir, log, ...(dataDir ? { noteCacheFile: join(settings.dataDir, 'parsed-notes.json') } : {}), ...(misses ? { recordMiss: misses.record } : {}), ...(settings.lifecycleUrl ? { lifecycleUrl: settings.lifecycleUrl } : {}), ...(settings.packages ? { packages: settings.packages } : {}) });
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const removePid = dataDir ? writePidFile(settings.dataDir) : () => {};
  process.on('exit', removePid);
  process.on('SIGHUP', () => app.reload());
  const stopWatching = settings.watchKnowledge ? watchKnowledge(settings.knowledgeDir, () => app.reload(), log) : () => {};
  log.info({ pid: process.pid, platforms: shell ? ['terminal'] : [settings.discord && 'discord', settings.slack && 'slack'].filter(Boolean) }, 'started');

  // Follow-ups and 👍/👎 (terminal: `+` / `-`), the votes kept in DATA_DIR.
  const votes = dataDir ? createVoteLog(settings.dataDir, log) : undefined;
  const conversation = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings: settings.conversation, ...(votes ? { votes } : {}), ...(misses ? { recordMiss: misses.record } : {}) });

  if (shell) {
    const stopShell = new AbortController();
    // Answers in the terminal are synchronous: between two lines nothing is in flight.
    onShutdown(async () => {
      stopShell.abort();
      stopWatching();
      app.stop();
    }, log);
    const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
    await runShell(app.router, { input: process.stdin, output: process.stdout, color, signal: stopShell.signal, conversation });
    stopWatching();
    app.stop();
    await votes?.flush();
    return 0;
  }
  let reminders: Reminders[] = [];
  // Signals during start-up wait for the platforms that are starting, then stop them.
  let started: Promise<RunningPlatform[]> = Promise.resolve([]);
  onShutdown(async () => {
    stopWatching();
    reminders.forEach((r) => r.stop());
    const running = await started;
    await Promise.allSettled(running.map((p) => p.stop()));
    app.stop();
    await Promise.allSettled([misses?.flush(), votes?.flush()]);
  }, log);
  started = startPlatforms(configuredPlatforms(app, settings, log, conversation), redact, (line) => process.stderr.write(`${line}\n`));
  const running = await started;
  if (dataDir) reminders = startReminders(app, settings, running, log);
  if (!running.length) {
    process.stderr.write('No platform could start; see the lines above. Without tokens, `npm start` opens the terminal chat.\n');
    return 1;
  }
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
