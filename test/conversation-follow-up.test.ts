import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContextStore } from '../src/conversation/context-store.ts';
import { createConversation } from '../src/conversation/conversation.ts';
import { readFollowUp } from '../src/conversation/follow-up.ts';
import { confidentEnough, createHelpThreads, helpPost } from '../src/conversation/help-threads.ts';
import { fixtureApp } from './helpers.ts';

const crb9 = { question: 'how do I enable CRB on 9?', note: 'crb' };
const ask = (question: string) => ({ kind: 'question', question });

describe('readFollowUp', () => {
  it('switches the version of the previous question', () => {
    expect(readFollowUp(crb9, 'and on 8?')).toEqual(ask('how do I enable CRB on 8?'));
    expect(readFollowUp(crb9, 'what about 10')).toEqual(ask('how do I enable CRB on 10?'));
    expect(readFollowUp(crb9, 'And for AlmaLinux 9.4?')).toEqual(ask('how do I enable CRB on 9.4?'));
    expect(readFollowUp(crb9, 'el8?')).toEqual(ask('how do I enable CRB on 8?'));
    expect(readFollowUp({ question: 'lifecycle 9' }, 'and 8?')).toEqual(ask('lifecycle 8'));
    expect(readFollowUp({ question: 'lifecycle' }, 'and for 10?')).toEqual(ask('lifecycle 10'));
    expect(readFollowUp(crb9, 'and what about almalinux 10 then?')).toEqual(ask('how do I enable CRB on 10?'));
    // No version in the question: the new one is added; other numbers are left alone.
    expect(readFollowUp({ question: 'what is epel' }, 'and on 8?')).toEqual(ask('what is epel on AlmaLinux 8'));
    expect(readFollowUp({ question: 'python 3.9 on port 8080 on alma 9' }, 'on 8?')).toEqual(ask('python 3.9 on port 8080 on alma 8'));
  });

  it('switches to another distribution, keeping or changing the version', () => {
    expect(readFollowUp(crb9, 'same on rocky?')).toEqual(ask('how do I enable CRB on Rocky Linux 9?'));
    expect(readFollowUp(crb9, 'what about centos 7?')).toEqual(ask('how do I enable CRB on CentOS 7?'));
    expect(readFollowUp({ question: 'is almalinux 8 still supported' }, 'same for RHEL')).toEqual(ask('is RHEL 8 still supported'));
    expect(readFollowUp({ question: 'what is epel' }, 'and on fedora?')).toEqual(ask('what is epel on Fedora'));
  });

  it('searches the error pasted after "that didn\'t work", with the thread\'s version', () => {
    const pasted = "that didn't work:\nError: Failed to download metadata for repo 'crb'";
    expect(readFollowUp(crb9, pasted)).toEqual(ask("Error: Failed to download metadata for repo 'crb'\non AlmaLinux 9"));
    expect(readFollowUp(crb9, 'still not working - nothing provides libyaml-devel needed by x.el8')).toEqual(ask('nothing provides libyaml-devel needed by x.el8'));
    expect(readFollowUp(crb9, "that didn't work")).toBeNull(); // nothing to search for
  });

  it('asks for the whole note on "more"', () => {
    for (const text of ['more', 'More please', 'show the whole note', 'tell me more', 'full answer?']) expect(readFollowUp(crb9, text)).toEqual({ kind: 'more', note: 'crb' });
    expect(readFollowUp({ question: 'lifecycle 9' }, 'more')).toBeNull();
  });

  it('never throws, and a rewritten question is never empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (question, text) => {
        const next = readFollowUp({ question, note: 'crb' }, text);
        if (next?.kind === 'question') expect(next.question.trim()).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('returns null when the context does not explain the message', () => {
    for (const text of ['thanks!', 'how do I install docker on 9', 'and then I rebooted and it asked me for a password on 8', '', '42']) expect(readFollowUp(crb9, text)).toBeNull();
  });
});

describe('conversation', () => {
  const app = fixtureApp();
  const base = { platform: 'test' };

  it('answers a follow-up in a thread for the other version, and a new question as new', () => {
    const talk = createConversation(app.router, () => app.services.knowledge);
    expect(talk.answer('t1', 'how do I enable crb on almalinux 9', base).body).toContain('--set-enabled crb');
    const eight = talk.answer('t1', 'and on 8?', base);
    expect(eight).toEqual(app.router.handleText('how do I enable crb on almalinux 8?', base));
    expect(eight.body).toContain('--set-enabled powertools');
    // Another thread has no context: the same words are a question of their own.
    expect(talk.followUp('t2', 'and on 8?', base)).toBeNull();
    expect(talk.answer('t2', 'and on 8?', base)).toEqual(app.router.handleText('and on 8?', base));
    expect(talk.answer('t1', 'what is epel', base).title).toBe('EPEL');
  });

  it('shows the whole note on "more", and chains a lifecycle follow-up to another product', () => {
    const talk = createConversation(app.router, () => app.services.knowledge);
    talk.answer('t', 'how do I enable crb on almalinux 9', base);
    const more = talk.answer('t', 'show the whole note', base);
    expect(more.title).toBe('PowerTools and CRB');
    expect(more.body).toContain('--set-enabled powertools');
    expect(more.body).toContain('--set-enabled crb');
    talk.answer('t', 'is alma 8 still supported', base);
    expect(talk.answer('t', 'same for centos?', base).title).toBe('CentOS Linux 8');
  });

  it('forgets a thread after the time bound and past the size bound; link copies a context', () => {
    let t = 5000; // lru-cache reads a start time of 0 as "no expiry"
    const store = createContextStore({ maxThreads: 2, ttlMs: 1000 }, () => t);
    const talk = createConversation(app.router, () => app.services.knowledge, store);
    talk.answer('a', 'how do I enable crb on almalinux 9', base);
    talk.link('a', 'a-reply');
    expect(talk.has('a-reply')).toBe(true);
    t += 1001;
    expect(talk.has('a')).toBe(false);
    for (const k of ['x', 'y', 'z']) talk.answer(k, 'what is epel', base);
    expect(store.size()).toBe(2);
    expect(talk.has('x')).toBe(false);
  });

  it('links the notes an answer came from and relates to, for a help post it is not sure about', () => {
    const talk = createConversation(app.router, () => app.services.knowledge);
    const crb = app.router.handleText('how do I enable crb on almalinux 9', base);
    const related = talk.related(crb)!;
    expect(related.kind).toBe('links');
    expect(related.title).toBe('These notes may help');
    expect(related.sources.map((s) => s.title).slice(0, 2)).toEqual(['PowerTools and CRB', 'EPEL']);
    expect(related.sources.length).toBeLessThanOrEqual(3);
    expect(talk.related(app.router.handleText('how to install nginx', base))).toBeNull();
  });

  it('keeps no context for help, errors or doc links', () => {
    const talk = createConversation(app.router, () => app.services.knowledge);
    talk.answer('h', 'help', base);
    expect(talk.has('h')).toBe(false);
  });
});

describe('help threads', () => {
  it('answers a new post once, and not once another person replied', () => {
    const threads = createHelpThreads();
    expect(threads.opened('p1', 'alice')).toBe(true);
    expect(threads.opened('p1', 'alice')).toBe(false);
    threads.message('p1', 'alice'); // the poster adding detail does not take it over
    expect(threads.claim('p1')).toBe(true);
    expect(threads.claim('p1')).toBe(false);
    threads.opened('p2', 'alice');
    threads.message('p2', 'bob');
    expect(threads.claim('p2')).toBe(false);
    expect(threads.claim('never-seen')).toBe(false);
  });

  it('calls only note and lifecycle answers at or above the threshold confident', () => {
    const app = fixtureApp();
    const answer = app.router.handleText('how do I enable crb on almalinux 9', { platform: 'test' });
    expect(confidentEnough(answer, 0.8)).toBe(true);
    expect(confidentEnough({ ...answer, meta: { ...answer.meta!, confidence: 0.7 } }, 0.8)).toBe(false);
    expect(confidentEnough(app.router.handleText('how to install nginx', { platform: 'test' }), 0)).toBe(false);
  });

  it('posts the answer, the related notes or nothing, claiming the thread only when it posts', () => {
    const answer = fixtureApp().router.handleText('how do I enable crb on almalinux 9', { platform: 'test' });
    const unsure = { ...answer, meta: { ...answer.meta!, confidence: 0.5 } };
    const related = { ...answer, title: 'Related notes' };
    const threads = createHelpThreads();
    for (const id of ['a', 'b', 'c', 'd']) threads.opened(id, 'alice');
    expect(helpPost(threads, 'a', answer, { minConfidence: 0.8, related: () => null })).toEqual({ post: 'answer', reply: answer });
    expect(helpPost(threads, 'b', unsure, { minConfidence: 0.8, related: () => null })).toEqual({ post: null, why: 'not confident enough' });
    expect(threads.claim('b')).toBe(true); // declining left the thread unclaimed
    expect(helpPost(threads, 'c', unsure, { minConfidence: 0.8, related: () => related })).toEqual({ post: 'related', reply: related });
    threads.message('d', 'bob');
    expect(helpPost(threads, 'd', answer, { minConfidence: 0.8, related: () => null })).toEqual({ post: null, why: 'a person answered first' });
  });
});
