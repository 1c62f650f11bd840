import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsPayload } from '../adapters/discord/command-payload.ts';
import type { App } from '../src/app.ts';
import { parseErrata } from '../src/packages/errata.ts';
import { parseNevra, rpmvercmp } from '../src/packages/evr.ts';
import { idsIn, normalizeId } from '../src/packages/ids.ts';
import { packageQuestion } from '../src/packages/question.ts';
import { replyMarkdown, type Reply } from '../src/reply.ts';
import { fixtureApp } from './helpers.ts';
import { fixtureSettings } from './packages-helpers.ts';
import { reposFixture, startFileServer, type FileServer } from './packages-server.ts';

describe('rpm version order', () => {
  it('orders versions the way rpm does', () => {
    const cases: [string, string, number][] = [
      ['1.20.1', '1.24.0', -1],
      ['1.10', '1.9', 1],
      ['8.7p1', '8.7p1', 0],
      ['38.el9', '43.el9', -1],
      ['1.0~rc1', '1.0', -1],
      ['1.0^git1', '1.0', 1],
      ['1.0a', '1.0', 1],
      ['2.0', '2.0.1', -1],
      ['010', '10', 0],
      ['1a', '11', -1],
    ];
    for (const [a, b, want] of cases) {
      expect(rpmvercmp(a, b), `${a} vs ${b}`).toBe(want);
      expect(rpmvercmp(b, a), `${b} vs ${a}`).toBe(want === 0 ? 0 : -want);
    }
  });

  it('splits a module artifact NEVRA', () => {
    expect(parseNevra('nginx-1:1.24.0-4.module_el9.5.0+122+220a1c6c.x86_64')).toEqual({ name: 'nginx', epoch: '1', version: '1.24.0', release: '4.module_el9.5.0+122+220a1c6c', arch: 'x86_64' });
    expect(parseNevra('python3.12-devel-3.12.5-2.el9.x86_64')?.name).toBe('python3.12-devel');
    expect(parseNevra('nonsense')).toBeUndefined();
  });
});

describe('errata feed records', () => {
  it('keeps what the replies use: binary packages once each, CVE references, the errata page', () => {
    const feed = {
      schema_version: '1.0',
      data: [
        {
          id: 'ALSA-2024:4312',
          issued_date: 1719878400,
          severity: 'Important',
          title: 'Important: openssh security update',
          type: 'security',
          packages: [
            { name: 'openssh', epoch: '0', version: '8.7p1', release: '38.el9_4.1', arch: 'x86_64' },
            { name: 'openssh', epoch: '0', version: '8.7p1', release: '38.el9_4.1', arch: 'aarch64' },
            { name: 'openssh', epoch: '0', version: '8.7p1', release: '38.el9_4.1', arch: 'src' },
          ],
          references: [
            { id: 'CVE-2024-6387', type: 'cve', href: 'https://access.redhat.com/security/cve/CVE-2024-6387' },
            { id: 'RHSA-2024:4312', type: 'rhsa', href: 'https://access.redhat.com/errata/RHSA-2024:4312' },
          ],
        },
        { id: 'not-an-id', packages: [], references: [] },
      ],
    };
    expect(parseErrata(JSON.stringify(feed), '9', 'https://errata.example.org/')).toEqual([
      {
        id: 'ALSA-2024:4312',
        major: '9',
        type: 'security',
        severity: 'Important',
        title: 'Important: openssh security update',
        issued: '2024-07-02',
        cves: ['CVE-2024-6387'],
        packages: [{ name: 'openssh', evr: '8.7p1-38.el9_4.1' }],
        url: 'https://errata.example.org/9/ALSA-2024-4312.html',
      },
    ]);
    expect(() => parseErrata('{"schema_version": "1.0"}', '9', '')).toThrow(/no data list/);
  });
});

