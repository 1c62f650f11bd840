import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSlack } from '../adapters/slack/render-slack.ts';
import { readVotes } from '../src/feedback/vote-log.ts';
import { TEAM } from './fakes/slack-api.ts';
import { blockAction, startConversationBot, type ConversationBot } from './fakes/slack-conversation.ts';
import { CHANNEL, eventCallback, mention, message, nextTs, USER } from './fakes/slack-payloads.ts';
import { fixtureApp, TODAY } from './helpers.ts';

// Follow-ups and 👍/👎 with the real Bolt app against the fake Slack, over HTTP and Socket Mode.

describe.each(['http', 'socket'] as const)('Slack conversation (%s mode)', (mode) => {
  let bot: ConversationBot;
  const app = fixtureApp();
  beforeAll(async () => {
    bot = await startConversationBot(mode);
  });
  afterAll(() => bot?.close());
  const postsInThread = (ts: unknown) => bot.fake.called('chat.postMessage').filter((c) => c.body.thread_ts === ts);

  it('answers a follow-up in the thread for the other version, without a mention', async () => {
    const ask = mention('how do I enable crb on almalinux 9');
    await bot.send.event(eventCallback(ask));
    await bot.fake.until(() => postsInThread(ask.ts)[0]);
    await bot.send.event(eventCallback(message('and on 8?', { thread_ts: ask.ts })));
    const eight = await bot.fake.until(() => postsInThread(ask.ts)[1]);
    const expected = renderSlack(app.router.handleText('how do I enable crb on almalinux 8?', { platform: 'slack' })).blocks;
    expect((eight.body.blocks as unknown[]).slice(0, expected.length)).toEqual(expected);
    expect(JSON.stringify(eight.body.blocks)).toContain('--set-enabled powertools');
    // People talking in the thread are left alone.
    await bot.send.event(eventCallback(message('thanks, that did it', { thread_ts: ask.ts, user: 'U0000002' })));
    await bot.send.event(eventCallback(mention('what is epel', { thread_ts: ask.ts })));
    await bot.fake.until(() => postsInThread(ask.ts)[2]);
    expect(postsInThread(ask.ts)).toHaveLength(3);
  });

  it('reads follow-ups in a direct message, and shows the whole note on "more"', async () => {
    const dm = (text: string) => message(text, { channel: 'D0000042', channel_type: 'im' });
    const inDm = () => bot.fake.called('chat.postMessage').filter((c) => c.body.channel === 'D0000042');
    await bot.send.event(eventCallback(dm('how do I enable crb on almalinux 9')));
    await bot.fake.until(() => inDm()[0]);
    await bot.send.event(eventCallback(dm('what about 8')));
    expect(JSON.stringify((await bot.fake.until(() => inDm()[1])).body.blocks)).toContain('--set-enabled powertools');
    await bot.send.event(eventCallback(dm('more')));
    const whole = JSON.stringify((await bot.fake.until(() => inDm()[2])).body.blocks);
    expect(whole).toContain('--set-enabled powertools');
    expect(whole).toContain('--set-enabled crb');
  });

  it('carries 👍/👎 buttons that round-trip: recorded once per user, acknowledged to the clicker alone', async () => {
    const ask = mention('how do I enable crb on almalinux 9');
    await bot.send.event(eventCallback(ask));
    const answer = await bot.fake.until(() => postsInThread(ask.ts)[0]);
    const actions = (answer.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).at(-1)!;
    expect(actions.type).toBe('actions');
    const [up, down] = actions.elements!;
    expect(up!.value).toBe('vote:u:crb#almalinux-9-and-10');
    const posted = { channel: CHANNEL, ts: nextTs(), thread_ts: String(ask.ts) };
    const before = bot.fake.responses.length;
    await bot.click(blockAction(bot.fake, posted, down!, 'U0000009', 1));
    const ack = await bot.fake.until(() => bot.fake.responses.find((r) => r.path === '/respond/vote-1'));
    expect(ack.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(ack.body.text)).toMatch(/^Thanks/);
    await bot.click(blockAction(bot.fake, posted, up!, 'U0000009', 2));
    const again = await bot.fake.until(() => bot.fake.responses.find((r) => r.path === '/respond/vote-2'));
    expect(String(again.body.text)).toMatch(/already rated/);
    expect(bot.fake.responses.length - before).toBe(2);
    await bot.votes.flush();
    const votes = await readVotes(bot.dataDir);
    expect(votes.filter((v) => v.section === 'crb#almalinux-9-and-10')).toEqual([{ at: TODAY.toISOString(), platform: 'slack', verdict: 'down', kind: 'answer', note: 'crb', section: 'crb#almalinux-9-and-10' }]);
    expect(JSON.stringify(votes)).not.toMatch(/U0000009|enable/);
  });

  it('gives slash command answers buttons too, but not help', async () => {
    const respond = async (text: string, n: number) => {
      await bot.send.command({ token: 'x', team_id: TEAM, channel_id: CHANNEL, user_id: USER, command: '/alma', text, response_url: `${bot.fake.url}/respond/cmd-${n}`, trigger_id: 't' });
      return (await bot.fake.until(() => bot.fake.responses.find((r) => r.path === `/respond/cmd-${n}`))).body;
    };
    expect(JSON.stringify((await respond('what is epel', 1)).blocks)).toContain('vote:u:epel');
    expect(JSON.stringify((await respond('help', 2)).blocks)).not.toContain('vote:');
  });
});
