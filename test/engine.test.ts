import { describe, expect, it } from 'vitest';
import { decide, decisionModel, probability } from '../src/search/decide.ts';
import { findVersions } from '../src/search/versions.ts';
import { expandQuery, normalizeQuery, parseVocabulary } from '../src/search/vocabulary.ts';
import { fixtureApp } from './helpers.ts';

const { services } = fixtureApp();
const search = (q: string) => services.engine.search(q);

describe('findVersions', () => {
  it.each([
    ['how do I enable crb on 9', [{ major: 9 }]],
    ['alma 8 powertools', [{ major: 8 }]],
    ['AlmaLinux 9.4 beta', [{ major: 9, minor: 4 }]],
    ['kernel 4.18.0-513.el8.x86_64 panics', [{ major: 8 }]],
    ['openssl-3.0.7-27.el9_4.x86_64', [{ major: 9, minor: 4 }]],
    ['el10 images', [{ major: 10 }]],
    ['wsl --install AlmaLinux-9', [{ major: 9 }]],
    ['CentOS 7 to Alma 8 in place', [{ major: 8 }]],
    ['need 644MB more on /', []],
    ['python 3.9 on centos 8', []],
    ['is rhel 9 compatible', []],
  ])('%s', (q, expected) => {
    expect(findVersions(q)).toEqual(expected);
  });
});

describe('normalizeQuery', () => {
  const vocabulary = parseVocabulary('replace:\n  eol: end of life\n  c7: centos 7\n  yum: dnf\n  red hat enterprise linux: rhel\n  red hat: rhel\n');
  it('replaces whole words and longest phrases first, never re-replacing', () => {
    expect(normalizeQuery(vocabulary, 'Is C7 EOL? yum broke')).toBe('is centos 7 end of life? dnf broke');
    expect(normalizeQuery(vocabulary, 'Red Hat Enterprise Linux and red hat')).toBe('rhel and rhel');
    expect(normalizeQuery(vocabulary, 'yummy c70')).toBe('yummy c70');
  });

  it('tells the words an expansion adds beside the typed word from a rewrite of it', () => {
    const expanding = parseVocabulary('replace:\n  docker: docker container image\n  yum: dnf yum\n  eol: end of life\n');
    expect(expandQuery(expanding, 'Docker or yum, is it EOL?').added).toEqual(['container', 'image', 'dnf']);
    expect(expandQuery(expanding, 'dockerfile').added).toEqual([]);
  });
});

describe('engine.search', () => {
  it('answers CRB on 9 with the 9/10 section and PowerTools on 8 with the 8 section', () => {
    expect(search('how do I enable crb on 9?').matches[0]?.section.id).toBe('crb#almalinux-9-and-10');
    const eight = search('enable powertools on alma 8');
    expect(eight.matches[0]?.section.id).toBe('crb#almalinux-8');
    expect(eight.matches.some((m) => m.section.id === 'crb#almalinux-9-and-10')).toBe(false);
  });

  it('ranks an exact title or alias first with full confidence', () => {
    const found = search('powertools');
    expect(found.matches[0]?.section.id).toBe('crb');
    expect(found.confidence).toBe(1);
  });

  it('finds a note by a pasted error fragment', () => {
    const found = search('Error: Problem: nothing provides libyaml-devel needed by foo-1.0.el9');
    // Retrieval's part: the note whose error it quotes, with the error signal set. Whether to answer
    // is the calibrator's, fitted on the shipped knowledge, not on this three-note fixture.
    expect(found.matches[0]?.note.id).toBe('crb');
    expect(found.signals?.error).toBe(1);
    expect(found.matches[0]?.coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('tolerates typos and word forms', () => {
    expect(search('how to enabel the codeready repository').matches[0]?.note.id).toBe('crb');
  });

  it('declines weak matches instead of guessing', () => {
    const found = search('my printer prints blank pages after toner change');
    expect(found.decline).toBe('weak');
  });

  it('declines questions about other systems', () => {
    expect(search('pacman -Syu fails with invalid signature on arch linux').decline).toBe('other-system');
    expect(search('apt update NO_PUBKEY on ubuntu').decline).toBe('other-system');
    expect(search('moving from ubuntu to almalinux').decline).not.toBe('other-system');
    // A Fedora release is another system; Fedora beside the family (EPEL, AlmaLinux) is not.
    expect(search('Fedora 41 dnf5 system-upgrade fails with Curl error (28)').decline).toBe('other-system');
    expect(search('moving from fedora 39 to almalinux 9').decline).not.toBe('other-system');
    expect(search('epel packages built by fedora').decline).not.toBe('other-system');
  });

  it('declines an empty question', () => {
    expect(search('   ').decline).toBe('empty');
    expect(search('how do i').decline).toBe('empty');
    // A bare version out of its thread says nothing about what is asked.
    expect(search('and on 8?').decline).toBe('weak');
  });

  it('reads a note id in the question as naming the note', () => {
    const found = search('enable epel');
    expect(found.matches[0]?.note.id).toBe('epel');
    expect(found.signals?.named).toBe(1);
  });

  it('reads a name with articles in between as naming it ("the extra packages for the enterprise linux")', () => {
    expect(search('what are the extra packages for the enterprise linux').signals?.named).toBe(1);
  });

  it('measures how much of the question the answer shows: every word of a plain question, fewer when the question is about more', () => {
    const plain = search('enable crb on 9').signals!;
    const more = search('enable crb on 9 and also fix my printer spooler queue').signals!;
    expect(plain.shown).toBe(1);
    expect(more.shown).toBeGreaterThan(0);
    expect(more.shown).toBeLessThan(0.6);
  });

  it('suggests topics for autocomplete', () => {
    expect(services.engine.suggest('pow', 5).map((n) => n.id)).toEqual(['crb']);
    // Empty input: most-linked notes first, ties by title.
    expect(services.engine.suggest('', 3).map((n) => n.id)).toEqual(['epel', 'crb', 'what-is-almalinux']);
    expect(services.engine.suggest('extra packages', 5)[0]?.id).toBe('epel');
  });
});

describe('decide', () => {
  const signals = { coverage: 1, nameCoverage: 0.5, margin: 0.2, named: 1, error: 0, known: 1, domain: 1, length: Math.log1p(4), versionFit: 1, reliability: 0.8, shown: 1 };
  const p = probability(signals);

  it('answers when the calibrated probability reaches the threshold, and says why', () => {
    expect(decide(signals, { ...decisionModel, threshold: p })).toMatchObject({ answer: true, reason: 'confident' });
  });

  it("declines below it: 'I don't know' for an in-domain question, off-topic when nothing is about the RHEL family", () => {
    const strict = { ...decisionModel, threshold: Math.min(1, p + 0.01) };
    expect(decide(signals, strict)).toMatchObject({ answer: false, reason: 'weak' });
    expect(decide({ ...signals, domain: 0, known: 0.2 }, strict)).toMatchObject({ answer: false, reason: 'off-topic' });
  });

  it('weighs what the answer shows: the same match showing less of the question is less likely right', () => {
    expect(probability({ ...signals, shown: 0.3 })).toBeLessThan(p);
  });
});
