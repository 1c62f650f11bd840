import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import type { SlackSettings } from '../../src/config.ts';
import type { Clock } from '../../src/limits.ts';
import type { PlatformDeps, RunningPlatform, StartPlatform } from '../platform.ts';
import { boltLogger } from './bolt-logger.ts';
import { apiBase, createBoltApp, type BoltParts, type BotIdentity } from './create-bolt-app.ts';
import { onHomeOpened } from './home-tab.ts';
import { onMention } from './mention-events.ts';
import { onMessage } from './message-events.ts';
import { createSlackContext } from './slack-context.ts';
import { onSlashCommand } from './slash-command.ts';
import { explainStartError, type StartStep } from './start-errors.ts';
import { renderSlack } from './render-slack.ts';
import { onVote } from './vote-blocks.ts';

export interface SlackStartOptions {
  /** Web API retry policy for every call; tests pass `{ retries: 0 }` so a dead port fails at once. */
  retryConfig?: webApi.RetryOptions;
  /** Clock of the link cooldown, rate limit and resent-event memory. */
  now?: Clock;
  /** How long Socket Mode may take to connect before start-up fails. */
  connectTimeoutMs?: number;
}

export interface RunningSlack extends RunningPlatform {
  mode: 'socket' | 'http';
  /** HTTP mode: where the receiver listens (Slack posts to /slack/events there). */
  address?: AddressInfo;
}

// A start-up check should fail within seconds, not after the client's 30-minute default.
const STARTUP_RETRY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500 };
const CONNECT_TIMEOUT_MS = 30_000;

type Where = Parameters<typeof explainStartError>[2];

async function step<T>(name: StartStep, where: Where, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw explainStartError(err, name, where);
  }
}

async function checkBotToken(settings: SlackSettings, options: webApi.WebClientOptions): Promise<BotIdentity> {
  const who = await new webApi.WebClient(settings.botToken, options).auth.test();
  if (typeof who.user_id !== 'string' || typeof who.bot_id !== 'string') throw new Error('auth.test did not name a bot user: is SLACK_BOT_TOKEN a bot token?');
  return { botUserId: who.user_id, botId: who.bot_id };
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function stopReceiver(parts: BoltParts): Promise<void> {
  // SocketModeReceiver.stop() resolves before the socket has closed; the client's disconnect() waits.
  if (parts.socket) await parts.socket.client.disconnect();
  else await parts.app.stop().catch(() => {}); // not started (listen failed) is fine when stopping
}

/** Starts Slack; throws a SlackStartError naming the setting to fix when it cannot. */
export async function launchSlack(deps: PlatformDeps<SlackSettings>, options: SlackStartOptions = {}): Promise<RunningSlack> {
  const { settings } = deps;
  const logger = boltLogger(deps.log);
  const where: Where = { apiUrl: apiBase(settings), host: settings.host, port: settings.port };
  const clientOptions: webApi.WebClientOptions = { slackApiUrl: where.apiUrl, logger, ...(options.retryConfig ? { retryConfig: options.retryConfig } : {}) };
  const who = await step('bot token', where, () => checkBotToken(settings, { ...clientOptions, retryConfig: options.retryConfig ?? STARTUP_RETRY }));

  const ctx = createSlackContext(deps, options.now);
  const parts = createBoltApp(settings, who, logger, clientOptions);
  for (const listen of [onSlashCommand, onMention, onMessage, onHomeOpened, onVote]) listen(parts.app, ctx);
  parts.app.error(async (err) => deps.log.error({ err, platform: 'slack' }, 'slack: unhandled error'));

  let address: AddressInfo | undefined;
  try {
    if (parts.socket) {
      const socket = parts.socket;
      await step('socket', where, () => withTimeout(socket.start(), options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS, 'connecting to Slack in Socket Mode'));
    } else {
      const server = await step('listen', where, () => parts.app.start({ port: settings.port, host: settings.host }));
      address = server.address() as AddressInfo;
    }
  } catch (err) {
    await stopReceiver(parts).catch(() => {});
    throw err;
  }
  deps.log.info({ platform: 'slack', mode: parts.socket ? 'socket' : 'http', address, command: settings.command }, 'slack: connected');

  const reminders = settings.remindersChannel;
  return {
    name: 'slack',
    // The bot must be a member of the reminders channel (invite it there).
    ...(reminders ? { announce: async (reply) => void (await parts.app.client.chat.postMessage({ channel: reminders, ...renderSlack(reply), unfurl_links: false, unfurl_media: false })) } : {}),
    mode: parts.socket ? 'socket' : 'http',
    ...(address ? { address } : {}),
    async stop() {
      await stopReceiver(parts);
      await ctx.inflight.drain();
    },
  };
}

/** The Slack front end, for adapters/main.ts. */
export const startSlack: StartPlatform<SlackSettings> = (deps) => launchSlack(deps);
