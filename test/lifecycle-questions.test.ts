import { describe, expect, it } from 'vitest';
import { on, shipped, words } from './lifecycle-helpers.ts';
import { fixtureApp, request } from './helpers.ts';

const lc = shipped();
const today = on('2026-11-28');
const titleOf = (q: string) => lc.answer(q, today)?.title ?? null;

describe('date questions are answered from the data', () => {
  it.each([
    ['is alma 8 eol', 'AlmaLinux OS 8'],
    ['Is AlmaLinux 8 EOL?', 'AlmaLinux OS 8'],
    ['when does almalinux 9 go end of life', 'AlmaLinux OS 9'],
    ['how long is almalinux 9 supported', 'AlmaLinux OS 9'],
    ['is almalinux 9 still supported?', 'AlmaLinux OS 9'],
    ['does 8 still get updates', 'AlmaLinux OS 8'],
    ['is el9 supported', 'AlmaLinux OS 9'],
    ['el8 eol', 'AlmaLinux OS 8'],
    ['when does support for almalinux 8 end', 'AlmaLinux OS 8'],
    ["what's the EOL of alma 9.7 / el9", 'AlmaLinux 9.7 “Moss Jungle Cat”'],
    ['is 9.6 eol', 'AlmaLinux 9.6 “Sage Margay”'],
    ["we're still on alma 9.6, is that still getting patches?", 'AlmaLinux 9.6 “Sage Margay”'],
    ['when does alma 8 expire', 'AlmaLinux OS 8'],
    ['when was 9.4 released', 'AlmaLinux 9.4 “Seafoam Ocelot”'],
    ['when did almalinux 10 come out', 'AlmaLinux OS 10'],
    ['latest version of almalinux', 'Latest AlmaLinux releases'],
    ["what's the latest version?", 'Latest AlmaLinux releases'],
    ['what is the newest almalinux', 'Latest AlmaLinux releases'],
    ['what is the latest alma 9 release', 'AlmaLinux OS 9'],
    ['when did centos 8 end', 'CentOS Linux 8'],
    ['is centos 7 dead', 'CentOS Linux 7'],
    ['dnf fails with "No URLs in mirrorlist". What happened to CentOS 8?', 'CentOS Linux 8'],
    ['when did c7 die', 'CentOS Linux 7'],
    ['how long will rhel 8 be supported', 'Red Hat Enterprise Linux 8'],
    ['when does centos stream 9 end', 'CentOS Stream 9'],
    ['how long is rocky 9 supported', 'Rocky Linux 9'],
    ['is rockylinux-8 eol?', 'Rocky Linux 8'],
    ['how long is rocky 9 supported vs alma 9', 'Rocky Linux 9 · AlmaLinux OS 9'],
    // A release named after a product without one: the release is asked about.
    ['Our Rocky Linux docs say CentOS 8 lasts until 2029. When did CentOS 8 really end?', 'CentOS Linux 8'],
    ['kitten lifecycle', 'AlmaLinux OS Kitten 10 “Lion Cub”'],
    ['is almalinux still supported', 'AlmaLinux lifecycle'],
    ['alma 9 vs alma 10 eol', 'AlmaLinux lifecycle'],
    // Asked outright amid context about moving or migrating.
    ['our CI is moving to almalinux 9, how long is it supported?', 'AlmaLinux OS 9'],
    // Two releases named: both answered, in the order asked.
    ['When exactly did CentOS 7 end, and how long does AlmaLinux 9 last?', 'CentOS Linux 7 · AlmaLinux OS 9'],
    ['end of life dates for centos 7 and centos 8?', 'CentOS Linux 7 · CentOS Linux 8'],
    // Support asked as a length of time, or as the day updates stop.
    ['Does AlmaLinux 10 have 10 years of support like RHEL?', 'AlmaLinux OS 10'],
    ['how many years of updates does alma 8 get', 'AlmaLinux OS 8'],
    ['we need the exact date AlmaLinux 9 stops receiving security errata', 'AlmaLinux OS 9'],
    // An adverb after "when" and an aside in brackets stand between the release and its verb.
    ['when exactly did centos 8 (not stream) stop getting updates? i thought it went to 2029', 'CentOS Linux 8'],
    // Read sentence by sentence: the context around the date question does not veto it.
    ['When does CentOS 8 maintenance end? Our install guide still says 2029.', 'CentOS Linux 8'],
    ['When did AlmaLinux 8.10 come out? Our packer build broke.', 'AlmaLinux 8.10 “Cerulean Leopard”'],
    ['Our servers run CentOS 7. Is it still supported?', 'CentOS Linux 7'],
    ['Is AlmaLinux 10 GA yet? We want to move our CI images.', 'AlmaLinux OS 10'],
    // "I have to" is not "I have (a machine)": the question is still about the release.
    ['We still build 9.1 images. When did 9.2 come out, and do I have to move?', 'AlmaLinux 9.1 “Lime Lynx”'],
  ])('%j → %s', (q, title) => {
    expect(titleOf(q)).toBe(title);
  });

  it('answers with exact dates, the time left and the release notes link', () => {
    const r = lc.answer('is alma 8 eol', today)!;
    expect(r.kind).toBe('lifecycle');
    expect(r.private).toBe(false);
    expect(r.body).toContain('AlmaLinux OS 8 gets **security updates only** until **2029-05-31** (2 years 6 months left); active support ended on 2024-05-31.');
    expect(r.sources.map((s) => s.url)).toContain('https://wiki.almalinux.org/release-notes/');
  });

  it('opens with the release day when the question asks when a minor or another release came out', () => {
    expect(lc.answer('when was almalinux 9.0 released', today)?.body).toMatch(/^AlmaLinux 9\.0 was released on \*\*2022-05-26\*\*\./);
    expect(lc.answer('when did rhel 9 come out', today)?.body).toMatch(/^Red Hat Enterprise Linux 9 was released on \*\*2022-05-18\*\*\./);
    expect(lc.answer('is 9.6 eol', today)?.body).not.toContain('was released on');
    const both = lc.answer('when were rhel 9 and almalinux 9 released?', today)?.body;
    expect(both).toContain('Red Hat Enterprise Linux 9 was released on **2022-05-18**.');
    expect(both).toContain('AlmaLinux OS 9 was released on **2022-05-26**.');
  });

  it('in a later phase of another release, says when the phase before it ended', () => {
    expect(lc.answer('when does rhel 7 maintenance support end?', today)?.body).toContain('**Extended Life Cycle Support** until **2029-05-31** (2 years 6 months left). Maintenance Support ended 2024-06-30.');
  });

  it("names every later phase of another release, so the date asked is there whichever phase it means", () => {
    expect(lc.answer('how long is rhel 9 supported', today)?.body).toContain('**Full Support** until **2027-05-31** (6 months 3 days left). Maintenance Support ends 2032-05-31. Extended Life Cycle Support ends 2036-05-31.');
  });

  it('a question naming four releases answers all four; with more, AlmaLinux first', () => {
    const r = lc.answer('Our docs list RHEL 8.10 → 2029-05-31 and RHEL 9 → 2032-05-31. If we add AlmaLinux 8 and 9, what EOL dates should we list?', today)!;
    expect(r.title).toBe('Red Hat Enterprise Linux 8 · Red Hat Enterprise Linux 9 · AlmaLinux OS 8 · AlmaLinux OS 9');
    // Each summary under its bold name, without the name said twice.
    expect(r.body).toContain('**Red Hat Enterprise Linux 9**: **Full Support** until **2027-05-31**');
    const five = lc.answer('CentOS 7, RHEL 8 and RHEL 9 are listed; until when are AlmaLinux 8 and 9 supported?', today)!;
    // Five named: RHEL 9, the last of the others, gives way; the rest keep the order asked.
    expect(five.title).toBe('CentOS Linux 7 · Red Hat Enterprise Linux 8 · AlmaLinux OS 8 · AlmaLinux OS 9');
  });

  it("a minor named beside another release carries its major's support, and its release day when that is asked too", () => {
    const body = lc.answer('We build for RHEL 9. When was AlmaLinux 9.0 released, and until when is AlmaLinux 9 supported?', today)!.body;
    expect(body).toContain('AlmaLinux 9.0 was released on **2022-05-26**.');
    expect(body).toContain('security updates only until **2032-05-31**');
  });

  it('a minor named beside another AlmaLinux major answers both', () => {
    const r = lc.answer('When exactly do the 8 series (8.10) and the 9 series reach end of life?', today)!;
    expect(r.title).toBe('AlmaLinux 8.10 “Cerulean Leopard” · AlmaLinux OS 9');
    expect(r.body).toContain('until **2029-05-31**');
    expect(r.body).toContain('until **2032-05-31**');
    // A minor and its own major stay one release.
    expect(lc.answer('is 9.4 still supported and how long does 9 last?', today)!.title).toBe('AlmaLinux 9.4 “Seafoam Ocelot”');
  });

  it('reads Extended Life Cycle Support by name, and ELS next to a release, as a date question', () => {
    expect(lc.answer("What's the end of extended life support date for RHEL 9?", today)?.body).toContain('Extended Life Cycle Support ends 2036-05-31');
    expect(lc.answer('If we buy ELS for RHEL 8, how long can we stay on it?', today)?.title).toBe('Red Hat Enterprise Linux 8');
    expect(lc.answer('how do I move from centos 7 els to almalinux?', today)).toBeNull();
  });

  it("Kitten beside another release says how long it lasts, and an ended release is not named twice", () => {
    const kitten = lc.answer('how long is kitten supported compared to centos stream 10?', today)!.body;
    expect(kitten).toMatch(/^\*\*AlmaLinux OS Kitten 10[^*]*\*\*: Based on CentOS Stream 10/);
    expect(kitten).toContain('CentOS Stream 10 ends **2030-05-31**');
    const ended = lc.answer('is 9.4 still supported and when does centos 7 end', today)!.body;
    expect(ended).toContain('**CentOS Linux 7**: Reached **end of life** on **2024-06-30**');
  });

  it('names both newest releases when they shipped the same day', () => {
    expect(lc.answer('latest version of almalinux', today)?.body).toContain('The newest AlmaLinux releases are **10.2** “Lavender Lion” and **9.8** “Olive Jaguar”, both released 2026-05-26.');
    expect(lc.answer('latest version of almalinux', on('2026-01-10'))?.body).toContain('The newest AlmaLinux release is **10.1** “Heliotrope Lion”, released 2025-11-24.');
  });

  it('says plainly when the asked release is not in the data', () => {
    const r = lc.answer('when is 9.10 coming out', today)!;
    expect(r.kind).toBe('unknown');
    expect(r.private).toBe(false);
    expect(words(r)).toContain('the newest is **9.8**');
  });
});

