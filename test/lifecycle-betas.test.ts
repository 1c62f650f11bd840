import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLifecycleFile } from '../src/lifecycle/load-lifecycle.ts';
import { lifecycleFile, on, row, shipped, words } from './lifecycle-helpers.ts';

// AlmaLinux 9.9 Beta and 10.3 Beta (September 2026): out for testing, with no stable release in
// the data. A beta is named as one everywhere and never passes for the latest stable minor.

const lc = shipped();
const today = on('2026-12-01');

function problemsWith(edit: (data: any) => void): string[] {
  const data = JSON.parse(readFileSync(lifecycleFile, 'utf8'));
  edit(data);
  const path = join(mkdtempSync(join(tmpdir(), 'lifecycle-')), 'lifecycle.json');
  writeFileSync(path, JSON.stringify(data));
  return checkLifecycleFile(path).problems;
}

describe('the beta data', () => {
  it('holds 9.9 Beta and 10.3 Beta as betas, with the values of their release notes and announcements', () => {
    const [, nine, ten] = lc.current().almalinux;
    expect(nine?.minors.map((m) => m.version)).not.toContain('9.9');
    expect(ten?.minors.map((m) => m.version)).not.toContain('10.3');
    const b99 = nine?.betas?.[0];
    expect([b99?.version, b99?.codename?.value, b99?.betaDate.value, b99?.kernel?.value]).toEqual(['9.9', 'Chartreuse Bobcat', '2026-09-17', '5.14.0-741.el9']);
    expect(b99?.kernel?.source).toBe('https://wiki.almalinux.org/release-notes/9.9-beta.html');
    expect(b99?.betaDate.source).toBe('https://almalinux.org/blog/2026-09-17-announcing-99-beta/');
    const b103 = ten?.betas?.[0];
    expect([b103?.version, b103?.codename?.value, b103?.betaDate.value, b103?.kernel?.value]).toEqual(['10.3', 'Mauve Lion', '2026-09-10', '6.12.0-264.el10']);
    expect(b103?.architectures?.value).toContain('x86_64_v2');
    expect(b103?.changes?.value.join(' ')).toContain('ModSecurity');
  });

  it('sources Kitten riscv64 to the announcement that says so', () => {
    const added = lc.current().kitten?.addedArchitectures ?? [];
    expect(added.find((a) => a.value.startsWith('riscv64'))?.source).toBe('https://almalinux.org/blog/2026-03-17-almalinux-goes-riscv/');
    expect(lc.current().kitten?.architectures?.value).not.toContain(expect.stringMatching(/riscv/));
    expect(words(lc.reply('kitten', today))).toContain('riscv64 (RV64GC profile; added 2026-03-17)');
  });
});

describe('lifecycle 9.9 while it is a beta', () => {
  it('says it is a beta, not for production, and points to the latest stable 9.x', () => {
    const r = lc.reply('9.9', today);
    expect(r.kind).toBe('lifecycle');
    expect(r.title).toBe('AlmaLinux 9.9 Beta “Chartreuse Bobcat”');
    expect(r.body).toContain('AlmaLinux 9.9 is a **beta**, out since **2026-09-17**: a test release, not for production and not a stable release.');
    expect(r.body).toContain('The latest **stable** 9.x is **9.8** “Olive Jaguar” (released 2026-05-26)');
    expect(r.body).toContain('fapolicyd 2.0.1');
    expect(r.fields).toEqual([
      { name: 'Status', value: 'beta (not a stable release)' },
      { name: 'Codename', value: 'Chartreuse Bobcat' },
      { name: 'Beta', value: '2026-09-17' },
      { name: 'Released', value: 'not yet' },
      { name: 'Kernel (beta)', value: '5.14.0-741.el9' },
      { name: 'Architectures (beta)', value: 'x86_64, aarch64, ppc64le, s390x' },
    ]);
    expect(r.sources.map((s) => [s.title, s.url])).toContainEqual(['AlmaLinux 9.9 Beta release notes', 'https://wiki.almalinux.org/release-notes/9.9-beta.html']);
  });

  it('answers "when is 10.3 released" and "is 9.9 out" with the beta, not with "unknown"', () => {
    const r = lc.answer('when will almalinux 10.3 be released?', today)!;
    expect(r.title).toBe('AlmaLinux 10.3 Beta “Mauve Lion”');
    expect(r.body).toContain('has no stable release of 10.3 yet');
    expect(lc.answer('is alma 9.9 released yet', today)?.title).toBe('AlmaLinux 9.9 Beta “Chartreuse Bobcat”');
  });

  it('before its beta day the beta is not shown, and 9.9 is said not to be out', () => {
    const before = on('2026-09-16');
    expect(lc.reply('9.9', before).body).toBe('AlmaLinux 9.9 is **not out yet** on 2026-09-16; its beta is dated 2026-09-17 in the data.\n\n*Status on 2026-09-16. Data checked 2026-12-01.*');
    expect(row(lc.reply('9', before), '9.9 Beta')).toBeUndefined();
    expect(lc.reply(undefined, before).body).not.toContain('9.9 Beta');
    expect(lc.reply(undefined, before).body).toContain('**10.3 Beta** “Mauve Lion” (out since 2026-09-10)');
  });
});

