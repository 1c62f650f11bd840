import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BOT_TOKEN, FakeSlack } from './fakes/slack-api.ts';
import { slashCommand } from './fakes/slack-payloads.ts';
import { httpTransport, SIGNING_SECRET } from './fakes/slack-transport.ts';
import { fixtureDir } from './helpers.ts';
import { alive, botPid, npmReload, npmStart, parentOf, root, waitFor } from './npm-start-helpers.ts';

// Slack in HTTP mode started by `npm start`: SIGTERM sent to npm reaches the bot, which lets an
// answer in flight finish, closes its port and exits within 5 s; `npm run reload` re-reads notes.

let fake: FakeSlack;
let slow: Server;
/** response_url posts the slow endpoint received, and whether each was answered in full. */
const slowPosts: { body: string; finished: boolean }[] = [];
const SLOW_MS = 1500;

beforeAll(async () => {
  fake = await FakeSlack.start();
  slow = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const post = { body, finished: false };
      slowPosts.push(post);
      setTimeout(() => res.end('ok', () => (post.finished = true)), SLOW_MS);
    });
  });
  await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await fake.close();
  slow.closeAllConnections();
  await new Promise((resolve) => slow.close(resolve));
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

it('Slack HTTP mode under npm start: reload, then SIGTERM to npm finishes the answer in flight and exits within 5 s', async () => {
  const port = await freePort();
  const s = npmStart({ LOG_LEVEL: 'info', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HOST: '127.0.0.1', SLACK_PORT: String(port) });
  const pid = await botPid(s);
  expect(parentOf(pid)).toBe(s.npm.pid);
  await waitFor(() => s.err().includes('slack: connected'), 15_000, 'Slack listening');
  const slack = httpTransport(`http://127.0.0.1:${port}/slack/events`);

  const note = join(s.knowledgeDir, 'basics', 'what-is-almalinux.md');
  writeFileSync(note, readFileSync(note, 'utf8').replace('"Alma" means "soul"', '"Alma" means "soul", edited live'));
  expect((await npmReload(s.dataDir)).code).toBe(0);
  await waitFor(() => s.err().includes('knowledge reloaded'), 5000, 'the bot logged the reload');
  expect((await slack.command(slashCommand(`${fake.url}/respond/after-reload`, { text: 'what does alma mean in spanish' }))).status).toBe(200);
  const answered = await fake.until(() => fake.responses.find((r) => r.path === '/respond/after-reload'));
  expect(JSON.stringify(answered.body)).toContain('edited live');

  const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`;
  expect((await slack.command(slashCommand(slowUrl, { text: 'lifecycle 9' }))).status).toBe(200);
  await waitFor(() => slowPosts.length === 1, 5000, 'the answer is on its way');
  s.npm.kill('SIGTERM');
  const exit = await Promise.race([s.closed, new Promise((r) => setTimeout(r, 5000, 'still running after 5 s'))]);
  expect(exit).toEqual({ code: 0, signal: null });
  expect(slowPosts[0]!.finished).toBe(true);
  expect(slowPosts[0]!.body).toContain('AlmaLinux 9');
  expect(alive(pid)).toBe(false);
  expect(await portOpen(port)).toBe(false);
}, 40_000);

it('SIGHUP sent to npm (which dies of it) does not leave the bot answering unwatched', async () => {
  // The bot's stderr goes to a file: the pipes of a dead npm close, the file outlives them both.
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'npm-hup-'));
  const errFile = join(dataDir, 'stderr.log');
  spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), KNOWLEDGE_DIR: fixtureDir, DATA_DIR: dataDir, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HOST: '127.0.0.1', SLACK_PORT: String(port) },
    stdio: ['ignore', 'ignore', openSync(errFile, 'w')],
  });
  const pidFile = join(dataDir, 'bot.pid');
  const pid = await waitFor(() => existsSync(pidFile) && Number(readFileSync(pidFile, 'utf8')), 15_000, 'the bot wrote its pid file');
  await waitFor(() => readFileSync(errFile, 'utf8').includes('slack: connected'), 15_000, 'Slack listening');
  process.kill(parentOf(pid), 'SIGHUP');
  await waitFor(() => !alive(pid), 5000, 'the bot exited after npm');
  expect(readFileSync(errFile, 'utf8')).toContain('npm, which started the bot, has exited');
  expect(await portOpen(port)).toBe(false);
}, 30_000);
