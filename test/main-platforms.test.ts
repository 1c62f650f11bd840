import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord-server.ts';
import { APP_ID, TOKEN } from './fakes/discord-ids.ts';
import { APP_TOKEN, FakeSlack } from './fakes/slack-api.ts';
import { fixtureDir } from './helpers.ts';

// `npm start` as a user runs it, with both platforms configured: Discord works, Slack's token is
// rejected. Slack fails in one line naming it; Discord keeps answering; SIGTERM exits cleanly.

let discord: FakeDiscord;
let slack: FakeSlack;
beforeAll(async () => {
  discord = await startFakeDiscord();
  slack = await FakeSlack.start();
});
afterAll(async () => {
  await discord.close();
  await slack.close();
});

it('a rejected Slack token stops only Slack; Discord runs and shuts down on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      PATH: process.env.PATH,
      KNOWLEDGE_DIR: fixtureDir,
      DATA_DIR: join(import.meta.dirname, '..', 'node_modules', '.cache', 'test-data'),
      LOG_LEVEL: 'warn',
      DISCORD_TOKEN: TOKEN,
      DISCORD_APP_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-this-token-is-wrong',
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: slack.apiUrl,
    },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (let i = 0; i < 100 && !(discord.identifies.length && stderr.includes('Slack')); i++) await new Promise((r) => setTimeout(r, 100));

  expect(discord.identifies).toHaveLength(1);
  const slackLines = stderr.split('\n').filter((l) => l.startsWith('Slack'));
  expect(slackLines).toHaveLength(1);
  expect(slackLines[0]).toContain('SLACK_BOT_TOKEN');
  expect(stderr).not.toContain('xoxb-this-token-is-wrong');

  child.kill('SIGTERM');
  expect(await closed).toBe(0);
}, 20_000);
