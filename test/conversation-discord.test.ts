import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversationKit } from '../adapters/conversation-kit.ts';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { startDiscordWith } from '../adapters/discord/start-discord.ts';
import type { RunningPlatform } from '../adapters/platform.ts';
import { readVotes, createVoteLog } from '../src/feedback/vote-log.ts';
import { silentLogger } from '../src/services.ts';
import { buttonClick, messageIn, replyTo, threadCreate } from './fakes/discord-conversation.ts';
import { channelMessage, slashCommand } from './fakes/discord-events.ts';
import { APP_ID, BOT, CHANNEL_ID, TOKEN, user } from './fakes/discord-ids.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord-server.ts';
import { fixtureApp, TODAY } from './helpers.ts';

// Follow-ups and 👍/👎 with the real discord.js against the fake Discord on 127.0.0.1.

const app = fixtureApp();
const dataDir = mkdtempSync(join(tmpdir(), 'discord-votes-'));
const votes = createVoteLog(dataDir, silentLogger);
const settings = { feedback: true, helpMinConfidence: 0.8, helpDelaySeconds: 0, reminderLeadDays: [180, 30, 7], reminderProducts: ['almalinux'] };
const kit = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings, votes, now: () => TODAY });
let fake: FakeDiscord;
let bot: RunningPlatform;
let n = 0;
const someone = () => user(`15000000000000000${String(++n).padStart(2, '0')}`, `person${n}`);
const base = { platform: 'discord' };

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscordWith(
    { router: app.router, settings: { token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, readMessages: true }, common: { linkCooldownSeconds: 300, rateLimit: { questions: 100, windowSeconds: 60 } }, log: silentLogger, conversation: kit },
    { rest: { retries: 0, timeout: 2000 }, readyTimeoutMs: 3000 },
  );
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const answerTo = (id: string) => fake.waitFor((r) => r.method === 'POST' && r.body?.message_reference?.message_id === id);

describe('Discord follow-ups', () => {
  it('answers a follow-up in a thread for the other version, without a second mention', async () => {
    const asker = someone();
    const thread = threadCreate(CHANNEL_ID, asker, 'crb question');
    fake.dispatch('THREAD_CREATE', thread);
    const first = messageIn(thread.id, `<@${BOT.id}> how do I enable crb on almalinux 9`, asker, { mentions: [BOT] });
    fake.dispatch('MESSAGE_CREATE', first);
    const nine = await answerTo(first.id);
    expect(nine.path).toBe(`/channels/${thread.id}/messages`);
    expect(nine.body.embeds[0].description).toContain('--set-enabled crb');

    const follow = messageIn(thread.id, 'and on 8?', asker);
    fake.dispatch('MESSAGE_CREATE', follow);
    const eight = await answerTo(follow.id);
    expect(eight.body.embeds).toEqual(renderDiscord(app.router.handleText('how do I enable crb on almalinux 8?', base), { repliedUser: true }).embeds);
    expect(eight.body.embeds[0].description).toContain('--set-enabled powertools');
  });

  it('leaves people talking in the thread alone when the context does not explain them', async () => {
    const asker = someone();
    const thread = threadCreate(CHANNEL_ID, asker, 'chat');
    fake.dispatch('THREAD_CREATE', thread);
    const first = messageIn(thread.id, `<@${BOT.id}> what is epel`, asker, { mentions: [BOT] });
    fake.dispatch('MESSAGE_CREATE', first);
    await answerTo(first.id);
    const chatter = messageIn(thread.id, 'thanks, that helped a lot', someone());
    fake.dispatch('MESSAGE_CREATE', chatter);
    const sentinel = messageIn(thread.id, 'show the whole note', asker);
    fake.dispatch('MESSAGE_CREATE', sentinel);
    const whole = await answerTo(sentinel.id);
    expect(whole.body.embeds[0].title).toBe('EPEL');
    expect(fake.requests.some((r) => r.body?.message_reference?.message_id === chatter.id)).toBe(false);
  });

  it('follows a reply chain: a reply to the bot\'s answer is read with its question', async () => {
    const asker = someone();
    const ask = channelMessage(`<@${BOT.id}> is almalinux 8 still supported`, asker, [BOT]);
    fake.dispatch('MESSAGE_CREATE', ask);
    const answer = await answerTo(ask.id);
    const follow = replyTo(answer.response, 'same for centos?', asker);
    fake.dispatch('MESSAGE_CREATE', follow);
    const centos = await answerTo(follow.id);
    expect(centos.body.embeds[0].title).toBe(app.router.handleText('is CentOS 8 still supported', base).title);
    // Not explained by the context, but written to the bot: answered as a new question.
    const other = replyTo(centos.response, 'what is epel', asker);
    fake.dispatch('MESSAGE_CREATE', other);
    expect((await answerTo(other.id)).body.embeds[0].title).toBe('EPEL');
  });
});

describe('Discord 👍/👎', () => {
  it('puts the buttons under answers, records a click once per user, and acknowledges it privately', async () => {
    const asker = someone();
    const ask = channelMessage(`<@${BOT.id}> how do I enable crb on almalinux 9`, asker, [BOT]);
    fake.dispatch('MESSAGE_CREATE', ask);
    const answer = await answerTo(ask.id);
    const buttons = answer.body.components[0].components;
    expect(buttons.map((b: { emoji: { name: string } }) => b.emoji.name)).toEqual(['👍', '👎']);
    const down = buttons[1].custom_id as string;
    expect(down).toBe('vote:d:crb#almalinux-9-and-10');

    const click = async (from: object) => {
      const payload = buttonClick(down, answer.response, from);
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    };
    const voter = someone();
    const ack = await click(voter);
    expect(ack.body.type).toBe(4);
    expect(ack.body.data.flags & 64).toBe(64);
    expect(ack.body.data.content).toMatch(/^Thanks/);
    expect((await click(voter)).body.data.content).toMatch(/already rated/);
    await votes.flush();
    const recorded = await readVotes(dataDir);
    expect(recorded).toEqual([{ at: TODAY.toISOString(), platform: 'discord', verdict: 'down', kind: 'answer', note: 'crb', section: 'crb#almalinux-9-and-10' }]);
    expect(JSON.stringify(recorded)).not.toMatch(new RegExp(`${voter.id}|${asker.id}|enable`));
  });

  it('puts them under /ask answers too, but not under help or private replies', async () => {
    const cb = async (payload: { id: string; token: string }) => {
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
    };
    const ask = await cb(slashCommand('ask', { question: 'what is epel' }, someone()));
    expect(ask.body.data.components[0].components).toHaveLength(2);
    expect((await cb(slashCommand('help', {}, someone()))).body.data.components).toEqual([]);
    expect((await cb(slashCommand('ask', { question: 'what is epel', private: true }, someone()))).body.data.components).toEqual([]);
  });
});
