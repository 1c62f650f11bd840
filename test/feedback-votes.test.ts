import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFeedbackDesk, sectionOf } from '../src/feedback/feedback.ts';
import { feedbackReport, formatReport } from '../src/feedback/report.ts';
import { decodeVote, encodeVote, MAX_VOTE_ID } from '../src/feedback/vote.ts';
import { createVoteLog, FEEDBACK_FILE, FEEDBACK_OLD_FILE, readVotes } from '../src/feedback/vote-log.ts';
import { topMisses, createMissLog } from '../src/misses.ts';
import { silentLogger, type Miss } from '../src/services.ts';
import { fixtureApp, TODAY } from './helpers.ts';

const app = fixtureApp();
const base = { platform: 'test' };
const tmp = () => mkdtempSync(join(tmpdir(), 'feedback-'));

describe('vote ids', () => {
  it('round-trip, stay within Discord\'s 100 characters, and refuse foreign ids', () => {
    const section = { kind: 'answer' as const, section: 'crb#almalinux-9-and-10' };
    expect(decodeVote(encodeVote('down', section))).toEqual({ verdict: 'down', target: section });
    expect(decodeVote(encodeVote('up', { kind: 'lifecycle' }))).toEqual({ verdict: 'up', target: { kind: 'lifecycle' } });
    expect(decodeVote(encodeVote('down', { kind: 'unknown', token: 'abc' }))).toEqual({ verdict: 'down', target: { kind: 'unknown', token: 'abc' } });
    const long = encodeVote('up', { kind: 'answer', section: `note#${'x'.repeat(200)}` });
    expect(long.length).toBeLessThanOrEqual(MAX_VOTE_ID);
    expect(decodeVote(long)?.target).toEqual({ kind: 'answer', section: 'note' });
    for (const bad of ['vote:x:crb', 'other:u:crb', 'vote:u:', 'vote:u:a b', `vote:u:${'y'.repeat(120)}`]) expect(decodeVote(bad)).toBeNull();
  });
});

describe('feedback desk', () => {
  function desk(extra: { recordMiss?: (m: Miss) => void; clock?: () => number } = {}) {
    const dir = tmp();
    const votes = createVoteLog(dir, silentLogger);
    return { dir, votes, desk: createFeedbackDesk({ knowledge: () => app.services.knowledge, votes, now: () => TODAY, ...extra }) };
  }

  it('rates answers, lifecycle and "I don\'t know", but not help or links', () => {
    const { desk: d } = desk();
    const crb = app.router.handleText('how do I enable crb on almalinux 9', base);
    expect(sectionOf(app.services.knowledge, crb)).toBe('crb#almalinux-9-and-10');
    expect(d.buttons(crb)).toEqual({ up: 'vote:u:crb#almalinux-9-and-10', down: 'vote:d:crb#almalinux-9-and-10' });
    expect(d.buttons(app.router.handleText('lifecycle 9', base))?.down).toBe('vote:d:@lifecycle');
    expect(d.buttons(app.router.handleText('how to install nginx', base), 'how to install nginx')?.down).toMatch(/^vote:d:\?[\w-]{8}$/);
    expect(d.buttons(app.router.handleText('help', base))).toBeNull();
    expect(d.buttons(app.router.handleText('docs crb', base))).toBeNull();
  });

  it('records one vote per user per answer, with no user id and no question text', async () => {
    const { desk: d, votes, dir } = desk();
    const ids = d.buttons(app.router.handleText('how do I enable crb on almalinux 9', base))!;
    expect(d.vote(ids.down, { voter: 'U-alice', answer: 'm1', platform: 'slack' })).toBe('recorded');
    expect(d.vote(ids.up, { voter: 'U-alice', answer: 'm1', platform: 'slack' })).toBe('again');
    expect(d.vote(ids.up, { voter: 'U-bob', answer: 'm1', platform: 'slack' })).toBe('recorded');
    expect(d.vote(ids.up, { voter: 'U-alice', answer: 'm2', platform: 'slack' })).toBe('recorded');
    expect(d.vote('vote:u:has space', { voter: 'U-bob', answer: 'm3', platform: 'slack' })).toBe('invalid');
    await votes.flush();
    const text = readFileSync(join(dir, FEEDBACK_FILE), 'utf8');
    expect(text).not.toMatch(/U-alice|U-bob|m1|enable/);
    expect(await readVotes(dir)).toEqual([
      { at: TODAY.toISOString(), platform: 'slack', verdict: 'down', kind: 'answer', note: 'crb', section: 'crb#almalinux-9-and-10' },
      { at: TODAY.toISOString(), platform: 'slack', verdict: 'up', kind: 'answer', note: 'crb', section: 'crb#almalinux-9-and-10' },
      { at: TODAY.toISOString(), platform: 'slack', verdict: 'up', kind: 'answer', note: 'crb', section: 'crb#almalinux-9-and-10' },
    ]);
  });

  it('forgets who voted once the answer is no longer recent', () => {
    let t = 10_000;
    const { desk: d } = desk({ clock: () => t });
    const ids = d.buttons(app.router.handleText('what is epel', base))!;
    expect(d.vote(ids.up, { voter: 'u', answer: 'm', platform: 'discord' })).toBe('recorded');
    t += 24 * 60 * 60 * 1000 + 1;
    expect(d.vote(ids.up, { voter: 'u', answer: 'm', platform: 'discord' })).toBe('recorded');
  });

  it('counts a 👎 on "I don\'t know" toward the misses report', async () => {
    const dir = tmp();
    const misses = createMissLog(dir, silentLogger, () => TODAY);
    const { desk: d } = desk({ recordMiss: misses.record });
    const question = 'how to install nginx';
    const ids = d.buttons(app.router.handleText(question, base), question)!;
    d.vote(ids.down, { voter: 'u', answer: 'm', platform: 'discord' });
    await misses.flush();
    expect(await topMisses(dir, 5)).toEqual([{ question, count: 1, last: TODAY.toISOString() }]);
  });
});