describe('a version number after another product names that product, never an AlmaLinux release', () => {
  it.each(['until when does Oracle Linux 8 get extended support?', 'when does amazon linux 2 reach end of life?', 'is SUSE Linux Enterprise Server 15 still supported?'])('%s', (q) => {
    expect(lc.answer(q, today)?.title ?? '').not.toMatch(/AlmaLinux/);
  });
});

describe('the CentOS project\'s short names for Stream releases', () => {
  it.each([
    ['What date did c8s actually go EOL?', 'CentOS Stream 8', '2024-05-31'],
    ['when does c9s end?', 'CentOS Stream 9', '2027-05-31'],
  ])('%s', (q, title, day) => {
    const r = lc.answer(q, today)!;
    expect(r.title).toBe(title);
    expect(words(r)).toContain(day);
  });
});

describe('a distribution the data holds no dates for is said plainly, never answered with a neighbour', () => {
  it.each([
    ['We still run Amazon Linux 2 next to some RHEL 7 boxes. Until when does Amazon Linux 2 get updates?', 'No dates for Amazon Linux 2'],
    ['until when is SUSE Linux Enterprise Server 15 supported?', 'No dates for Suse Linux Enterprise Server 15'],
  ])('%j', (q, title) => {
    const r = lc.answer(q, today)!;
    expect(r).toMatchObject({ kind: 'unknown', title });
    expect(words(r)).toContain('RHEL 7, 8, 9');
  });

  it('still answers AlmaLinux when the other distribution is only context', () => {
    expect(lc.answer('we moved from amazon linux 2 to alma 9, how long is 9 supported?', today)?.title).toBe('AlmaLinux OS 9');
  });
});

