import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledge, STALE_AFTER_DAYS } from '../src/notes/check-knowledge.ts';
import { replaceWikiLinks, wikiLinks } from '../src/notes/wiki-links.ts';
import { KnowledgeError, loadKnowledge, loadKnowledgeOrThrow } from '../src/notes/load-knowledge.ts';
import { anchorOf, headingVersions, parseNote } from '../src/notes/parse-note.ts';
import { fixtureDir, knowledgeFolder, noteText, TODAY } from './helpers.ts';

describe('parseNote', () => {
  it('splits the body into a lead and sections with stable anchors and versions', () => {
    const parsed = parseNote('crb', 'crb.md', noteText({ versions: '[8, 9, 10]' }, 'Lead.\n\n## AlmaLinux 8\nEight.\n\n## AlmaLinux 9 and 10\nNine, see [[epel]].\n\n## Notes\n`x` [link](https://wiki.almalinux.org/x.html)\n'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [lead, eight, nine, notes] = parsed.value.sections;
    expect(lead).toMatchObject({ id: 'crb', heading: '', versions: [8, 9, 10], versionSpecific: false });
    expect(eight).toMatchObject({ id: 'crb#almalinux-8', versions: [8], versionSpecific: true });
    expect(nine).toMatchObject({ id: 'crb#almalinux-9-and-10', versions: [9, 10], links: ['epel'] });
    expect(notes?.urls).toEqual(['https://wiki.almalinux.org/x.html']);
    expect(notes?.text).not.toContain('https');
  });

  it('reads versions from headings', () => {
    expect(headingVersions('On AlmaLinux 9 and 10')).toEqual([9, 10]);
    expect(headingVersions('AlmaLinux 8, 9 or 10')).toEqual([8, 9, 10]);
    expect(headingVersions('Alma 8')).toEqual([8]);
    expect(headingVersions('Why 9 beats 8')).toEqual([]);
    expect(anchorOf('Enable CRB (9/10)!')).toBe('enable-crb-910');
  });

  it.each([
    [noteText({ sources: '[http://example.org/]' }), 'front matter: sources must be a list of https URLs'],
    [noteText({ verified: 'yesterday' }), 'front matter: verified must be a date written YYYY-MM-DD'],
    [noteText({ versions: '[7]' }), 'front matter: versions must be a list of AlmaLinux majors'],
    [noteText({ title: '""' }), 'front matter: title is required'],
    [noteText({ colour: 'blue' }), 'front matter: unknown field colour'],
    ['no front matter here', 'front matter: missing'],
    [noteText({}, '## Only a heading\nText.\n'), 'the note needs a lead paragraph'],
    [noteText({}, 'Lead.\n\n## Empty\n\n## Next\nText.\n'), 'section "Empty" is empty'],
    ['---\ntitle: [unclosed\n---\nBody\n', 'front matter: invalid YAML'],
  ])('reports a malformed note: %#', (text, problem) => {
    const parsed = parseNote('x', 'x.md', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(problem);
  });
});

describe('loadKnowledge', () => {
  it('loads the fixture notes and resolves names case-insensitively', () => {
    const knowledge = loadKnowledgeOrThrow(fixtureDir);
    expect(knowledge.notes.map((n) => n.id).sort()).toEqual(['crb', 'epel', 'what-is-almalinux']);
    expect(knowledge.names.get('powertools')).toBe('crb');
  });

  it('names the file and the problem, and reports every problem at once', () => {
    const dir = knowledgeFolder({
      'repos/crb.md': noteText({ title: 'CRB', sources: '[ftp://x]' }),
      'a/dup.md': noteText({ title: 'Dup', aliases: '[crb]' }),
      'b/dup.md': noteText({ title: 'Other' }),
      'c/linker.md': noteText({ title: 'Linker' }, 'See [[nowhere]].\n'),
      'c/Bad Name.md': noteText(),
    });
    const { problems } = loadKnowledge(dir, dir);
    const lines = problems.map((p) => `${p.file}: ${p.message}`);
    expect(lines).toContain('repos/crb.md: front matter: sources must be a list of https URLs');
    expect(lines).toContain('b/dup.md: id "dup" is already used by a/dup.md');
    expect(lines).toContain('c/linker.md: link [[nowhere]] names no note');
    expect(lines).toContain('c/Bad Name.md: file name must be kebab-case (a-z, 0-9, -)');
    expect(() => loadKnowledgeOrThrow(dir, dir)).toThrow(KnowledgeError);
  });

  it('rejects an alias that another note already uses', () => {
    const dir = knowledgeFolder({ 'a.md': noteText({ title: 'A', aliases: '[shared]' }), 'b.md': noteText({ title: 'B', aliases: '[Shared]' }) });
    expect(loadKnowledge(dir, dir).problems.map((p) => p.message)).toEqual(['name "shared" is already used by a.md']);
  });
});

describe('checkKnowledge', () => {
  it('passes the fixture set', () => {
    expect(checkKnowledge(fixtureDir, { now: TODAY }).problems).toEqual([]);
  });

  it('flags unknown source hosts as errors and stale notes as warnings', () => {
    const dir = knowledgeFolder({
      'source-hosts.yaml': 'hosts: [wiki.almalinux.org]\n',
      'synonyms.yaml': 'replace: {}\n',
      'lifecycle.json': readFileSync(join(fixtureDir, 'lifecycle.json'), 'utf8'),
      'old.md': noteText({ title: 'Old', verified: '2020-01-01' }),
      'odd.md': noteText({ title: 'Odd', sources: '[https://example.com/page]' }),
    });
    const problems = checkKnowledge(dir, { now: TODAY, maxAgeDays: 365 }).problems;
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual(['source host example.com is not in source-hosts.yaml (https://example.com/page)']);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.message)[0]).toMatch(/^stale: verified 2020-01-01/);
  });
});

describe('stale notes', () => {
  const DAY = 86_400_000;
  /** The day `days` before `now`, as a note's `verified` value. */
  const daysBefore = (now: Date, days: number): string => new Date(now.getTime() - days * DAY).toISOString().slice(0, 10);
  const folder = (now: Date) =>
    knowledgeFolder({
      'source-hosts.yaml': 'hosts: [wiki.almalinux.org]\n',
      'synonyms.yaml': 'replace: {}\n',
      'lifecycle.json': readFileSync(join(fixtureDir, 'lifecycle.json'), 'utf8'),
      'old.md': noteText({ title: 'Old', verified: daysBefore(now, 400) }),
      'half.md': noteText({ title: 'Half a year', verified: daysBefore(now, 181) }),
      'fresh.md': noteText({ title: 'Fresh', verified: daysBefore(now, 179) }),
    });

  it('warns by default about notes verified more than 180 days ago, and lists them oldest first', () => {
    expect(STALE_AFTER_DAYS).toBe(180);
    const result = checkKnowledge(folder(TODAY), { now: TODAY });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.problems.filter((p) => p.severity === 'warning').map((p) => `${basename(p.file)}: ${p.message}`).sort()).toEqual([
      `half.md: stale: verified ${daysBefore(TODAY, 181)}, over 180 days ago`,
      `old.md: stale: verified ${daysBefore(TODAY, 400)}, over 180 days ago`,
    ]);
    expect(result.stale.map((f) => basename(f))).toEqual(['old.md', 'half.md']);
  });

  it('takes another limit when asked', () => {
    expect(checkKnowledge(folder(TODAY), { now: TODAY, maxAgeDays: 365 }).stale.map((f) => basename(f))).toEqual(['old.md']);
  });

  it('npm run knowledge:check uses 180 days unless --max-age-days says otherwise', () => {
    // The script reads the real clock, so the folder is dated from it.
    const dir = folder(new Date());
    const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'scripts', 'knowledge-check.ts'), ...args, dir], { encoding: 'utf8' });
    const byDefault = run();
    expect(byDefault).toMatch(/^warning: \S*half\.md: stale: verified \S+, over 180 days ago$/m);
    expect(byDefault).not.toContain('fresh.md');
    expect(byDefault).toMatch(/^2 notes verified over 180 days ago \(oldest first\): \S*old\.md, \S*half\.md$/m);
    expect(byDefault).toContain('3 notes, 0 errors, 2 warnings');
    const yearly = run('--max-age-days', '365');
    expect(yearly).toMatch(/^1 note verified over 365 days ago \(oldest first\): \S*old\.md$/m);
    expect(yearly).toContain('3 notes, 0 errors, 1 warnings');
  });
});

