import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMissLog, MISSES_FILE, topMisses } from '../src/misses.ts';
import type { Logger } from '../src/services.ts';
import { fixtureApp } from './helpers.ts';

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

describe('miss log', () => {
  it('records unanswered questions from chat without user ids, and ranks them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'misses-'));
    const misses = createMissLog(dir, quiet, () => new Date('2026-11-28T10:00:00Z'));
    const { router } = fixtureApp({ recordMiss: misses.record });
    for (const q of ['How to tune my printer?', 'how to  tune my printer?', 'what is zfs dedup']) {
      router.handleText(q, { platform: 'discord', user: { id: 'U123', name: 'alice' } });
    }
    router.handleText('enable crb on 9', { platform: 'discord', user: { id: 'U123' } });
    await misses.flush();
    const raw = readFileSync(join(dir, MISSES_FILE), 'utf8');
    expect(raw).not.toContain('U123');
    expect(raw).not.toContain('alice');
    expect(raw.trim().split('\n')).toHaveLength(3);
    const top = await topMisses(dir, 10);
    expect(top.map((t) => [t.question, t.count])).toEqual([['How to tune my printer?', 2], ['what is zfs dedup', 1]]);
  });

  it('keeps answering and warns once when the folder is not writable', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'misses-')), 'not-a-dir');
    writeFileSync(file, 'x');
    chmodSync(file, 0o400);
    const warnings: object[] = [];
    const misses = createMissLog(file, { ...quiet, warn: (o) => void warnings.push(o) });
    misses.record({ question: 'a', platform: 'x', confidence: 0 });
    misses.record({ question: 'b', platform: 'x', confidence: 0 });
    await misses.flush();
    expect(warnings).toHaveLength(1);
  });

  it('reads nothing from a folder without a log', async () => {
    expect(await topMisses(mkdtempSync(join(tmpdir(), 'misses-')), 5)).toEqual([]);
  });
});