describe('advisory and CVE ids', () => {
  it('normalizes the ways people write them', () => {
    expect(normalizeId('alsa-2024-9317')).toEqual({ kind: 'advisory', id: 'ALSA-2024:9317' });
    expect(normalizeId('ALBA-2024:8001')).toEqual({ kind: 'advisory', id: 'ALBA-2024:8001' });
    expect(normalizeId('cve-2024-6387')).toEqual({ kind: 'cve', id: 'CVE-2024-6387' });
    expect(normalizeId('RHSA-2024:4312')).toBeUndefined();
    expect(normalizeId('CVE-24-1')).toBeUndefined();
  });

  it('finds every id in a message once, in order', () => {
    expect(idsIn('is CVE-2024-6387 fixed? ALSA-2024:4312 says so, see cve-2024-6387')).toEqual([
      { kind: 'cve', id: 'CVE-2024-6387' },
      { kind: 'advisory', id: 'ALSA-2024:4312' },
    ]);
    expect(idsIn('version 2024-6387 of nothing')).toEqual([]);
  });
});

describe('packageQuestion', () => {
  it('recognizes package, file and advisory questions', () => {
    expect(packageQuestion('is nginx in alma 9?')).toEqual({ kind: 'package', name: 'nginx' });
    expect(packageQuestion('Is nginx 1.26 available on AlmaLinux 9?')).toEqual({ kind: 'package', name: 'nginx', version: '1.26' });
    expect(packageQuestion('is htop in EPEL?')).toEqual({ kind: 'package', name: 'htop' });
    expect(packageQuestion('which repo has python3.12')).toEqual({ kind: 'package', name: 'python3.12' });
    expect(packageQuestion('does alma 9 have htop?')).toEqual({ kind: 'package', name: 'htop' });
    expect(packageQuestion('which package has semanage')).toEqual({ kind: 'provides', name: 'semanage' });
    expect(packageQuestion('what package provides the htpasswd command on alma 9?')).toEqual({ kind: 'provides', name: 'htpasswd' });
    expect(packageQuestion('which package provides /usr/sbin/ifconfig')).toEqual({ kind: 'provides', name: '/usr/sbin/ifconfig' });
    expect(packageQuestion('-bash: netstat: command not found')).toEqual({ kind: 'provides', name: 'netstat' });
    expect(packageQuestion('is CVE-2024-6387 fixed on 9?')).toEqual({ kind: 'advisory', id: 'CVE-2024-6387' });
    expect(packageQuestion('what does ALSA-2024:9317 fix')).toEqual({ kind: 'advisory', id: 'ALSA-2024:9317' });
  });

  it('leaves other questions to the notes', () => {
    for (const q of ['how do I enable crb on 9?', 'is selinux on alma enforcing?', 'is it in epel?', 'is alma 8 still supported', 'dnf says NOKEY after upgrading', 'which package manager does alma use', 'what is the best package for a web server', '']) {
      expect(packageQuestion(q), q).toBeNull();
    }
  });
});

const text = (app: App, line: string): Reply => app.router.handleText(line, { platform: 'test' });

