import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMissLog } from '../src/misses.ts';
import { silentLogger, type Logger } from '../src/services.ts';
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
});
