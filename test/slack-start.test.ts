import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { launchSlack, type RunningSlack } from '../adapters/slack/start-slack.ts';
import type { SlackSettings } from '../src/config.ts';
import { silentLogger } from '../src/services.ts';
import { FakeSlack } from './fakes/slack-api.ts';
import { slackSettings, startTestBot } from './fakes/slack-bot.ts';
import { eventCallback, mention } from './fakes/slack-payloads.ts';
import { fixtureApp } from './helpers.ts';

const common = { linkCooldownSeconds: 300, rateLimit: { questions: 5, windowSeconds: 60 } };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

async function fake(): Promise<FakeSlack> {
  const f = await FakeSlack.start();
  cleanups.push(() => f.close());
  return f;
}

function launch(settings: SlackSettings): Promise<RunningSlack> {
  return launchSlack({ router: fixtureApp().router, settings, common, log: silentLogger }, { retryConfig: { retries: 0 }, connectTimeoutMs: 2000 });
}

describe('starting Slack', () => {
  it('fails with one sentence naming Slack and SLACK_BOT_TOKEN when the bot token is rejected', async () => {
    const f = await fake();
    const err = await launch(slackSettings('http', f, { botToken: 'xoxb-revoked' })).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^Slack: SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\)/);
    expect(f.called('auth.test')).toHaveLength(1);
  });

  it('names SLACK_APP_TOKEN when Socket Mode is refused', async () => {
    const f = await fake();
    const err = await launch(slackSettings('socket', f, { appToken: 'xapp-wrong' })).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^Slack: SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
  });

  it('names SLACK_API_URL when the Web API cannot be reached, and SLACK_PORT when the port is taken', async () => {
    const f = await FakeSlack.start();
    const settings = slackSettings('http', f);
    await f.close();
    const unreachable = await launch(settings).catch((e: Error) => e);
    expect((unreachable as Error).message).toMatch(/^Slack: cannot reach the Slack Web API at .*SLACK_API_URL/);

    const live = await fake();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as { port: number }).port;
    const busy = await launch(slackSettings('http', live, { port })).catch((e: Error) => e);
    expect((busy as Error).message).toMatch(new RegExp(`^Slack: cannot listen for Slack requests on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\)\\. Check SLACK_PORT`));
  });

  it('stops cleanly in HTTP mode: replies in flight finish, then the port is closed', async () => {
    const bot = await startTestBot('http');
    cleanups.push(() => bot.fake.close());
    const asked = mention('docs epel');
    await bot.send.event(eventCallback(asked));
    await bot.slack.stop();
    expect(bot.fake.called('chat.postMessage').map((c) => c.body.thread_ts)).toEqual([asked.ts]);
    await expect(fetch(bot.eventsUrl, { method: 'POST' })).rejects.toThrow();
  });

  it('stops cleanly in Socket Mode: the socket is closed when stop() resolves', async () => {
    const bot = await startTestBot('socket');
    cleanups.push(() => bot.fake.close());
    expect(bot.fake.connected).toBe(1);
    await bot.slack.stop();
    await bot.fake.until(() => bot.fake.connected === 0 || undefined, 1000);
  });
});
