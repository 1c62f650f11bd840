import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLifecycleFile, loadLifecycle } from '../src/lifecycle/load-lifecycle.ts';
import { lifecycleFile, shipped } from './lifecycle-helpers.ts';

const raw = () => JSON.parse(readFileSync(lifecycleFile, 'utf8'));

function fileWith(edit: (data: any) => void, name = 'lifecycle.json'): string {
  const data = raw();
  edit(data);
  const path = join(mkdtempSync(join(tmpdir(), 'lifecycle-')), name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

/** Every `{ value, source }` pair in the file, with its path. */
function sourcedValues(node: unknown, path = ''): { path: string; source: unknown }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => sourcedValues(x, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const o = node as Record<string, unknown>;
  if ('value' in o) return [{ path, source: o.source }];
  return Object.entries(o).flatMap(([k, v]) => sourcedValues(v, `${path}.${k}`));
}

describe('knowledge/lifecycle.json', () => {
  it('is valid and carries the day it was last checked', () => {
    expect(checkLifecycleFile(lifecycleFile).problems).toEqual([]);
    expect(shipped().current().checked).toBe('2026-12-01');
  });

  it('gives every value a source URL', () => {
    const values = sourcedValues(raw());
    expect(values.length).toBeGreaterThan(150);
    for (const v of values) expect(v.source, v.path).toMatch(/^https:\/\/(wiki\.almalinux\.org|endoflife\.date|almalinux\.org)\//);
  });

  it('covers AlmaLinux 8, 9 and 10 with every minor release, Kitten, RHEL 7-10, CentOS Linux 6-8, Stream 8-10 and Rocky Linux 8-10', () => {
    const data = shipped().current();
    expect(data.almalinux.map((m) => [m.major, m.minors.map((x) => x.version)])).toEqual([
      ['8', ['8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9', '8.10']],
      ['9', ['9.0', '9.1', '9.2', '9.3', '9.4', '9.5', '9.6', '9.7', '9.8']],
      ['10', ['10.0', '10.1', '10.2']],
    ]);
    expect(data.kitten?.codename?.value).toBe('Lion Cub');
    expect(data.others.map((o) => o.id).sort()).toEqual(
      ['centos-6', 'centos-7', 'centos-8', 'centos-stream-10', 'centos-stream-8', 'centos-stream-9', 'oracle-linux-7', 'oracle-linux-8', 'oracle-linux-9', 'rhel-10', 'rhel-7', 'rhel-8', 'rhel-9', 'rocky-10', 'rocky-8', 'rocky-9'],
    );
  });

  it('holds the checked values of the release notes', () => {
    const data = shipped().current();
    const nine = data.almalinux.find((m) => m.major === '9')!;
    expect([nine.releaseDate.value, nine.activeSupportEnd?.value, nine.securitySupportEnd?.value]).toEqual(['2022-05-26', '2027-05-31', '2032-05-31']);
    const v98 = nine.minors.at(-1)!;
    expect(v98.codename?.value).toBe('Olive Jaguar');
    expect(v98.releaseDate.value).toBe('2026-05-26');
    expect(v98.kernel).toEqual({ value: '5.14.0-687.5.3.el9_8', source: 'https://wiki.almalinux.org/release-notes/9.8.html' });
    const v102 = data.almalinux.find((m) => m.major === '10')!.minors.at(-1)!;
    expect([v102.version, v102.codename?.value, v102.releaseDate.value]).toEqual(['10.2', 'Lavender Lion', '2026-05-26']);
  });
});

describe('validation at load', () => {
  it('names the file and the field of a bad date', () => {
    const path = fileWith((d) => {
      d.almalinux[1].minors[4].releaseDate.value = '2024-13-06';
    });
    expect(() => loadLifecycle(path, '/')).toThrow(/^lifecycle: .*lifecycle\.json: 1 problem\(s\)\n {2}almalinux\[1\]\.minors\[4\]\.releaseDate\.value: "2024-13-06" is not a date/);
  });

  it('reports every problem at once: missing source, unknown key, minors out of order, bad URL', () => {
    const path = fileWith((d) => {
      delete d.almalinux[0].activeSupportEnd.source;
      d.almalinux[0].minors[0].kernal = d.almalinux[0].minors[0].kernel;
      d.almalinux[2].minors.reverse();
      d.others[0].phases[0].end.source = 'not a url';
    });
    const { problems } = checkLifecycleFile(path);
    expect(problems).toEqual(expect.arrayContaining([
      'almalinux[0].activeSupportEnd: "source" is missing',
      'almalinux[0].minors[0]: unknown key "kernal"',
      'almalinux[2].minors[1]: 10.1 must come after 10.2 (oldest first, no duplicates)',
      'others[0].phases[0].end.source: "not a url" is not an http(s) URL',
    ]));
  });

  it('rejects a support end before the active support end, and a Kitten that follows nothing', () => {
    const { problems } = checkLifecycleFile(fileWith((d) => {
      d.almalinux[1].securitySupportEnd.value = '2026-01-01';
      d.kitten.supportFollows = 'centos-stream-11';
    }));
    expect(problems).toEqual(['almalinux[1].activeSupportEnd: ends after securitySupportEnd', 'kitten.supportFollows: "centos-stream-11" is not an id in others']);
  });

  it('says so when the file is not JSON or missing', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'lifecycle-')), 'lifecycle.json');
    writeFileSync(broken, '{ "checked": ');
    expect(() => loadLifecycle(broken)).toThrow(/lifecycle: .*lifecycle\.json: 1 problem\(s\)\n {2}not valid JSON/);
    expect(() => loadLifecycle('/nonexistent/lifecycle.json')).toThrow(/cannot be read/);
  });

  it('accepts a value left out, and the reply says it is not known', () => {
    const lc = loadLifecycle(fileWith((d) => {
      delete d.almalinux[1].minors[4].kernel;
      delete d.almalinux[1].minors[4].codename;
    }));
    const r = lc.reply('9.4', new Date('2026-11-28'));
    expect(r.fields).toContainEqual({ name: 'Kernel', value: 'not known' });
    expect(r.fields).toContainEqual({ name: 'Codename', value: 'not known' });
    expect(r.title).toBe('AlmaLinux 9.4');
  });
});
