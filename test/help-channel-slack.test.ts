import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/services.ts';
import { BOT_ID, BOT_USER } from './fakes/slack-api.ts';
import { HELP, startConversationBot, type ConversationBot } from './fakes/slack-conversation.ts';
import { eventCallback, message } from './fakes/slack-payloads.ts';

// A help channel with the real Bolt app against the fake Slack: new top-level messages answered
// once, in their thread, when confident; silence when not, or after a person answered first.

describe.each(['http', 'socket'] as const)('Slack help channels (%s mode)', (mode) => {
  let bot: ConversationBot;
  const logged: string[] = [];
  const log: Logger = { debug() {}, info: (_o, m) => void logged.push(m ?? ''), warn() {}, error() {} };
  beforeAll(async () => {
    // A short wait before answering, so a person's quick reply can come first.
    bot = await startConversationBot(mode, { helpDelaySeconds: 0.15, feedback: false }, log);
  });
  afterAll(() => bot?.close());

  const postsInThread = (ts: unknown) => bot.fake.called('chat.postMessage').filter((c) => c.body.thread_ts === ts);
  const logLine = async (line: string, count: number) => {
    for (let i = 0; i < 100 && logged.filter((l) => l === line).length < count; i++) await new Promise((r) => setTimeout(r, 20));
    return logged.filter((l) => l === line).length;
  };
  async function newPost(text: string, extra: Record<string, unknown> = {}) {
    const post = message(text, { channel: HELP, ...extra });
    const callback = eventCallback(post);
    await bot.send.event(callback);
    return { post, callback };
  }

  it('answers a new post once, in its thread, when confident', async () => {
    const { post, callback } = await newPost('How do I enable CRB on AlmaLinux 9?');
    const answer = await bot.fake.until(() => postsInThread(post.ts)[0]);
    expect(answer.body.channel).toBe(HELP);
    expect(JSON.stringify(answer.body.blocks)).toContain('--set-enabled crb');
    await bot.send.event(callback, 1); // Slack resending the event
    await newPost('how do I enable crb on almalinux 9', { ts: post.ts, event_ts: post.ts }); // the same post under a new event id
    const sentinel = await newPost('what is epel');
    await bot.fake.until(() => postsInThread(sentinel.post.ts)[0]);
    expect(postsInThread(post.ts)).toHaveLength(1);
  });

  it('stays silent when not confident, and outside help channels', async () => {
    const before = logged.filter((l) => l.startsWith('help channel: not confident')).length;
    const { post } = await newPost('how to install nginx with php-fpm behind haproxy');
    expect(await logLine('help channel: not confident enough; stayed silent', before + 1)).toBe(before + 1);
    const elsewhere = message('how do I enable crb on almalinux 9', { channel: 'C0000OTHR' });
    await bot.send.event(eventCallback(elsewhere));
    const sentinel = await newPost('what is epel');
    await bot.fake.until(() => postsInThread(sentinel.post.ts)[0]);
    expect([...postsInThread(post.ts), ...postsInThread(elsewhere.ts)]).toEqual([]);
  });

  it('stays silent when a person replied first, and never answers bots or itself', async () => {
    const before = logged.filter((l) => l.startsWith('help channel: a person')).length;
    const { post } = await newPost('how do I enable crb on almalinux 9');
    await bot.send.event(eventCallback(message('try dnf config-manager --set-enabled crb', { channel: HELP, thread_ts: post.ts, user: 'U0000002' })));
    expect(await logLine('help channel: a person answered first; stayed silent', before + 1)).toBe(before + 1);
    expect(postsInThread(post.ts)).toEqual([]);

    const byBot = await newPost('how do I enable crb on almalinux 9', { bot_id: 'B0000009', subtype: 'bot_message' });
    const byMe = await newPost('how do I enable crb on almalinux 9', { user: BOT_USER, bot_id: BOT_ID });
    const sentinel = await newPost('what is epel');
    await bot.fake.until(() => postsInThread(sentinel.post.ts)[0]);
    expect([...postsInThread(byBot.post.ts), ...postsInThread(byMe.post.ts)]).toEqual([]);
  });
});
