import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { startDiscordWith, type DiscordDeps } from '../adapters/discord/start-discord.ts';
import type { RunningPlatform } from '../adapters/platform.ts';
import { silentLogger, type ChatRequest } from '../src/services.ts';
import { autocomplete, channelMessage, slashCommand } from './fakes/discord-events.ts';
import { APP_ID, BOT, CHANNEL_ID, TOKEN, user } from './fakes/discord-ids.ts';
import { startFakeDiscord, type FakeDiscord, type Recorded } from './fakes/discord-server.ts';
import { fixtureApp } from './helpers.ts';

// The real discord.js client against the fake Discord on 127.0.0.1: events in, recorded requests out.

const { router } = fixtureApp();
const clock = { t: Date.parse('2026-11-28T12:00:00Z') };
const tests = { rest: { retries: 0, timeout: 2000 }, now: () => clock.t, readyTimeoutMs: 3000 };
let fake: FakeDiscord;
let bot: RunningPlatform;
let userCount = 0;
/** A fresh user per test, so the per-user rate limit of one test never touches another. */
const someone = () => user(`13000000000000000${String(++userCount).padStart(2, '0')}`, `user${userCount}`);

function deps(overrides: Partial<DiscordDeps['settings']> = {}, rest: Partial<DiscordDeps> = {}, on: FakeDiscord = fake): DiscordDeps {
  return {
    router,
    settings: { token: TOKEN, appId: APP_ID, apiUrl: on.apiUrl, readMessages: true, ...overrides },
    common: { linkCooldownSeconds: 300, rateLimit: { questions: 3, windowSeconds: 60 } },
    log: silentLogger,
    ...rest,
  };
}

async function callback(payload: { id: string; token: string }, on: FakeDiscord = fake): Promise<Recorded> {
  on.dispatch('INTERACTION_CREATE', payload);
  return on.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
}

