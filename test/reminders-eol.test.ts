import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLifecycle } from '../src/lifecycle/load-lifecycle.ts';
import type { Reply } from '../src/reply.ts';
import { daysUntil, dueReminders, milestones } from '../src/reminders/milestones.ts';
import { createReminders, stateFile } from '../src/reminders/reminders.ts';
import { silentLogger } from '../src/services.ts';
import { fixtureDir } from './helpers.ts';

const data = loadLifecycle(join(fixtureDir, 'lifecycle.json')).current();
const alma9Active = data.almalinux.find((m) => m.major === '9')!.activeSupportEnd!.value;
const dayBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000 + 9 * 3_600_000);

describe('milestones and due reminders', () => {
  it('lists AlmaLinux active and security support ends, and other products only when asked', () => {
    const alma = milestones(data, ['almalinux']);
    expect(alma.map((m) => m.key)).toContain('almalinux-9:active');
    expect(alma.map((m) => m.key)).toContain('almalinux-9:security');
    expect(alma.every((m) => m.product === 'almalinux')).toBe(true);
    const withCentos = milestones(data, ['almalinux', 'centos']);
    expect(withCentos.some((m) => m.product === 'centos')).toBe(true);
  });

  it('is due at each lead time once, and only the nearest lead when started late', () => {
    const one = milestones(data, ['almalinux']).filter((m) => m.key === 'almalinux-9:active');
    const at = (n: number, sent: string[] = []) => dueReminders(one, dayBefore(alma9Active, n).toISOString().slice(0, 10), [180, 30, 7], new Set(sent)).map((d) => d.key);
    expect(at(181)).toEqual([]);
    expect(at(180)).toEqual(['almalinux-9:active:180']);
    expect(at(100, ['almalinux-9:active:180'])).toEqual([]);
    expect(at(20)).toEqual(['almalinux-9:active:30']);
    expect(at(7, ['almalinux-9:active:180', 'almalinux-9:active:30'])).toEqual(['almalinux-9:active:7']);
    expect(at(0)).toEqual(['almalinux-9:active:7']);
    expect(at(-1)).toEqual([]);
    expect(daysUntil('2026-12-01', '2026-12-31')).toBe(30);
  });
});

describe('reminder scheduler', () => {
  function setup(dir = mkdtempSync(join(tmpdir(), 'reminders-'))) {
    const clock = { now: dayBefore(alma9Active, 180) };
    const posts: Reply[] = [];
    const make = () => createReminders({ name: 'test', dataDir: dir, data: () => data, post: async (r) => void posts.push(r), now: () => clock.now, log: silentLogger });
    return { dir, clock, posts, make };
  }

  it('posts the dates and the way forward once per lead time, and not again after a restart', async () => {
    const { dir, clock, posts, make } = setup();
    let reminders = make();
    expect(await reminders.check()).toBe(1);
    const [first] = posts;
    expect(first!.title).toBe('End of active support: AlmaLinux OS 9');
    expect(first!.body).toContain(`**${alma9Active}**, in 180 days`);
    expect(first!.body).toContain('security fixes only, until **2032-05-31**');
    expect(first!.body).toContain("`sudo dnf upgrade -y`");
    expect(first!.body).toContain('https://wiki.almalinux.org/elevate/');
    expect(await reminders.check()).toBe(0);
    reminders = make(); // a restart reads what was posted
    expect(await reminders.check()).toBe(0);
    clock.now = dayBefore(alma9Active, 30);
    expect(await make().check()).toBe(1);
    clock.now = dayBefore(alma9Active, 7);
    expect(await make().check()).toBe(1);
    expect(await make().check()).toBe(0);
    expect(posts.map((p) => p.body.match(/in \d+ days/)?.[0])).toEqual(['in 180 days', 'in 30 days', 'in 7 days']);
    expect(JSON.parse(readFileSync(stateFile(dir, 'test'), 'utf8')).sent).toEqual(['almalinux-9:active:180', 'almalinux-9:active:30', 'almalinux-9:active:7']);
  });

  it('does not record a reminder whose post failed, so the next check retries it', async () => {
    const { dir, clock } = setup();
    let fail = true;
    const posts: string[] = [];
    const reminders = createReminders({ name: 'flaky', dataDir: dir, data: () => data, post: async (r) => { if (fail) throw new Error('refused'); posts.push(r.title); }, now: () => clock.now, log: silentLogger });
    await expect(reminders.check()).rejects.toThrow('refused');
    fail = false;
    expect(await reminders.check()).toBe(1);
    expect(posts).toHaveLength(1);
  });

  it('never posts twice when checks overlap', async () => {
    const { make, posts } = setup();
    const reminders = make();
    const [a, b] = await Promise.all([reminders.check(), reminders.check()]);
    expect([a, b]).toEqual([1, 1]); // the second call joined the first check
    expect(posts).toHaveLength(1);
  });
});