describe('vote log and report', () => {
  it('stays bounded: past the limit the file rolls over, and both halves are read', async () => {
    const dir = tmp();
    const log = createVoteLog(dir, silentLogger, { maxBytes: 600 });
    const vote = (verdict: 'up' | 'down', i: number) => ({ at: TODAY.toISOString(), platform: 'discord', verdict, kind: 'answer' as const, note: `n${i % 2}`, section: `n${i % 2}#s` });
    for (let i = 0; i < 20; i++) log.record(vote(i % 3 ? 'down' : 'up', i));
    await log.flush();
    const now = readFileSync(join(dir, FEEDBACK_FILE), 'utf8');
    expect(now.length).toBeLessThanOrEqual(600);
    expect(readFileSync(join(dir, FEEDBACK_OLD_FILE), 'utf8').length).toBeLessThanOrEqual(600);
    expect((await readVotes(dir)).length).toBeLessThan(20);
  });

  it('ranks notes and sections by 👎 with their ratio, and counts 👎 on "I don\'t know"', () => {
    const v = (verdict: 'up' | 'down', kind: 'answer' | 'unknown' | 'lifecycle', section: string | null) => ({ at: '', platform: 'p', verdict, kind, note: section?.split('#')[0] ?? null, section });
    const report = feedbackReport([v('down', 'answer', 'crb#a'), v('down', 'answer', 'crb#a'), v('up', 'answer', 'crb'), v('down', 'answer', 'epel'), v('up', 'answer', 'epel'), v('up', 'answer', 'epel'), v('down', 'unknown', null), v('up', 'lifecycle', null)]);
    expect(report.notes).toEqual([{ key: 'crb', up: 1, down: 2, ratio: 2 / 3 }, { key: 'epel', up: 2, down: 1, ratio: 1 / 3 }]);
    expect(report.sections).toEqual([{ key: 'crb#a', up: 0, down: 2, ratio: 1 }]);
    expect(report.unknownDown).toBe(1);
    expect(formatReport(report)).toContain('    2   67%     1  crb');
  });

  it('`npm run feedback` prints the report from DATA_DIR', () => {
    const dir = tmp();
    const line = (verdict: string) => JSON.stringify({ at: TODAY.toISOString(), platform: 'slack', verdict, kind: 'answer', note: 'epel', section: 'epel' });
    writeFileSync(join(dir, FEEDBACK_FILE), `${line('down')}\n${line('down')}\n${line('up')}\n{"torn`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/feedback.ts'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
    expect(out).toContain('3 votes.');
    expect(out).toContain('    2   67%     1  epel');
    const json = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/feedback.ts', '--json'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' }));
    expect(json.notes[0]).toEqual({ key: 'epel', up: 1, down: 2, ratio: 2 / 3 });
  });
});