function request(command: string, args: ChatRequest['args'], from: { id: string; username: string }): ChatRequest {
  return { command, args, platform: 'discord', user: { id: from.id, name: from.username }, channel: CHANNEL_ID };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscordWith(deps(), tests);
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('Discord end to end', () => {
  it('logs in with the minimal intents and gets ready', () => {
    // Guilds (1) + GuildMessages (512) + MessageContent (32768, asked for because readMessages is on).
    expect(fake.identifies[0]).toMatchObject({ token: TOKEN, intents: 1 | 512 | 32768 });
  });

  it('/ask answers with the rendered reply, public, pinging nobody', async () => {
    const asker = someone();
    const question = 'how do I enable crb on almalinux 9';
    const cb = await callback(slashCommand('ask', { question }, asker));
    expect(cb.body.type).toBe(4);
    const reply = router.handle(request('ask', { question }, asker));
    expect(cb.body.data.embeds).toEqual(renderDiscord(reply).embeds);
    // The note's hard-wrapped lines arrive joined, as Discord would otherwise show each break.
    const lastParagraph = reply.body.split('\n\n').at(-1)!;
    expect(cb.body.data.embeds[0].description).toContain(lastParagraph.replace(/\n/g, ' '));
    expect(cb.body.data.embeds[0].url).toBe(reply.sources[0]!.url);
    expect(cb.body.data.flags ?? 0).toBe(0);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('/ask for a user names that user and allows exactly that one mention', async () => {
    const [asker, target] = [someone(), someone()];
    const cb = await callback(slashCommand('ask', { question: 'what is epel', for: target.id }, asker, [target]));
    expect(cb.body.data.content).toBe(`For <@${target.id}>:`);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], users: [target.id] });
  });

  it('/ask private is ephemeral; /help is always ephemeral', async () => {
    const asker = someone();
    const priv = await callback(slashCommand('ask', { question: 'what is epel', private: true }, asker));
    expect(priv.body.data.flags & 64).toBe(64);
    const help = await callback(slashCommand('help', {}, asker));
    expect(help.body.type).toBe(4);
    expect(help.body.data.flags & 64).toBe(64);
    expect(help.body.data.embeds[0].description).toContain('/docs'.slice(1));
    expect(help.body.data.embeds).toEqual(renderDiscord(router.handle(request('help', {}, asker))).embeds);
  });

  it('/docs links the topic in the content, and an unknown topic privately and harmlessly', async () => {
    const asker = someone();
    const docs = await callback(slashCommand('docs', { topic: 'crb' }, asker));
    const crb = router.handle(request('docs', { topic: 'crb' }, asker)).sources[0]!;
    expect(docs.body.data.content).toContain(crb.url);
    expect(docs.body.data.flags ?? 0).toBe(0);
    const unknown = await callback(slashCommand('docs', { topic: '@everyone <@&1234567890123456789> nonsense' }, asker));
    expect(unknown.body.data.flags & 64).toBe(64);
    expect(unknown.body.data.embeds[0].description).toContain('`@everyone <@&1234567890123456789> nonsense`');
    expect(unknown.body.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('/lifecycle answers from the lifecycle data', async () => {
    const asker = someone();
    const cb = await callback(slashCommand('lifecycle', { version: '9' }, asker));
    expect(cb.body.type).toBe(4);
    const expected = renderDiscord(router.handle(request('lifecycle', { version: '9' }, asker)));
    expect(cb.body.data.embeds).toEqual(expected.embeds);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('autocompletes /docs topic and /lifecycle version with the router\'s choices', async () => {
    for (const [command, option, partial] of [['docs', 'topic', 'ep'], ['docs', 'topic', ''], ['lifecycle', 'version', ''], ['lifecycle', 'version', '9']] as const) {
      const cb = await callback(autocomplete(command, option, partial, someone()));
      expect(cb.body.type).toBe(8);
      expect(cb.body.data.choices).toEqual(router.autocomplete(command, option, partial).slice(0, 25));
    }
    const docs = await callback(autocomplete('docs', 'topic', 'ep'));
    expect(docs.body.data.choices).toContainEqual({ name: 'EPEL', value: 'epel' });
  });

  it('answers a mention with a reply to that message, with the question after the mention', async () => {
    const asker = someone();
    const msg = channelMessage(`<@${BOT.id}> how do I enable crb on almalinux 9`, asker, [BOT]);
    fake.dispatch('MESSAGE_CREATE', msg);
    const sent = await fake.waitFor((r) => r.body?.message_reference?.message_id === msg.id);
    expect(sent.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    const expected = renderDiscord(router.handleText('how do I enable crb on almalinux 9', { platform: 'discord' }), { repliedUser: true });
    expect(sent.body.embeds).toEqual(expected.embeds);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: true });
  });

  it('never pings @everyone, @here or roles written in a question', async () => {
    const asker = someone();
    const noise = '@everyone @here <@&1234567890123456789>';
    const ask = channelMessage(`<@${BOT.id}> ${noise} how do I enable crb`, asker, [BOT]);
    fake.dispatch('MESSAGE_CREATE', ask);
    const answer = await fake.waitFor((r) => r.body?.message_reference?.message_id === ask.id);
    expect(answer.body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: true });

    // An unknown topic is echoed back (privately, by DM): the echo must not ping either.
    const docs = channelMessage(`<@${BOT.id}> docs ${noise} nothing-like-this`, asker, [BOT]);
    fake.dispatch('MESSAGE_CREATE', docs);
    const dm = await fake.waitFor((r) => r.path === '/users/@me/channels' && r.body.recipient_id === asker.id);
    expect(dm.method).toBe('POST');
    const sent = await fake.waitFor((r) => r.method === 'POST' && JSON.stringify(r.body ?? '').includes('nothing-like-this'));
    expect(sent.path).not.toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(sent.body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    expect(sent.body.embeds[0].description).toContain(`\`${noise} nothing-like-this\``);

    const question = await callback(slashCommand('ask', { question: `${noise} how do I enable crb` }, asker));
    expect(question.body.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('links [[crb]] in a channel once per cooldown, and ignores bots', async () => {
    clock.t += 3_600_000; // a fresh cooldown and rate window
    const replies = () => fake.requests.filter((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body?.allowed_mentions?.replied_user === false);
    const before = replies().length;
    const crbUrl = router.docLinks('[[crb]]')!.reply.sources[0]!.url;
    const first = channelMessage('you need [[crb]] for that', someone());
    fake.dispatch('MESSAGE_CREATE', first);
    const link = await fake.waitFor((r) => r.body?.message_reference?.message_id === first.id);
    expect(link.body.content).toContain(crbUrl);
    expect(link.body.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });

    fake.dispatch('MESSAGE_CREATE', channelMessage('again [[crb]]', someone()));
    fake.dispatch('MESSAGE_CREATE', channelMessage('bots too: [[epel]]', user('1400000000000000001', 'otherbot', { bot: true })));
    const epel = channelMessage('and [[epel]]', someone());
    fake.dispatch('MESSAGE_CREATE', epel);
    await fake.waitFor((r) => r.body?.message_reference?.message_id === epel.id);
    // Only two link replies: crb once (cooldown), epel once (the bot's message was ignored, so
    // it did not start epel's cooldown).
    expect(replies().length - before).toBe(2);

    clock.t += 301_000;
    // Past the cooldown both are linked again; several links come without previews (flag 4).
    const later = channelMessage('[[crb]] and [[epel]] again, much later', someone());
    fake.dispatch('MESSAGE_CREATE', later);
    const both = await fake.waitFor((r) => r.body?.message_reference?.message_id === later.id);
    expect(both.body.content).toContain(crbUrl);
    expect(both.body.content).toContain(router.docLinks('[[epel]]')!.reply.sources[0]!.url);
    expect(both.body.flags & 4).toBe(4);
  });

  it('slows a flooding user down with one private notice per window', async () => {
    clock.t += 3_600_000;
    const flooder = someone();
    const messages = Array.from({ length: 5 }, (_, i) => channelMessage(`<@${BOT.id}> what is epel ${i}`, flooder, [BOT]));
    for (const m of messages) fake.dispatch('MESSAGE_CREATE', m);
    const sentinel = channelMessage(`<@${BOT.id}> what is epel`, someone(), [BOT]);
    fake.dispatch('MESSAGE_CREATE', sentinel);
    await fake.waitFor((r) => r.body?.message_reference?.message_id === sentinel.id);
    const answered = messages.filter((m) => fake.requests.some((r) => r.body?.message_reference?.message_id === m.id));
    expect(answered).toEqual(messages.slice(0, 3));
    const notices = fake.requests.filter((r) => JSON.stringify(r.body ?? '').includes('Slow down'));
    expect(notices).toHaveLength(1);

    const slash = await callback(slashCommand('ask', { question: 'what is epel' }, flooder));
    expect(slash.body.data.flags & 64).toBe(64);
    expect(slash.body.data.embeds[0].title).toContain('Slow down');
  });
});

describe('Discord start and stop', () => {
  // Each test talks to its own fake, so the shared client above does not answer its events.
  let own: FakeDiscord;
  beforeEach(async () => {
    own = await startFakeDiscord();
  });
  afterEach(async () => {
    await own.close();
  });

  it('asks for no privileged intent when channel messages are off', async () => {
    const quiet = await startDiscordWith(deps({ readMessages: false }, {}, own), tests);
    expect(own.identifies.at(-1).intents).toBe(1 | 512);
    await quiet.stop();
  });

  it('defers an answer that takes longer than the deadline, then fills it in', async () => {
    const slow = { ...router, handle: (r: ChatRequest) => new Promise<ReturnType<typeof router.handle>>((resolve) => setTimeout(() => resolve(router.handle(r)), 150)) };
    const lagging = await startDiscordWith(deps({}, { router: slow }, own), { ...tests, deferAfterMs: 20 });
    const cmd = slashCommand('ask', { question: 'what is epel' }, someone());
    const cb = await callback(cmd, own);
    expect(cb.body.type).toBe(5);
    const edit = await own.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${cmd.token}/messages/@original`);
    expect(edit.body.embeds[0].title).toBe(router.handle(request('ask', { question: 'what is epel' }, someone())).title);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], users: [] });
    await lagging.stop();
  });

  it('rejects a bad token with one line naming Discord and DISCORD_TOKEN', async () => {
    const failure = startDiscordWith(deps({ token: 'not-the-token' }, {}, own), tests);
    await expect(failure).rejects.toThrow(/^Discord: DISCORD_TOKEN [^\n]+$/);
  });

  it('stops cleanly: events after stop() are no longer answered', async () => {
    const running = await startDiscordWith(deps({}, {}, own), tests);
    await running.stop();
    const before = own.requests.length;
    own.dispatch('MESSAGE_CREATE', channelMessage(`<@${BOT.id}> what is epel`, someone(), [BOT]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own.requests.length).toBe(before);
  });
});
