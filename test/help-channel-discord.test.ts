import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversationKit } from '../adapters/conversation-kit.ts';
import { startDiscordWith } from '../adapters/discord/start-discord.ts';
import type { RunningPlatform } from '../adapters/platform.ts';
import type { Logger } from '../src/services.ts';
import { forumChannel, FORUM_ID, messageIn, threadCreate } from './fakes/discord-conversation.ts';
import { APP_ID, BOT, CHANNEL_ID, TOKEN, user } from './fakes/discord-ids.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord-server.ts';
import { fixtureApp } from './helpers.ts';

// A help forum with the real discord.js against the fake Discord: new posts answered by the bot
// once, when confident, and never after a person answered first.

const app = fixtureApp();
// A short wait before answering, so a person's quick reply can come first.
const settings = { feedback: false, helpMinConfidence: 0.75, helpDelaySeconds: 0.2, reminderLeadDays: [], reminderProducts: [] };
const kit = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings });
const HELP_TEXT = '1100000000000000008';
const logged: string[] = [];
const log: Logger = { debug() {}, info: (_o, m) => void logged.push(m ?? ''), warn() {}, error() {} };
let fake: FakeDiscord;
let bot: RunningPlatform;
let n = 0;
const someone = () => user(`16000000000000000${String(++n).padStart(2, '0')}`, `poster${n}`);

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscordWith(
    { router: app.router, settings: { token: TOKEN, appId: APP_ID, apiUrl: fake.apiUrl, readMessages: false, helpChannels: [FORUM_ID, HELP_TEXT] }, common: { linkCooldownSeconds: 300, rateLimit: { questions: 100, windowSeconds: 60 } }, log, conversation: kit },
    { rest: { retries: 0, timeout: 2000 }, readyTimeoutMs: 3000 },
  );
  fake.dispatch('CHANNEL_CREATE', forumChannel());
  fake.dispatch('CHANNEL_CREATE', { ...forumChannel(HELP_TEXT), type: 0, name: 'help-text' });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

/** A new forum post: the thread, then its first message (which has the thread's id). */
function post(title: string, text: string, from = someone()) {
  const thread = threadCreate(FORUM_ID, from, title);
  fake.dispatch('THREAD_CREATE', thread);
  const first = messageIn(thread.id, text, from, { id: thread.id });
  fake.dispatch('MESSAGE_CREATE', first);
  return { thread, first, from };
}

