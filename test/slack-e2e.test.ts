import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSlack } from '../adapters/slack/render-slack.ts';
import type { Reply } from '../src/reply.ts';
import { BOT_ID, BOT_USER } from './fakes/slack-api.ts';
import { startTestBot, type TestBot } from './fakes/slack-bot.ts';
import { CHANNEL, eventCallback, mention, message, nextTs, slashCommand, USER } from './fakes/slack-payloads.ts';

// The real Bolt app against the fake Slack, over HTTP (signed requests) and Socket Mode.

const BROADCASTS = /<!(channel|here|everyone)\b|<!subteam\^|<@U(?!BOT)/;

/** What the router itself answers, as the Slack renderer lays it out: the expectation. */
function expected(bot: TestBot, text: string): { reply: Reply; rendered: ReturnType<typeof renderSlack> } {
  const reply = bot.router.handleText(text, { platform: 'slack', user: { id: USER }, channel: CHANNEL });
  return { reply, rendered: renderSlack(reply) };
}

describe.each(['http', 'socket'] as const)('Slack end to end (%s mode)', (mode) => {
  let bot: TestBot;
  let responses = 0;

  beforeAll(async () => {
    bot = await startTestBot(mode);
  });
  afterAll(() => bot?.close());

  /** Runs `/alma text` and returns what arrived at its response_url. */
  async function slash(text: string) {
    const delivered = await bot.send.command(slashCommand(`${bot.fake.url}/respond/${++responses}`, { text }));
    expect(delivered.status).toBe(200);
    return (await bot.fake.until(() => bot.fake.responses.find((r) => r.path === `/respond/${responses}`))).body;
  }

  /** Sends a mention and waits for the answer in its thread, public or ephemeral. */
  async function mentionAnswer(text: string) {
    const event = mention(text);
    await bot.send.event(eventCallback(event));
    const answer = (c: { method: string; body: Record<string, unknown> }) => c.method.startsWith('chat.post') && c.body.thread_ts === event.ts;
    return await bot.fake.until(() => bot.fake.calls.find(answer));
  }

  /** Posts since `from` in the thread of `ts`. */
  const postsInThread = (ts: unknown, from = 0) => bot.fake.called('chat.postMessage').slice(from).filter((c) => c.body.thread_ts === ts);

  it('answers `/alma lifecycle 9` in the channel with the router’s reply as Block Kit', async () => {
    const body = await slash('lifecycle 9');
    const { reply, rendered } = expected(bot, 'lifecycle 9');
    expect(reply.kind).toBe('lifecycle');
    expect(body.response_type).toBe('in_channel');
    expect(body.blocks).toEqual(rendered.blocks);
    expect(body.blocks).toContainEqual({ type: 'header', text: { type: 'plain_text', text: reply.title, emoji: true } });
    expect(body.text).toContain(reply.title);
  });

  it('answers `/alma docs crb` with the doc link as <url|title>', async () => {
    const body = await slash('docs crb');
    const source = expected(bot, 'docs crb').reply.sources[0]!;
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).toContain(`<${source.url}|${source.title}>`);
  });

  it('shows `/alma help` (and a bare `/alma`) only to the asker', async () => {
    for (const text of ['help', '']) {
      const body = await slash(text);
      expect(body.response_type).toBe('ephemeral');
      expect(body.blocks).toEqual(expected(bot, 'help').rendered.blocks);
    }
  });

  it('takes any other text as a question, and `--private` makes the answer private', async () => {
    const question = 'how do I enable crb on 9';
    const { reply, rendered } = expected(bot, question);
    const body = await slash(question);
    expect(body.blocks).toEqual(rendered.blocks);
    expect(body.response_type).toBe(reply.private ? 'ephemeral' : 'in_channel');
    expect((await slash('lifecycle 9 --private')).response_type).toBe('ephemeral');
  });

  it('never lets user text become a broadcast or a mention', async () => {
    // Slack sends markup as <!channel>, and `<` typed literally as &lt;, which the bot decodes and echoes.
    const attempts = ['/<!channel>', 'docs <!here> <!subteam^S123|@admins>', 'what does <!everyone> and <@U0000002> mean', '/&lt;!channel&gt;', 'docs &lt;!here&gt; &lt;@U0000002&gt;'];
    for (const text of attempts) {
      const body = await slash(text);
      expect(JSON.stringify(body)).not.toMatch(BROADCASTS);
    }
    for (const text of ['docs <!channel> @here', 'what does <!channel> <@U0000002> @everyone mean', 'docs &lt;!channel&gt; &lt;!subteam^S1&gt;']) {
      const answer = JSON.stringify((await mentionAnswer(text)).body);
      expect(answer).not.toMatch(BROADCASTS);
      expect(answer).not.toMatch(/@(here|channel|everyone)/); // a word joiner keeps clients from linking it
    }
  });

  it('answers an app_mention in the thread of that message', async () => {
    const { method, body } = await mentionAnswer('lifecycle 9');
    expect(method).toBe('chat.postMessage');
    expect(body.channel).toBe(CHANNEL);
    expect(body.blocks).toEqual(expected(bot, 'lifecycle 9').rendered.blocks);
    const inThread = mention('docs epel', { thread_ts: '1700000000.000001' });
    await bot.send.event(eventCallback(inThread));
    await bot.fake.until(() => postsInThread('1700000000.000001')[0]);
  });

  it('keeps private answers to a mention ephemeral, in the thread', async () => {
    const { method, body } = await mentionAnswer('help');
    expect(method).toBe('chat.postEphemeral');
    expect(body.user).toBe(USER);
    expect(body.blocks).toEqual(expected(bot, 'help').rendered.blocks);
  });

  it('answers a direct message in the DM', async () => {
    const dm = message('docs epel', { channel: 'D0000001', channel_type: 'im' });
    await bot.send.event(eventCallback(dm));
    const post = await bot.fake.until(() => bot.fake.called('chat.postMessage').find((c) => c.body.channel === 'D0000001'));
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.blocks).toEqual(expected(bot, 'docs epel').rendered.blocks);
  });

  it('links [[epel]] in the thread, not again in that channel within the cooldown', async () => {
    const epel = expected(bot, 'docs epel').reply.sources[0]!;
    const first = message('you need [[epel]] for that');
    await bot.send.event(eventCallback(first));
    const post = await bot.fake.until(() => postsInThread(first.ts)[0]);
    expect(JSON.stringify(post.body.blocks)).toContain(`<${epel.url}|${epel.title}>`);

    const again = message('and [[EPEL]] again');
    const elsewhere = message('[[epel]] here too', { channel: 'C0000002' });
    await bot.send.event(eventCallback(again));
    await bot.send.event(eventCallback(elsewhere));
    await bot.fake.until(() => postsInThread(elsewhere.ts)[0]); // another channel: linked
    expect(postsInThread(again.ts)).toEqual([]);

    bot.advance(301);
    const later = message('[[epel]] after the cooldown');
    await bot.send.event(eventCallback(later));
    await bot.fake.until(() => postsInThread(later.ts)[0]);
  });

  it('answers a resent event once', async () => {
    const event = mention('docs crb');
    const callback = eventCallback(event);
    await bot.send.event(callback);
    await bot.send.event(callback, 1);
    await bot.send.event(callback, 2);
    await mentionAnswer('docs epel'); // later events have been handled by now
    expect(postsInThread(event.ts)).toHaveLength(1);
  });

  it('ignores bots, its own messages, edits, and channel messages that mention it', async () => {
    const before = bot.fake.called('chat.postMessage').length;
    const ignored = [
      message('[[crb]] from a bot', { bot_id: 'B0000009', subtype: 'bot_message' }),
      message('[[crb]] from myself', { user: BOT_USER, bot_id: BOT_ID }),
      message('', { subtype: 'message_changed', message: { text: '[[crb]] edited', user: USER }, user: undefined }),
      message('[[crb]] edited in place', { edited: { user: USER, ts: nextTs() } }),
      message(`<@${BOT_USER}> what is [[crb]]`), // the app_mention event answers this one
      mention('docs crb', { bot_id: 'B0000009' }),
    ];
    for (const event of ignored) await bot.send.event(eventCallback(event));
    const sentinel = message('[[crb]] from a person', { channel: 'C0000003' });
    await bot.send.event(eventCallback(sentinel));
    await bot.fake.until(() => postsInThread(sentinel.ts)[0]);
    const posted = bot.fake.called('chat.postMessage').slice(before);
    expect(posted.map((c) => c.body.thread_ts)).toEqual([sentinel.ts]);
  });

  it('publishes App Home with how to use the bot and the lifecycle table', async () => {
    await bot.send.event(eventCallback({ type: 'app_home_opened', user: USER, channel: 'D0000001', tab: 'home', event_ts: nextTs() }));
    const call = await bot.fake.nth('views.publish');
    const lifecycle = bot.router.handle({ command: 'lifecycle', args: {}, platform: 'slack' });
    const view = call.body.view as { type: string; blocks: unknown[] };
    expect(call.body.user_id).toBe(USER);
    expect(view.type).toBe('home');
    expect(JSON.stringify(view.blocks)).toContain('/alma lifecycle [version]');
    expect(view.blocks).toEqual(expect.arrayContaining(renderSlack(lifecycle).blocks));
  });
});