describe('Oracle Linux, dated by its own phases (Premier, then Extended Support)', () => {
  it.each([
    ['We still run Oracle Linux 7 next to some RHEL 7 boxes. Until when does Oracle Linux 7 Premier Support run?', 'Oracle Linux 7', '2024-12-31'],
    ['until when does Oracle Linux 8 get extended support?', 'Oracle Linux 8', '2032-07-31'],
    ['is oracle linux 9 still supported?', 'Oracle Linux 9', '2032-06-30'],
  ])('%j', (q, title, day) => {
    const r = lc.answer(q, today)!;
    expect(r.kind).toBe('lifecycle');
    expect(r.title).toContain(title);
    expect(words(r)).toContain(day);
  });

  it('answers both when a move from Oracle Linux to AlmaLinux is the context', () => {
    expect(lc.answer('we moved from oracle linux 7 to alma 9, how long is 9 supported?', today)?.title).toBe('Oracle Linux 7 · AlmaLinux OS 9');
  });
});

describe('questions that only mention a version are left to the notes', () => {
  it.each([
    'how do I enable crb on 9',
    "centos2alma prints 'only CentOS 7.9 is supported' although I run 7.9.2009",
    'upgrade 8 to 9 with elevate',
    'is the pi 5 supported',
    'is secure boot supported on alma 9',
    'is zfs supported on almalinux 9',
    'is docker still supported on alma 8',
    'how do I upgrade to the latest version',
    'how to migrate from eol centos 7 to almalinux',
    'can I still migrate centos 7 to alma with elevate after centos 7 goes eol?',
    'the microsoft secure boot certs expire in june 2026, do I need to do anything on alma 9?',
    'dnf says NOKEY after upgrading to 9.5',
    'latest kernel version in almalinux 9',
    'what packages were released for 9.4',
    'where can I download the latest iso',
    'my 9.4 server fails to boot after the last update',
    'how do I check my current almalinux version',
    'When does CentOS 7 end? How do I migrate to Alma 9?',
    'secure boot on alma 9. is it still supported?',
    'is 8 gb of ram enough for alma 9',
    'when I run dnf update on 9 it ends with an error',
    'what is almalinux',
    'what happened to the epel packages on alma 9',
    // A tool's output quoted with its support words: a question about the tool, not the release.
    'almalinux-deploy.sh on centos 7 says Check EL7 is supported ERROR',
    "trivy image almalinux:9 prints WARN This OS version is not on the EOL list: alma 9. Is my image unsupported?",
    // Whether some software supports a release, under a title that names the release's support.
    'RHEL 10 support status: RHEL 10 has been released. Does the NVIDIA precompiled kmod repository support RHEL 10 yet?',
    'will the vendor agent officially support AlmaLinux 10?',
    '',
  ])('%j', (q) => {
    expect(lc.answer(q, today)).toBeNull();
  });
});