describe('lookups through the router', () => {
  let server: FileServer;
  let app: App;
  beforeAll(async () => {
    server = await startFileServer(reposFixture);
    app = fixtureApp({ packages: fixtureSettings(server) });
    await app.packages!.ready;
  });
  afterAll(async () => {
    app.stop();
    await server.close();
  });

  it('package: repository, newest version, streams and the install line per major', () => {
    const r = text(app, 'package nginx');
    expect(r.kind).toBe('answer');
    const md = replyMarkdown(r);
    expect(md).toContain('> A high performance web server and reverse proxy server');
    expect(md).toContain('**AlmaLinux 9**: 1.20.1-20.el9.alma.1 in AppStream');
    expect(md).toContain('`nginx:1.22` (1.22.1), `nginx:1.24` (1.24.0)');
    expect(md).toContain('sudo dnf install nginx');
    // On 8 the fixtures hold only module builds: the streams are the answer, the default one marked.
    expect(md).toContain(
      '**AlmaLinux 8**: in AppStream as module streams `nginx:1.14` (1.14.1, default), `nginx:1.24` (1.24.0). A plain install gives the default stream; for 1.24, `sudo dnf module enable nginx:1.24` first.\n```\nsudo dnf install nginx\n```',
    );
    expect(md.indexOf('AlmaLinux 9')).toBeLessThan(md.indexOf('AlmaLinux 8'));
  });

  it('package with a version: which stream has it, or what there is instead', () => {
    expect(replyMarkdown(text(app, 'package nginx 1.24'))).toContain('sudo dnf module enable nginx:1.24\nsudo dnf install nginx');
    const missing = replyMarkdown(app.router.handle({ command: 'package', args: { name: 'nginx', version: '1.26' }, platform: 'test' }));
    expect(missing).toContain('**AlmaLinux 9**: no nginx 1.26; it has 1.20.1, 1.22.1, 1.24.0.');
    // 1.2 is not 1.20 or 1.22: versions match on whole parts.
    expect(replyMarkdown(text(app, 'package nginx 1.2'))).toContain('no nginx 1.2;');
  });

  it('package: EPEL when AlmaLinux lacks it, the install line enabling CRB or PowerTools, and "did you mean"', () => {
    const htop = replyMarkdown(text(app, 'package htop'));
    expect(htop).toContain('**AlmaLinux 9**: not in AlmaLinux 9; it is in EPEL 9: 3.3.0-1.el9');
    expect(htop).toContain('sudo dnf install epel-release\nsudo dnf install htop');
    const tirpc = replyMarkdown(text(app, 'package libtirpc-devel'));
    expect(tirpc).toContain('sudo dnf --enablerepo=crb install libtirpc-devel');
    expect(tirpc).toContain('sudo dnf --enablerepo=powertools install libtirpc-devel');
    const typo = text(app, 'package pyhton3.12');
    expect(typo.kind).toBe('unknown');
    expect(typo.body).toContain('Did you mean **python3.12**?');
    expect(text(app, 'package zzzzzzzz').body).not.toContain('Did you mean');
  });

  it('a line that starts like a command but is a question still goes to the notes', () => {
    const notesOnly = fixtureApp();
    for (const line of ['package groups in dnf, how do they work?', 'advisory emails: how do I subscribe?']) {
      expect(text(app, line), line).toEqual(text(notesOnly, line));
    }
    expect(text(app, 'package nginx on alma 9').title).toBe('nginx');
  });

  it('provides: the package shipping a command or a path, per major', () => {
    const md = replyMarkdown(text(app, 'provides semanage'));
    expect(md).toContain('**AlmaLinux 9**: `/usr/sbin/semanage` is in **policycoreutils-python-utils** (BaseOS)');
    expect(md).toContain('sudo dnf install policycoreutils-python-utils');
    expect(replyMarkdown(text(app, 'provides /usr/bin/htpasswd'))).toContain('`/usr/bin/htpasswd` is in **httpd-tools** (AppStream)');
    // AlmaLinux 8 lists netstat under /bin.
    expect(replyMarkdown(text(app, 'provides netstat'))).toContain('**AlmaLinux 8**: `/bin/netstat` is in **net-tools**');
    const none = text(app, 'provides frobnicate');
    expect(none.kind).toBe('unknown');
    expect(none.body).toContain("dnf provides '*/frobnicate'");
  });

  it('advisory: title, severity, date, fixed packages, CVEs and the errata link', () => {
    const r = text(app, 'advisory alsa-2024-9317');
    expect(r.title).toBe('ALSA-2024:9317: Moderate: nginx security update');
    const md = replyMarkdown(r);
    expect(md).toContain('**Severity**: Moderate · **Type**: security · **Issued**: 2024-11-13');
    expect(md).toContain('**Fixed in AlmaLinux 9**: nginx 1:1.20.1-20.el9.alma.1, nginx-core 1:1.20.1-20.el9.alma.1');
    expect(md).toContain('**CVEs**: CVE-2024-7347, CVE-2023-44487');
    expect(r.sources).toEqual([{ title: 'ALSA-2024:9317 (AlmaLinux 9)', url: 'https://errata.almalinux.org/9/ALSA-2024-9317.html' }]);
    expect(text(app, 'advisory ALSA-2099:1').kind).toBe('unknown');
  });

  it('advisory for a CVE: the advisories fixing it on each major, or none', () => {
    const md = replyMarkdown(text(app, 'advisory CVE-2024-6387'));
    expect(md).toContain('**AlmaLinux 9**: **ALSA-2024:4312** (Important, 2024-07-02): openssh 8.7p1-38.el9_4.1, openssh-server 8.7p1-38.el9_4.1');
    expect(md).toContain('**AlmaLinux 8**: **ALSA-2024:4457** (Important, 2024-07-09)');
    expect(replyMarkdown(text(app, 'advisory CVE-2023-44487'))).toContain('**AlmaLinux 8**: no advisory lists it.');
    expect(text(app, 'advisory CVE-2020-0001').body).toBe('No AlmaLinux advisory lists CVE-2020-0001 (errata for AlmaLinux 9, 8).');
  });

  it('answers free-text package questions from the index, and leaves the rest to the notes', () => {
    expect(text(app, 'is nginx in alma 9?').title).toBe('nginx');
    expect(text(app, 'which package has semanage').title).toBe('Which package provides semanage');
    expect(text(app, 'is CVE-2024-6387 fixed on 9?').title).toBe('CVE-2024-6387 on AlmaLinux');
    // A name the index does not know is not a package question after all.
    const notesOnly = fixtureApp();
    for (const q of ['is firewalld in alma 9?', 'how do I enable crb on 9', 'which package has frobnicate']) {
      expect(text(app, q), q).toEqual(text(notesOnly, q));
    }
  });

  it('expands advisory and CVE ids in ordinary messages, after [[topics]], one source per topic', () => {
    const found = app.router.docLinks('see [[crb]]; ALSA-2024:9317 and CVE-2024-6387 and ALSA-2099:1')!;
    expect(found.topics).toEqual(['crb', 'ALSA-2024:9317', 'CVE-2024-6387']);
    expect(found.reply.sources.map((s) => s.url)).toEqual([
      expect.stringContaining('wiki.almalinux.org'),
      'https://errata.almalinux.org/9/ALSA-2024-9317.html',
      'https://errata.almalinux.org/9/ALSA-2024-4312.html',
    ]);
    expect(found.reply.sources[2]!.title).toBe('CVE-2024-6387: fixed by ALSA-2024:4312 (AlmaLinux 9), ALSA-2024:4457 (AlmaLinux 8)');
    expect(app.router.docLinks('nothing known: CVE-2020-0001')).toBeNull();
  });

  it('autocompletes package names by prefix', () => {
    expect(app.router.autocomplete('package', 'name', 'op')).toEqual([{ name: 'openssh-server', value: 'openssh-server' }]);
    expect(app.router.autocomplete('package', 'name', 'n').map((c) => c.value)).toEqual(['net-tools', 'nginx']);
    const payload = commandsPayload().find((c) => c.name === 'package')!;
    expect(payload.options?.find((o) => o.name === 'name')).toMatchObject({ autocomplete: true, required: true });
  });
});

describe('with the feature off or loading', () => {
  it('each command says so in one line, and questions go to the notes as before', async () => {
    const off = fixtureApp();
    for (const line of ['package nginx', 'provides semanage', 'advisory CVE-2024-6387']) {
      const r = text(off, line);
      expect(r.kind).toBe('notice');
      expect(r.body).toContain('PACKAGES_ENABLED=true');
      expect(r.body.split('\n').length).toBe(1);
    }
    expect(text(off, 'is nginx in alma 9?').kind).not.toBe('notice');
    expect(off.router.docLinks('ALSA-2024:9317')).toBeNull();

    // A mirror that never answers: the commands say the index is loading, the bot answers the rest.
    const server = await startFileServer(reposFixture);
    for (const p of ['8', '9']) server.overrides.set(`/errata/${p}/errata.full.json`, 'hang');
    server.overrides.set('/almalinux/8/BaseOS/x86_64/os/repodata/repomd.xml', 'hang');
    const loading = fixtureApp({ packages: fixtureSettings(server) });
    const r = text(loading, 'package nginx');
    expect(r.kind).toBe('notice');
    expect(r.body).toContain('still downloading');
    expect(text(loading, 'docs epel').kind).toBe('links');
    loading.stop();
    await server.close();
  });
});
