import { Events, Routes, type Client, type RESTOptions } from 'discord.js';
import { createHelpThreads } from '../../src/conversation/help-threads.ts';
import type { DiscordSettings } from '../../src/config.ts';
import { createCooldown, createLinkScanLimiter, createRateLimiter, type Clock } from '../../src/limits.ts';
import type { PlatformDeps, RunningPlatform, StartPlatform } from '../platform.ts';
import type { AnswerRouter, DiscordContext } from './discord-context.ts';
import { createClient } from './discord-options.ts';
import { onInteraction } from './interactions.ts';
import { onMessage } from './messages.ts';
import { slowDownReply } from '../../src/slow-down.ts';
import { renderDiscord } from './render-discord.ts';
import { DiscordStartError, startProblem } from './start-problem.ts';

export interface DiscordTuning {
  /** REST client overrides; tests use `{ retries: 0, timeout: 2000 }` so failures show at once. */
  rest?: Partial<RESTOptions>;
  /** Defer an interaction whose answer is not ready after this long (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Give up connecting after this long. */
  readyTimeoutMs?: number;
  /** Clock for the link cooldown and rate limit. */
  now?: Clock;
}

export type DiscordDeps = Omit<PlatformDeps<DiscordSettings>, 'router'> & { router: AnswerRouter };

/** Logs in and resolves once the client is ready, or rejects (client destroyed) after `ms`. */
async function connect(client: Client, token: string, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    timer = setTimeout(() => reject(new Error(`not ready after ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.all([client.login(token), ready]);
  } catch (err) {
    await client.destroy();
    throw new DiscordStartError(startProblem(err));
  } finally {
    clearTimeout(timer);
  }
}

/** The Discord front end with test hooks; `startDiscord` is the production entry. */
export async function startDiscordWith(deps: DiscordDeps, tuning: DiscordTuning = {}): Promise<RunningPlatform> {
  const { settings, common, log } = deps;
  const now = tuning.now ?? Date.now;
  const ctx: DiscordContext = {
    router: deps.router,
    log,
    limiter: createRateLimiter(common.rateLimit.questions, common.rateLimit.windowSeconds, now),
    cooldown: createCooldown(common.linkCooldownSeconds, now),
    linkScans: createLinkScanLimiter(now),
    slowDown: slowDownReply(common.rateLimit),
    readMessages: settings.readMessages,
    deferAfterMs: tuning.deferAfterMs ?? 2000,
    ...(deps.conversation ? { kit: deps.conversation } : {}),
    helpChannels: new Set(settings.helpChannels ?? []),
    helpThreads: createHelpThreads(),
  };
  const client = createClient(settings, tuning.rest);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const track = (work: () => Promise<void>, what: string) => {
    if (stopping) return;
    const p = work()
      .catch((err: unknown) => log.error({ err }, `Discord: ${what} failed`))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  client.on(Events.InteractionCreate, (i) => track(() => onInteraction(ctx, i), 'interaction'));
  client.on(Events.MessageCreate, (m) => track(() => onMessage(ctx, m, client.user!.id), 'message'));
  client.on(Events.Error, (err) => log.error({ err }, 'Discord client error'));
  // discord.js reconnects by itself; these lines make a dropped connection visible in the logs.
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'Discord: gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'Discord: reconnecting'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'Discord: connection resumed'));

  await connect(client, settings.token, tuning.readyTimeoutMs ?? 30_000);
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, readMessages: settings.readMessages }, 'Discord: connected');
  const reminders = settings.remindersChannel;
  return {
    name: 'discord',
    // Posted through REST, so the channel need not be in the client's cache.
    ...(reminders ? { announce: async (reply) => void (await client.rest.post(Routes.channelMessages(reminders), { body: renderDiscord(reply) })) } : {}),
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

/**
 * Starts the Discord bot. Rejects with a DiscordStartError whose message is one line naming
 * Discord and the setting to fix (e.g. a rejected DISCORD_TOKEN); the client is then destroyed.
 */
export const startDiscord: StartPlatform<DiscordSettings> = (deps) => startDiscordWith(deps);