describe('lifecycle dates in notes', () => {
  it('flags a release or support date that the lifecycle data does not hold, and ignores other dates', () => {
    const dir = knowledgeFolder({
      'lifecycle.json': readFileSync(join(fixtureDir, 'lifecycle.json'), 'utf8'),
      'a.md': noteText(
        { title: 'Dates' },
        [
          'AlmaLinux 9 is supported until 2032-05-31.',
          'AlmaLinux 8 reaches end of life on 2029-03-01.',
          '| AlmaLinux 10 | 2030-05-31 | 2035-06-01 |',
          'The key rotated on 2024-01-12; see https://almalinux.org/blog/2024-07-09-x/ for AlmaLinux 9 released news.',
        ].join('\n\n') + '\n',
      ),
    });
    const messages = checkKnowledge(dir, { now: TODAY }).problems.map((p) => p.message);
    expect(messages.filter((m) => m.startsWith('date '))).toEqual([
      'date 2029-03-01 after a release or support phrase is not in lifecycle.json: "…AlmaLinux 8 reaches end of life on 2029-03-01"',
      'date 2035-06-01 after a release or support phrase is not in lifecycle.json: "…| AlmaLinux 10 | 2030-05-31 | 2035-06-01"',
    ]);
  });
});

describe('wiki links in notes', () => {
  it('are not read inside code: a TOML `[[table]]` is shown as written', () => {
    const text = 'see [[crb]] and `[[inline]]`\n```toml\n[[customizations.user]]\n```\nthen [[epel|EPEL]]';
    expect(wikiLinks(text).map((l) => l.target)).toEqual(['crb', 'epel']);
    expect(replaceWikiLinks(text, (target) => `<${target}>`)).toBe('see <crb> and `[[inline]]`\n```toml\n[[customizations.user]]\n```\nthen <epel>');
  });
});
