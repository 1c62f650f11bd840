import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMissLog } from '../src/misses.ts';
import { silentLogger, type Logger } from '../src/services.ts';
import { BOT_TOKEN, FakeSlack } from './fakes/slack-api.ts';
import { SIGNING_SECRET } from './fakes/slack-transport.ts';
import { fixtureDir } from './helpers.ts';

// DATA_DIR is where the bot writes at run time. One it cannot use must cost one warning, never the bot.

const tmp = () => mkdtempSync(join(tmpdir(), 'data-dir-'));
const warnings = () => {
  const seen: object[] = [];
  const log: Logger = { ...silentLogger, warn: (o) => void seen.push(o) };
  return { seen, log };
};
const miss = (question: string) => ({ question, platform: 'slack', confidence: 0.1 });

describe('a DATA_DIR that cannot be used', () => {
  const file = join(tmp(), 'a-file');
  writeFileSync(file, 'x');

  for (const [what, dir] of [['a file', file], ['a path under a file', join(file, 'sub')], ['a folder nobody may write', '/proc']] as const) {
    it(`(${what}) gives one warning and nothing else`, async () => {
      const { seen, log: logger } = warnings();
      const log = createMissLog(dir, logger);
      log.record(miss('a'));
      log.record(miss('b'));
      await log.flush();
      expect(seen).toHaveLength(1);
      expect(JSON.stringify(seen[0])).toContain(dir);
    });
  }

  it('leaves `npm start` answering, with one warning line and no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: fixtureDir, DATA_DIR: join(file, 'sub'), NO_COLOR: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdin.end('how do I enable crb on 9\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('sudo dnf config-manager --set-enabled crb');
    expect(err).not.toContain('    at ');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('DATA_DIR');
    expect(existsSync(join(file, 'sub'))).toBe(false);
  });

  it('leaves a platform (Slack, HTTP mode) starting and serving, with one warning and no stack trace', async () => {
    const fake = await FakeSlack.start();
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: fixtureDir, DATA_DIR: file, LOG_LEVEL: 'info', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_HOST: '127.0.0.1', SLACK_PORT: '0' },
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const closed = new Promise((resolve) => child.on('close', (code) => resolve(code)));
    for (let i = 0; i < 150 && !err.includes('slack: connected'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(err).toContain('slack: connected');
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
    await fake.close();
    expect(err).not.toContain('    at ');
    const warnings = err.split('\n').filter((l) => /"level":(40|50|60)/.test(l));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('DATA_DIR');
  }, 20_000);
});
