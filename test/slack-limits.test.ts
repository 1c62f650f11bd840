import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from './fakes/slack-bot.ts';
import { eventCallback, mention, slashCommand } from './fakes/slack-payloads.ts';

// Per-user rate limit: past it, one private slow-down notice per window, then silence.

describe('Slack rate limit', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('http', { common: { rateLimit: { questions: 2, windowSeconds: 60 } } });
  });
  afterAll(() => bot?.close());

  const answersIn = (ts: unknown) => bot.fake.calls.filter((c) => c.method.startsWith('chat.post') && c.body.thread_ts === ts);

  it('answers up to the limit, tells the user once, then stays silent until the window passes', async () => {
    const asked = [mention('docs epel'), mention('docs crb'), mention('lifecycle'), mention('lifecycle 9')];
    for (const event of asked) await bot.send.event(eventCallback(event));
    const notice = await bot.fake.nth('chat.postEphemeral');
    expect(notice.body.thread_ts).toBe(asked[2]!.ts);
    expect(JSON.stringify(notice.body.blocks)).toContain('Slow down');

    // A slash command in the same window gets nothing: the user was already told.
    await bot.send.command(slashCommand(`${bot.fake.url}/respond/silent`, { text: 'lifecycle 9' }));
    bot.advance(61);
    const later = mention('docs epel');
    await bot.send.event(eventCallback(later));
    await bot.fake.until(() => answersIn(later.ts)[0]);

    expect(asked.map((e) => answersIn(e.ts).map((c) => c.method))).toEqual([['chat.postMessage'], ['chat.postMessage'], ['chat.postEphemeral'], []]);
    expect(bot.fake.responses).toEqual([]);
  });
});
