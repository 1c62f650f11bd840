import { describe, expect, it } from 'vitest';
import { between, isDay, timeLeft } from '../src/lifecycle/calendar.ts';
import { on, row, shipped, words } from './lifecycle-helpers.ts';

const lc = shipped();

describe('calendar', () => {
  it('measures time left in the two largest units', () => {
    expect(between('2026-11-28', '2029-05-31')).toBe('2 years 6 months');
    expect(between('2026-11-28', '2027-05-31')).toBe('6 months 3 days');
    expect(between('2027-05-30', '2027-05-31')).toBe('1 day');
    expect(between('2024-02-29', '2025-02-28')).toBe('11 months 30 days');
    expect(between('2026-01-31', '2026-03-01')).toBe('1 month 1 day');
    expect(timeLeft('2027-05-31', '2027-05-31')).toBe('last day');
    expect(timeLeft('2027-06-01', '2027-05-31')).toBe('1 day ago');
  });

  it('accepts only real calendar days', () => {
    expect(['2026-02-28', '2024-02-29'].map(isDay)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', ''].map(isDay)).toEqual([false, false, false, false, false]);
  });
});

describe('lifecycle with no argument', () => {
  it('tables the majors with their phase and the time left today', () => {
    const r = lc.reply(undefined, on('2026-11-28'));
    expect(r.kind).toBe('lifecycle');
    expect(r.table?.columns).toEqual(['Version', 'Released', 'Active support until', 'Security support until', 'Today', 'Latest minor']);
    expect(row(r, 'AlmaLinux 8')).toEqual(['AlmaLinux 8', '2021-03-30', '2024-05-31', '2029-05-31', 'security support only, 2 years 6 months left', '8.10 (2024-05-28)']);
    expect(row(r, 'AlmaLinux 9')).toEqual(['AlmaLinux 9', '2022-05-26', '2027-05-31', '2032-05-31', 'active support, 6 months 3 days left', '9.8 (2026-05-26)']);
    expect(row(r, 'AlmaLinux 10')?.[5]).toBe('10.2 (2026-05-26)');
    expect(row(r, 'Kitten 10')?.slice(2, 4)).toEqual(['with CentOS Stream 10 (2030-05-31)', 'not known']);
    expect(r.body).toContain('Data checked 2026-12-01');
    expect(r.sources.map((s) => s.url)).toEqual(['https://wiki.almalinux.org/release-notes/', 'https://endoflife.date/almalinux']);
  });
});

describe('AlmaLinux 9 around the end of active support (2027-05-31)', () => {
  const phase = (day: string) => row(lc.reply(undefined, on(day)), 'AlmaLinux 9')?.[4];
  it('is active the day before and on the day, security support only the day after', () => {
    expect(phase('2027-05-30')).toBe('active support, 1 day left');
    expect(phase('2027-05-31')).toBe('active support, last day');
    expect(phase('2027-06-01')).toBe('security support only, 4 years 11 months left');
    expect(lc.reply('9', on('2027-06-01')).body).toContain('AlmaLinux OS 9 gets **security updates only** until **2032-05-31** (4 years 11 months left); active support ended on 2027-05-31.');
  });
});

describe('AlmaLinux 8 around its end of life (2029-05-31)', () => {
  it('has security support up to and including the last day, then is end of life', () => {
    expect(lc.reply('8', on('2029-05-30')).body).toContain('security updates only** until **2029-05-31** (1 day left)');
    expect(lc.reply('8', on('2029-05-31')).body).toContain('(last day)');
    const after = lc.reply('8', on('2029-06-01'));
    expect(after.body).toContain('AlmaLinux OS 8 reached **end of life** on **2029-05-31** (1 day ago)');
    expect(after.body).not.toContain('dnf upgrade');
    expect(row(lc.reply(undefined, on('2029-06-01')), 'AlmaLinux 8')?.[4]).toBe('end of life (ended 2029-05-31, 1 day ago)');
    expect(lc.reply('8.10', on('2029-06-01')).body).toContain('8.10 **no longer gets updates**: AlmaLinux OS 8 reached end of life on 2029-05-31.');
  });
});

describe('CentOS Linux 7 around its end (2024-06-30)', () => {
  it('is in maintenance updates on the day and end of life the day after', () => {
    expect(lc.reply('centos 7', on('2024-06-29')).body).toContain('**Maintenance updates** until **2024-06-30** (1 day left)');
    expect(lc.reply('centos 7', on('2024-06-30')).body).toContain('(last day)');
    expect(lc.reply('centos 7', on('2024-07-01')).body).toContain('CentOS Linux 7 reached **end of life** on **2024-06-30** (1 day ago). Supported AlmaLinux versions: 8, 9 (');
  });
});

describe('a minor release day: 9.8 on 2026-05-26', () => {
  it('the day before, 9.7 is the latest and 9.8 is a beta', () => {
    const day = on('2026-05-25');
    expect(lc.reply('9.7', day).body).toContain('AlmaLinux 9.7 is the latest 9.x and **gets updates** until the next 9.x minor is released.');
    expect(lc.reply('9.8', day).body).toContain('AlmaLinux 9.8 is **not released yet** on 2026-05-25 (beta since 2026-04-23)');
    expect(row(lc.reply(undefined, day), 'AlmaLinux 9')?.[5]).toBe('9.7 (2025-11-17)');
    expect(row(lc.reply('9', day), '9.8')?.[3]).toBe('not released yet');
  });

  it('on the day, 9.7 stops getting updates and says where to go and how', () => {
    const r = lc.reply('9.7', on('2026-05-26'));
    expect(r.body).toContain('AlmaLinux 9.7 **no longer gets updates**: it reached end of life on **2026-05-26**, when 9.8 was released. Move to **9.8**, the latest 9.x: run `sudo dnf upgrade -y`');
    expect(row(lc.reply(undefined, on('2026-05-26')), 'AlmaLinux 9')?.[5]).toBe('9.8 (2026-05-26)');
    expect(row(lc.reply('9', on('2026-05-26')), '9.8')?.[3]).toBe('yes, latest (active support)');
  });

  it('the day after, an older minor points to the newest one, not the next one', () => {
    expect(lc.reply('9.4', on('2026-05-27')).body).toContain('when 9.5 was released. Move to **9.8**');
  });
});

describe('one release in detail', () => {
  it('lifecycle 9.4: codename, dates, RHEL equivalent, kernel, architectures and sources', () => {
    const r = lc.reply('9.4', on('2026-11-28'));
    expect(r.title).toBe('AlmaLinux 9.4 “Seafoam Ocelot”');
    expect(r.fields).toEqual([
      { name: 'Codename', value: 'Seafoam Ocelot' },
      { name: 'Beta', value: '2024-04-15' },
      { name: 'Released', value: '2024-05-06' },
      { name: 'RHEL equivalent', value: 'RHEL 9.4' },
      { name: 'Kernel', value: '5.14.0-427.13.1.el9_4' },
      { name: 'Architectures', value: 'x86_64, aarch64, ppc64le, s390x, i686 (userspace only)' },
    ]);
    expect(r.sources.map((s) => s.url)).toEqual([
      'https://wiki.almalinux.org/release-notes/9.4.html',
      'https://wiki.almalinux.org/release-notes/',
      'https://endoflife.date/almalinux',
    ]);
  });

  it('lifecycle 9 lists every minor, newest first, with whether it still gets updates', () => {
    const r = lc.reply('9', on('2026-11-28'));
    expect(r.table?.rows.map((x) => x[0])).toEqual(['9.9 Beta', '9.8', '9.7', '9.6', '9.5', '9.4', '9.3', '9.2', '9.1', '9.0']);
    expect(row(r, '9.7')?.[3]).toBe('no, ended 2026-05-26 (9.8 released)');
    expect(r.body).toContain('Latest minor: **9.8** “Olive Jaguar” (2026-05-26)');
  });

  it('kitten, rhel 9 and centos stream 9 answer with their own dates', () => {
    const today = on('2026-11-28');
    expect(words(lc.reply('kitten', today))).toContain('CentOS Stream 10 ends **2030-05-31** (3 years 6 months left). The end of security support is not known.');
    const rhel = lc.reply('rhel 9', today);
    expect(rhel.table?.rows).toEqual([
      ['Full Support', '2027-05-31', '6 months 3 days left'],
      ['Maintenance Support', '2032-05-31', '5 years 6 months left'],
      ['Extended Life Cycle Support', '2036-05-31', '9 years 6 months left'],
    ]);
    expect(rhel.body).toContain('AlmaLinux OS 9: active support until 2027-05-31, security support until 2032-05-31');
    expect(lc.reply('centos stream 9', today).body).toContain('**Updates** until **2027-05-31**');
    expect(lc.reply('centos 8', today).body).toContain('reached **end of life** on **2021-12-31**');
  });
});
