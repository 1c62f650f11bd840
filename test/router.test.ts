import { describe, expect, it } from 'vitest';
import { createRouter } from '../src/router.ts';
import { parseText } from '../src/text-command.ts';
import type { Logger, Miss } from '../src/services.ts';
import { fixtureApp, request } from './helpers.ts';

const { router, services } = fixtureApp();
const text = (t: string) => router.handleText(t, { platform: 'test' });

describe('parseText', () => {
  it.each([
    ['lifecycle 9', { command: 'lifecycle', args: { version: '9' } }],
    ['/docs secure boot', { command: 'docs', args: { topic: 'secure boot' } }],
    ['help', { command: 'help', args: {} }],
    ['help lifecycle', { command: 'help', args: { command: 'lifecycle' } }],
    ['help me enable crb', { command: 'ask', args: { question: 'help me enable crb' } }],
    ['ask how do I enable crb', { command: 'ask', args: { question: 'how do I enable crb' } }],
    ['how do I enable crb', { command: 'ask', args: { question: 'how do I enable crb' } }],
    ['/frobnicate now', { unknownCommand: 'frobnicate' }],
  ])('%s', (input, expected) => {
    expect(parseText(input)).toEqual(expected);
  });
});

describe('router', () => {
  it('answers a question with the section, version, source and related notes', () => {
    const r = text('how do I enable crb on almalinux 9');
    expect(r.kind).toBe('answer');
    expect(r.body).toContain('*For AlmaLinux 9.*');
    expect(r.body).toContain('dnf config-manager --set-enabled crb');
    expect(r.body).not.toContain('powertools');
    expect(r.body).toContain('[EPEL](https://wiki.almalinux.org/repos/Extras.html#epel)');
    expect(r.sources[0]).toEqual({ title: 'PowerTools and CRB', url: 'https://wiki.almalinux.org/repos/AlmaLinux.html' });
    expect(r.suggestions).toContain('EPEL');
    expect(r.meta).toMatchObject({ notes: ['crb'], version: 'AlmaLinux 9' });
  });

  it('says plainly when it does not know, points to the community and records the miss', () => {
    const misses: Miss[] = [];
    const { router: r } = fixtureApp({ recordMiss: (m) => misses.push(m) });
    const reply = r.handleText('why does my printer print blank pages', { platform: 'slack' });
    expect(reply.kind).toBe('unknown');
    expect(reply.body).toContain("I don't know");
    expect(reply.body).toContain('https://forums.almalinux.org');
    expect(reply.body).toContain('https://chat.almalinux.org');
    expect(misses).toEqual([{ question: 'why does my printer print blank pages', platform: 'slack', confidence: expect.any(Number) }]);
  });

  it('links docs for a topic and for [[topics]] in a message, at most three', () => {
    const docs = text('docs powertools');
    expect(docs.kind).toBe('links');
    expect(docs.sources).toEqual([{ title: 'PowerTools and CRB', url: 'https://wiki.almalinux.org/repos/AlmaLinux.html' }]);
    const links = router.docLinks('you need [[crb]] and [[EPEL]], also [[nope]] and [[crb|again]]');
    expect(links?.topics).toEqual(['crb', 'epel']);
    expect(router.docLinks('no links here [[')).toBeNull();
  });

  it('answers an unknown docs topic privately, quoting the topic harmlessly', () => {
    const r = text('docs @everyone <!channel>');
    expect(r.kind).toBe('unknown');
    expect(r.private).toBe(true);
    expect(r.body).toContain('`@everyone <!channel>`');
  });

  it('gives help for help and for unknown slash commands, privately', () => {
    expect(text('help').body).toContain('lifecycle [version]');
    const unknown = text('/frobnicate');
    expect(unknown.title).toBe('Unknown command');
    expect(unknown.private).toBe(true);
    expect(router.handle(request('frobnicate')).kind).toBe('help');
  });

  it('applies private and for', () => {
    const r = router.handle(request('ask', { question: 'enable crb on 9', private: true, for: 'U42' }));
    expect(r.private).toBe(true);
    expect(r.target).toBe('U42');
  });

  it('refuses over-long input with the limit', () => {
    const r = text('x'.repeat(5000));
    expect(r.kind).toBe('error');
    expect(r.body).toContain('4000 characters');
  });

  it('never throws: a failing command becomes an apology and a logged error', () => {
    const logged: object[] = [];
    const log: Logger = { debug() {}, info() {}, warn() {}, error: (o) => void logged.push(o) };
    const broken = createRouter({ ...services, log, engine: { ...services.engine, search: () => { throw new Error('boom'); } } });
    const r = broken.handle(request('ask', { question: 'anything' }));
    expect(r.kind).toBe('error');
    expect(r.body).toContain('Something went wrong');
    expect(logged).toHaveLength(1);
  });

  it('autocompletes topics and commands', () => {
    expect(router.autocomplete('docs', 'topic', 'ep')).toEqual([{ name: 'EPEL', value: 'epel' }]);
    expect(router.autocomplete('help', 'command', 'l')).toEqual([{ name: 'lifecycle', value: 'lifecycle' }]);
    expect(router.autocomplete('ask', 'question', 'x')).toEqual([]);
  });
});

describe('flags in text', () => {
  it('takes boolean options as flags anywhere in the line, and an empty line asks for help', () => {
    expect(parseText('lifecycle 9 --private')).toEqual({ command: 'lifecycle', args: { version: '9', private: true } });
    expect(parseText('how do I enable crb --private')).toEqual({ command: 'ask', args: { question: 'how do I enable crb', private: true } });
    expect(parseText('--private')).toEqual({ command: 'help', args: { private: true } });
    expect(text('enable crb on 9 --private').private).toBe(true);
  });
});
