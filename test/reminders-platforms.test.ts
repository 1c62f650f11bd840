import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordWith } from '../adapters/discord/start-discord.ts';
import type { RunningPlatform } from '../adapters/platform.ts';
import { loadLifecycle } from '../src/lifecycle/load-lifecycle.ts';
import { createReminders } from '../src/reminders/reminders.ts';
import { silentLogger } from '../src/services.ts';
import { APP_ID, TOKEN } from './fakes/discord-ids.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord-server.ts';
import { startConversationBot, type ConversationBot } from './fakes/slack-conversation.ts';
import { fixtureApp, fixtureDir } from './helpers.ts';

// End-of-life reminders through the real discord.js and Bolt clients, with a fake clock: posted
// once at each lead time, and not again after a restart.

const app = fixtureApp();
const lifecycle = loadLifecycle(join(fixtureDir, 'lifecycle.json'));
const data = () => lifecycle.current();
const end = data().almalinux.find((m) => m.major === '9')!.activeSupportEnd!.value;
const daysBefore = (n: number) => new Date(Date.parse(`${end}T10:00:00Z`) - n * 86_400_000);
const REMINDERS = '1100000000000000077';

describe('Discord reminders channel', () => {
  let fake: FakeDiscord;
  let bot: RunningPlatform;
  const dataDir = mkdtempSync(join(tmpdir(), 'reminders-discord-'));
  const clock = { now: daysBefore(180) };
  const start = () =>
    startDiscordWith(
      { router: app.router, settings: { token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, readMessages: false, remindersChannel: REMINDERS }, common: { linkCooldownSeconds: 300, rateLimit: { questions: 5, windowSeconds: 60 } }, log: silentLogger },
      { rest: { retries: 0, timeout: 2000 }, readyTimeoutMs: 3000 },
    );
  const reminders = (running: RunningPlatform) => createReminders({ name: 'discord', dataDir, data, post: running.announce!, now: () => clock.now, log: silentLogger });
  const posted = () => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${REMINDERS}/messages`);

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await start();
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('posts each lead time once, and nothing again after a restart', async () => {
    expect(await reminders(bot).check()).toBe(1);
    const [first] = posted();
    expect(first!.body.embeds[0].title).toBe('End of active support: AlmaLinux OS 9');
    expect(first!.body.embeds[0].description).toContain(`**${end}**, in 180 days`);
    expect(first!.body.allowed_mentions).toEqual({ parse: [], users: [] });

    await bot.stop();
    bot = await start();
    expect(await reminders(bot).check()).toBe(0);
    for (const n of [30, 7]) {
      clock.now = daysBefore(n);
      expect(await reminders(bot).check()).toBe(1);
      expect(await reminders(bot).check()).toBe(0);
    }
    expect(posted().map((r) => /in (\d+) days/.exec(r.body.embeds[0].description)?.[1])).toEqual(['180', '30', '7']);
  });
});

describe('Slack reminders channel', () => {
  let bot: ConversationBot;
  const dataDir = mkdtempSync(join(tmpdir(), 'reminders-slack-'));
  const clock = { now: daysBefore(30) };
  beforeAll(async () => {
    bot = await startConversationBot('socket', {}, silentLogger, { remindersChannel: 'C0000REMD' });
  });
  afterAll(() => bot?.close());

  it('posts to the channel once, and not again after a restart', async () => {
    const make = (running: RunningPlatform) => createReminders({ name: 'slack', dataDir, data, post: running.announce!, now: () => clock.now, log: silentLogger });
    expect(await make(bot.slack).check()).toBe(1);
    const post = bot.fake.called('chat.postMessage').find((c) => c.body.channel === 'C0000REMD')!;
    expect(JSON.stringify(post.body.blocks)).toContain('in 30 days');
    await bot.close();
    bot = await startConversationBot('socket', {}, silentLogger, { remindersChannel: 'C0000REMD' });
    expect(await make(bot.slack).check()).toBe(0);
    expect(bot.fake.called('chat.postMessage')).toEqual([]);
  });
});