describe('through the router', () => {
  const { router } = fixtureApp({ now: () => on('2026-11-28') });

  it('ask answers a date question from the lifecycle data', () => {
    const r = router.handle(request('ask', { question: 'when does almalinux 9 go end of life?' }));
    expect(r.kind).toBe('lifecycle');
    expect(r.body).toContain('**2027-05-31** (6 months 3 days left)');
  });

  it('a date asked beside a how-to is left to the notes, and answered from the data when the notes cannot', () => {
    const q = 'Our docs link CentOS 8 images, should we switch to CentOS Stream 8? When does Stream 8 go EOL?';
    expect(lc.answer(q, today)).toBeNull();
    expect(lc.alsoAsked(q, today)?.title).toBe('CentOS Linux 8 · CentOS Stream 8');
    const r = router.handle(request('ask', { question: q }));
    expect(r.kind).toBe('lifecycle');
    expect(r.body).toContain('2024-05-31');
  });

  it('lifecycle takes its version argument and autocompletes versions', () => {
    expect(router.handle(request('lifecycle', { version: 'el9' })).title).toBe('AlmaLinux OS 9');
    expect(router.handle(request('lifecycle')).title).toBe('AlmaLinux lifecycle');
    expect(router.autocomplete('lifecycle', 'version', 'kit')).toEqual([{ name: 'AlmaLinux OS Kitten 10', value: 'kitten' }]);
  });
});

describe('a topical answer about an ended release says so', () => {
  it('adds the status and the way forward for an old minor or CentOS 8, and nothing for a current release', () => {
    expect(lc.eolNotice('dnf fails on my alma 9.5 box', today)).toMatch(/^AlmaLinux 9\.5 no longer gets updates \(since 2025-05-20, when 9\.6 came out\): `sudo dnf upgrade[^`]*` moves it to 9\.8\.$/);
    expect(lc.eolNotice('converting an old centos 8.4 vm', today)).toMatch(/^CentOS Linux 8 reached end of life on 2021-12-31; \[\[almalinux-deploy\]\]/);
    expect(lc.eolNotice('enable crb on 9', today)).toBeNull();
    expect(lc.eolNotice('how do I enable epel on 9.8', today)).toBeNull();
  });
});