describe('a beta is never the latest stable release', () => {
  it('lifecycle 10 lists 10.3 as a beta row above the latest minor, 10.2', () => {
    const r = lc.reply('10', today);
    expect(r.table?.rows[0]).toEqual(['10.3 Beta', 'Mauve Lion', 'not yet (beta since 2026-09-10)', 'beta: for testing, not production']);
    expect(row(r, '10.2')?.[3]).toBe('yes, latest (active support)');
    expect(r.body).toContain('Latest minor: **10.2** “Lavender Lion” (2026-05-26).');
    expect(r.body).toContain('In beta, for testing only (not a stable release, not for production): **10.3 Beta** “Mauve Lion” (out since 2026-09-10).');
  });

  it('"latest version" names 10.2 and 9.8, and the betas only as betas', () => {
    const r = lc.answer('what is the latest almalinux version', today)!;
    const [answer, betas] = r.body.split('\n\n');
    expect(answer).toBe('The newest AlmaLinux releases are **10.2** “Lavender Lion” and **9.8** “Olive Jaguar”, both released 2026-05-26.');
    expect(betas).toBe('In beta, for testing only (not a stable release, not for production): **10.3 Beta** “Mauve Lion” (out since 2026-09-10), **9.9 Beta** “Chartreuse Bobcat” (out since 2026-09-17).');
    expect(r.table?.rows.map((x) => x[1])).toEqual(['10.2', '9.8', '8.10']);
    expect(row(lc.reply(undefined, today), 'AlmaLinux 9')?.[5]).toBe('9.8 (2026-05-26)');
  });
});

describe('beta validation', () => {
  it('rejects a beta that is already released, older than the latest minor, out of order, or given a release date', () => {
    expect(problemsWith((d) => {
      d.almalinux[1].betas.push({ ...d.almalinux[1].betas[0], version: '9.8' });
      d.almalinux[2].betas.unshift({ ...d.almalinux[2].betas[0], version: '10.4' });
      d.almalinux[0].betas = [{ version: '8.11', betaDate: { value: '2026-09-01', source: 'https://wiki.almalinux.org/release-notes/' }, releaseDate: { value: '2026-10-01', source: 'https://wiki.almalinux.org/release-notes/' } }];
    })).toEqual([
      'almalinux[0].betas[0]: unknown key "releaseDate"',
      'almalinux[1].betas[1]: 9.8 is released (it is in minors): give that minor the betaDate and remove the beta',
      'almalinux[2].betas[1]: 10.3 must come after 10.4 (oldest first, no duplicates)',
    ]);
    expect(problemsWith((d) => {
      d.almalinux[1].betas[0].version = '9.7';
    })).toEqual(['almalinux[1].betas[0]: 9.7 is released (it is in minors): give that minor the betaDate and remove the beta']);
    expect(problemsWith((d) => {
      d.almalinux[0].betas = [{ version: '8.2', betaDate: { value: '2021-01-01', source: 'https://wiki.almalinux.org/release-notes/' } }];
    })).toEqual(['almalinux[0].betas[0]: 8.2 is older than the released 8.10']);
    expect(problemsWith((d) => {
      d.almalinux[1].betas[0].version = '10.9';
      d.almalinux[1].betas[0].betaDate.value = '2026-09-31';
    })).toEqual(['almalinux[1].betas[0].version: "10.9" is not a 9.x version', 'almalinux[1].betas[0].betaDate.value: "2026-09-31" is not a date (YYYY-MM-DD)']);
  });
});
