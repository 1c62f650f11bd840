import { describe, expect, it } from 'vitest';
import { parseVersion } from '../src/lifecycle/version-mentions.ts';
import { on, shipped } from './lifecycle-helpers.ts';

const lc = shipped();
const today = on('2026-11-28');

describe('parseVersion', () => {
  it.each([
    ['9', { kind: 'alma', major: 9 }],
    ['alma9', { kind: 'alma', major: 9 }],
    ['el9', { kind: 'alma', major: 9 }],
    ['EL-8', { kind: 'alma', major: 8 }],
    ['almalinux 9', { kind: 'alma', major: 9 }],
    ['AlmaLinux OS 9', { kind: 'alma', major: 9 }],
    ['9.x', { kind: 'alma', major: 9 }],
    ['9.4', { kind: 'alma', major: 9, minor: 4 }],
    ['alma 10.0', { kind: 'alma', major: 10, minor: 0 }],
    ['el9_4', { kind: 'alma', major: 9, minor: 4 }],
    ['kitten', { kind: 'kitten' }],
    ['AlmaLinux Kitten 10', { kind: 'kitten' }],
    ['centos 7', { kind: 'other', product: 'centos', major: 7 }],
    ['c7', { kind: 'other', product: 'centos', major: 7 }],
    ['CentOS Linux 8', { kind: 'other', product: 'centos', major: 8 }],
    ['rhel 9', { kind: 'other', product: 'rhel', major: 9 }],
    ['Red Hat Enterprise Linux 10', { kind: 'other', product: 'rhel', major: 10 }],
    ['centos stream 9', { kind: 'other', product: 'centos-stream', major: 9 }],
    ['cs10', { kind: 'other', product: 'centos-stream', major: 10 }],
    ['centos', { kind: 'product', product: 'centos' }],
    ['', { kind: 'all' }],
    ['  almalinux ', { kind: 'all' }],
    ['11', { kind: 'alma', major: 11 }],
    ['9.42', { kind: 'alma', major: 9, minor: 42 }],
  ])('%j', (input, expected) => {
    expect(parseVersion(input)).toEqual(expected);
  });

  it.each(['fedora 40', 'alma 9 and 10', 'nine', '9.4.1', 'ubuntu'])('%j is not one version', (input) => {
    expect(parseVersion(input)).toBeUndefined();
  });
});

describe('every accepted spelling reaches the same release', () => {
  it.each(['9', 'alma9', 'el9', 'almalinux 9'])('%s', (q) => {
    expect(lc.reply(q, today).title).toBe('AlmaLinux OS 9');
  });
  it.each([['c7', 'CentOS Linux 7'], ['rhel 9', 'Red Hat Enterprise Linux 9'], ['centos stream 9', 'CentOS Stream 9'], ['kitten', 'AlmaLinux OS Kitten 10 “Lion Cub”']])('%s', (q, title) => {
    expect(lc.reply(q, today).title).toBe(title);
  });
});

describe('unknown versions', () => {
  it('lifecycle 11 says there is no such major and lists the known ones', () => {
    const r = lc.reply('11', today);
    expect(r.kind).toBe('unknown');
    expect(r.private).toBe(true);
    expect(r.body).toContain('There is no AlmaLinux 11 in the data (checked 2026-12-01).');
    expect(r.body).toContain('Known versions: AlmaLinux 8 (8.3 to 8.10), 9 (9.0 to 9.8; 9.9 beta), 10 (10.0 to 10.2; 10.3 beta), Kitten; RHEL 7, 8, 9, 10; CentOS Linux 6, 7, 8; CentOS Stream 8, 9, 10; Rocky Linux 8, 9, 10; Oracle Linux 7, 8, 9.');
  });

  it('lifecycle 9.42 names the known 9.x minors and the newest', () => {
    const r = lc.reply('9.42', today);
    expect(r.kind).toBe('unknown');
    expect(r.body).toContain('AlmaLinux 9.42 is not in the data (checked 2026-12-01): the known 9.x minors are 9.0 to 9.8, the newest is **9.8**.');
  });

  it('lifecycle 7 points at the 7 releases of RHEL, CentOS and Oracle Linux', () => {
    expect(lc.reply('7', today).body).toContain('AlmaLinux starts at 8; did you mean `lifecycle rhel 7` or `lifecycle centos 7` or `lifecycle oracle linux 7`?');
  });

  it('echoes text it cannot read safely', () => {
    const r = lc.reply('@everyone `fedora`', today);
    expect(r.kind).toBe('unknown');
    expect(r.body).toContain("I don't know the version `@everyone fedora`.");
    expect(lc.reply('centos 5', today).body).toContain('There is no CentOS Linux 5 in the data');
  });
});

describe('autocomplete', () => {
  const values = (partial: string) => lc.choices(partial).map((c) => c.value);

  it('offers majors, Kitten and the comparison releases before minors', () => {
    expect(values('').slice(0, 5)).toEqual(['10', '9', '8', 'kitten', 'rhel 10']);
    expect(values('')).toContain('centos stream 9');
    expect(values('')).toContain('8.3');
    expect(lc.choices('9.4')[0]).toEqual({ name: 'AlmaLinux 9.4 “Seafoam Ocelot”', value: '9.4' });
  });

  it('completes what was typed, in any accepted spelling', () => {
    expect(values('9')).toEqual(['9', '9.9', '9.8', '9.7', '9.6', '9.5', '9.4', '9.3', '9.2', '9.1', '9.0', 'rhel 9', 'centos stream 9', 'rocky 9', 'oracle linux 9']);
    expect(values('1')).not.toContain('9.1');
    expect(values('el8')[0]).toBe('8');
    expect(values('cent')).toEqual(['centos 8', 'centos 7', 'centos 6', 'centos stream 10', 'centos stream 9', 'centos stream 8']);
    expect(values('c7')[0]).toBe('centos 7');
    expect(values('kit')).toEqual(['kitten']);
    expect(values('jaguar')).toEqual(['9.8']);
    expect(lc.choices('bobcat')).toEqual([{ name: 'AlmaLinux 9.9 Beta “Chartreuse Bobcat”', value: '9.9' }]);
    expect(values('zzz')).toEqual([]);
  });
});