const postsIn = (threadId: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`);
const logLine = async (line: string, count: number) => {
  for (let i = 0; i < 100 && logged.filter((l) => l === line).length < count; i++) await new Promise((r) => setTimeout(r, 20));
  return logged.filter((l) => l === line).length;
};

describe('Discord help channels', () => {
  it('asks for the message content intent, which reading posts needs', () => {
    expect(fake.identifies[0].intents & 32768).toBe(32768);
  });

  it('answers a new forum post once, in its thread, when confident', async () => {
    const { thread, first } = post('Enable CRB', 'How do I enable CRB on AlmaLinux 9?');
    const answer = await fake.waitFor((r) => r.path === `/channels/${thread.id}/messages`);
    expect(answer.body.message_reference.message_id).toBe(first.id);
    expect(answer.body.embeds[0].description).toContain('--set-enabled crb');
    expect(answer.body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    // The same post delivered again (a resumed gateway session) is not answered twice.
    fake.dispatch('MESSAGE_CREATE', first);
    const later = post('EPEL', 'what is epel');
    await fake.waitFor((r) => r.path === `/channels/${later.thread.id}/messages`);
    expect(postsIn(thread.id)).toHaveLength(1);
  });

  it('stays silent when not confident', async () => {
    const before = logged.filter((l) => l.startsWith('help channel: not confident')).length;
    const { thread } = post('web server', 'how to install nginx with php-fpm behind haproxy');
    expect(await logLine('help channel: not confident enough; stayed silent', before + 1)).toBe(before + 1);
    expect(postsIn(thread.id)).toEqual([]);
  });

  it('stays silent when a person replied first, and never answers bots', async () => {
    const { thread } = post('crb', 'how do I enable crb on almalinux 9');
    fake.dispatch('MESSAGE_CREATE', messageIn(thread.id, 'run dnf config-manager --set-enabled crb', someone()));
    expect(await logLine('help channel: a person answered first; stayed silent', 1)).toBe(1);
    expect(postsIn(thread.id)).toEqual([]);

    const other = user('1400000000000000009', 'otherbot', { bot: true });
    const byBot = post('from a bot', 'how do I enable crb on almalinux 9', other);
    const mine = post('from me', 'how do I enable crb on almalinux 9', BOT);
    const sentinel = post('EPEL', 'what is epel');
    await fake.waitFor((r) => r.path === `/channels/${sentinel.thread.id}/messages`);
    expect([...postsIn(byBot.thread.id), ...postsIn(mine.thread.id)]).toEqual([]);
  });

  it('answers a new message in a help text channel as a reply, and not its replies', async () => {
    const from = someone();
    const question = messageIn(HELP_TEXT, 'how do I enable crb on almalinux 9', from);
    fake.dispatch('MESSAGE_CREATE', question);
    const answer = await fake.waitFor((r) => r.body?.message_reference?.message_id === question.id);
    expect(answer.path).toBe(`/channels/${HELP_TEXT}/messages`);
    expect(answer.body.embeds[0].description).toContain('--set-enabled crb');
    const reply = { ...messageIn(HELP_TEXT, 'what is epel', someone()), message_reference: { message_id: question.id, channel_id: HELP_TEXT } };
    fake.dispatch('MESSAGE_CREATE', reply);
    const sentinel = post('EPEL', 'what is epel');
    await fake.waitFor((r) => r.path === `/channels/${sentinel.thread.id}/messages`);
    expect(fake.requests.some((r) => r.body?.message_reference?.message_id === reply.id)).toBe(false);
  });

  it('answers nothing in channels that are not help channels', async () => {
    const thread = threadCreate(CHANNEL_ID, someone(), 'elsewhere');
    fake.dispatch('THREAD_CREATE', thread);
    fake.dispatch('MESSAGE_CREATE', messageIn(thread.id, 'how do I enable crb on almalinux 9', someone(), { id: thread.id }));
    const sentinel = post('EPEL', 'what is epel');
    await fake.waitFor((r) => r.path === `/channels/${sentinel.thread.id}/messages`);
    expect(postsIn(thread.id)).toEqual([]);
  });
});

describe('Discord help channels, suggesting notes when unsure', () => {
  it('links the closest notes instead of answering when below the threshold, once', async () => {
    const own = await startFakeDiscord();
    // 1, the highest setting: only an exact note name reaches it, so a sure answer to the question below is still too unsure.
    const unsure = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings: { ...settings, helpMinConfidence: 1, helpDelaySeconds: 0, helpSuggest: true } });
    const running = await startDiscordWith(
      { router: app.router, settings: { token: TOKEN, appId: APP_ID, apiUrl: own.apiUrl, readMessages: false, helpChannels: [FORUM_ID] }, common: { linkCooldownSeconds: 300, rateLimit: { questions: 100, windowSeconds: 60 } }, log, conversation: unsure },
      { rest: { retries: 0, timeout: 2000 }, readyTimeoutMs: 3000 },
    );
    own.dispatch('CHANNEL_CREATE', forumChannel());
    const from = someone();
    const thread = threadCreate(FORUM_ID, from, 'crb');
    own.dispatch('THREAD_CREATE', thread);
    own.dispatch('MESSAGE_CREATE', messageIn(thread.id, 'how do I enable crb on almalinux 9', from, { id: thread.id }));
    const links = await own.waitFor((r) => r.path === `/channels/${thread.id}/messages`);
    expect(links.body.content).toContain('These notes may help');
    expect(links.body.content).toContain('PowerTools and CRB');
    expect(links.body.embeds).toEqual([]);
    await running.stop();
    await own.close();
  });
});
