import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './fakes/slack-bot.ts';
import { eventCallback, mention, slashCommand } from './fakes/slack-payloads.ts';
import { httpTransport, post, sign, SIGNING_SECRET } from './fakes/slack-transport.ts';

// HTTP mode only: Slack's request signatures are what keep strangers from driving the bot.

describe('Slack over HTTP: request signatures', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('http');
  });
  afterAll(() => bot?.close());

  it('answers 401 to a wrong or stale signature and posts nothing', async () => {
    const forged = httpTransport(bot.eventsUrl, 'not-the-secret');
    expect((await forged.command(slashCommand(`${bot.fake.url}/respond/forged`, { text: 'lifecycle 9' }))).status).toBe(401);
    expect((await forged.event(eventCallback(mention('docs crb')))).status).toBe(401);
    const body = JSON.stringify(eventCallback(mention('docs crb')));
    const stale = sign(body, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 600);
    expect((await post(bot.eventsUrl, body, 'application/json', stale)).status).toBe(401);
    expect((await post(bot.eventsUrl, body, 'application/json', {})).status).toBe(401);

    // A genuine request afterwards is answered, and it is the only thing ever posted.
    const genuine = mention('docs epel');
    expect((await bot.send.event(eventCallback(genuine))).status).toBe(200);
    await bot.fake.nth('chat.postMessage');
    expect(bot.fake.called('chat.postMessage').map((c) => c.body.thread_ts)).toEqual([genuine.ts]);
    expect(bot.fake.responses).toEqual([]);
  });

  it('acknowledges a slash command at once, before answering through response_url', async () => {
    const started = Date.now();
    const delivered = await bot.send.command(slashCommand(`${bot.fake.url}/respond/quick`, { text: 'lifecycle' }));
    expect(delivered.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    await bot.fake.until(() => bot.fake.responses.find((r) => r.path === '/respond/quick'));
  });
});
