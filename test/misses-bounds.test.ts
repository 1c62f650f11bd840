import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { createMissLog, MISSES_FILE, MISSES_OLD_FILE, topMisses } from '../src/misses.ts';
import { scrubPersonal } from '../src/scrub.ts';
import { silentLogger, type Logger } from '../src/services.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'misses-'));
const warnings = () => {
  const seen: object[] = [];
  const log: Logger = { ...silentLogger, warn: (o) => void seen.push(o) };
  return { seen, log };
};
const miss = (question: string) => ({ question, platform: 'slack', confidence: 0.1 });

describe('personal data in unanswered questions', () => {
  it('is replaced before anything is written, leaving versions and error text', async () => {
    const dir = tmp();
    const log = createMissLog(dir, silentLogger);
    const personal = ['jo.doe+x@example.co.uk', '4111 1111 1111 1111', '+1 555-123-4567', '192.168.10.20', '2001:db8::1', 'xoxb-1234-5678-abcdefgh', 'ghp_abcdefghijklmnopqrstuvwxyz012345'];
    log.record(miss(`dnf fails on 5.14.0-427.13.1.el9_4 at 10:30:00 for ${personal.join(' and ')}`));
    await log.flush();
    const raw = readFileSync(join(dir, MISSES_FILE), 'utf8');
    for (const p of personal) expect(raw).not.toContain(p);
    expect(raw).toContain('5.14.0-427.13.1.el9_4');
    expect(raw).toContain('10:30:00');
    expect(raw).toContain('[email]');
    expect(raw).toContain('[number]');
    expect(raw).toContain('[ip]');
    expect(raw).toContain('[token]');
  });

  it('keeps plain questions as they were', () => {
    for (const q of ['how do I enable crb on 9.4', 'error: Failed to download metadata for repo appstream', 'upgrade 8.10 to 9']) expect(scrubPersonal(q)).toBe(q);
  });
});

describe('misses log bounds', () => {
  it('rotates at its size bound: at most two files, each under the bound, newest kept', async () => {
    const dir = tmp();
    const log = createMissLog(dir, silentLogger, undefined, { maxBytes: 20_000 });
    for (let i = 0; i < 1000; i++) {
      log.record(miss(`question number ${i} ${'x'.repeat(100)}`));
      if (i % 100 === 99) await log.flush();
    }
    await log.flush();
    expect(statSync(join(dir, MISSES_FILE)).size).toBeLessThanOrEqual(20_000);
    expect(statSync(join(dir, MISSES_OLD_FILE)).size).toBeLessThanOrEqual(20_000);
    const top = await topMisses(dir, 1000);
    expect(top.some((t) => t.question.startsWith('question number 999 '))).toBe(true);
    expect(top.some((t) => t.question.startsWith('question number 0 '))).toBe(false);
  });

  it('keeps only the start of a long question, and never half an emoji', async () => {
    const dir = tmp();
    const log = createMissLog(dir, silentLogger);
    log.record(miss(`${'a'.repeat(199)}🐧${'b'.repeat(5000)}`));
    await log.flush();
    const [entry] = readFileSync(join(dir, MISSES_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { question: string });
    expect(entry!.question.length).toBeLessThanOrEqual(200);
    expect(entry!.question).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('holds at most its queue bound in memory and warns once when misses come faster than the disk', async () => {
    const dir = tmp();
    const { seen, log: logger } = warnings();
    const log = createMissLog(dir, logger, undefined, { maxQueued: 50 });
    for (let i = 0; i < 10_000; i++) log.record(miss(`flood ${i}`));
    await log.flush();
    const lines = readFileSync(join(dir, MISSES_FILE), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(50);
    expect(lines.length).toBeLessThanOrEqual(100);
    expect(seen).toHaveLength(1);
  });

  it('is off with MISSES_LOG=false, on by default', () => {
    expect(readConfig({}).settings.missesLog).toBe(true);
    expect(readConfig({ MISSES_LOG: 'false' }).settings.missesLog).toBe(false);
    expect(readConfig({ MISSES_LOG: 'maybe' }).problems).toEqual(['MISSES_LOG must be true or false']);
  });
});
