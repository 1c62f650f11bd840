// The Lifecycle the router uses, over data that a refresh may replace at any time.

import { reply, type Reply } from '../reply.ts';
import type { Choice } from '../services.ts';
import { dayOf } from './calendar.ts';
import type { AlmaMajor, Beta, Day, LifecycleData, Minor } from './lifecycle-data.ts';
import type { Lifecycle } from './lifecycle.ts';
import { eolNotice } from './eol-notice.ts';
import { asksRelease, questionIntent, sentencesOf } from './question-intent.ts';
import { betaReply, betaSummary, majorReply, majorSummary, minorReply, minorSummary } from './reply-alma.ts';
import { kittenReply, kittenSummary, otherLead, otherReply, productReply } from './reply-others.ts';
import { latestReply, overviewReply } from './reply-overview.ts';
import { unheldProductReply, unknownReply } from './reply-unknown.ts';
import { versionChoices } from './version-choices.ts';
import { findMentions, normalize, unheldRelease, parseVersion, sameSubject, type Mention, type Subject } from './version-mentions.ts';

export interface LiveLifecycle extends Lifecycle {
  /** The data from knowledge/lifecycle.json, never changed: refreshes merge over it. */
  readonly bundled: LifecycleData;
  current(): LifecycleData;
  replace(data: LifecycleData): void;
}

const otherOf = (data: LifecycleData, s: Extract<Subject, { kind: 'other' }>) => data.others.find((o) => o.product === s.product && Number(o.major) === s.major);
const majorOf = (data: LifecycleData, s: Extract<Subject, { kind: 'alma' }>) => data.almalinux.find((m) => Number(m.major) === s.major);
const minorOf = (data: LifecycleData, s: Extract<Subject, { kind: 'alma' }>) => (s.minor === undefined ? undefined : majorOf(data, s)?.minors.find((x) => x.version === `${s.major}.${s.minor}`));

/** The AlmaLinux release a subject names in the data: its major, with the minor or beta named; undefined when the data lacks it. */
function almaRelease(data: LifecycleData, s: Extract<Subject, { kind: 'alma' }>): { major: AlmaMajor; minor?: Minor; beta?: Beta } | undefined {
  const major = majorOf(data, s);
  if (!major || s.minor === undefined) return major && { major };
  const minor = minorOf(data, s);
  if (minor) return { major, minor };
  const beta = major.betas?.find((x) => x.version === `${s.major}.${s.minor}`);
  return beta && { major, beta };
}

/** The reply for one release, or undefined when the data does not have it. */
function replyFor(data: LifecycleData, s: Subject, today: Day): Reply | undefined {
  switch (s.kind) {
    case 'all':
      return overviewReply(data, today);
    case 'kitten':
      return kittenReply(data, today);
    case 'product':
      return data.others.some((o) => o.product === s.product) ? productReply(data, s.product, today) : undefined;
    case 'other': {
      const r = otherOf(data, s);
      return r && otherReply(data, r, today);
    }
    case 'alma': {
      const a = almaRelease(data, s);
      if (!a) return undefined;
      return a.minor ? minorReply(data, a.major, a.minor, today) : a.beta ? betaReply(data, a.major, a.beta, today) : majorReply(data, a.major, today);
    }
  }
}

/**
 * One release's status as a combined reply's line: the summary its own reply opens with, without
 * its name (the line's bold title says it). A minor's line carries its major's status too: "until
 * when is 9 supported" beside 9.0 asks it.
 */
function summaryFor(data: LifecycleData, s: Subject, today: Day): string {
  if (s.kind === 'kitten') return kittenSummary(data, today, false).join(' ');
  if (s.kind === 'other') {
    const r = otherOf(data, s);
    return r ? otherLead(data, r, today, false) : '';
  }
  const a = s.kind === 'alma' ? almaRelease(data, s) : undefined;
  if (!a) return '';
  if (a.minor) return minorSummary(data, a.major, a.minor, today).replace(/\n\n/g, ' ');
  return a.beta ? betaSummary(data, a.major, a.beta, today) : majorSummary(a.major, today);
}

/** The release a question is about: a named minor first; several AlmaLinux majors mean all of them. */
function pickSubject(mentions: Mention[]): Subject | undefined {
  const subjects = mentions.map((m) => m.subject).filter((s, i, all) => all.findIndex((t) => sameSubject(s, t)) === i);
  const minor = subjects.find((s) => s.kind === 'alma' && s.minor !== undefined);
  if (minor) return minor;
  if (subjects.filter((s) => s.kind === 'alma').length > 1) return { kind: 'all' };
  // A named release before a product named without one: "The Rocky Linux README says CentOS 8 … when did it end?"
  return subjects.find((s) => s.kind !== 'all' && s.kind !== 'product') ?? subjects.find((s) => s.kind !== 'all') ?? subjects[0];
}

/** Releases a combined reply summarizes: four short paragraphs stay within what a chat user reads first. */
const MAX_COMBINED = 4;

/**
 * The releases of a question that names another product's release beside others ("CentOS 7 …
 * AlmaLinux 9"), at most four, AlmaLinux's first when there are more (the others are usually the
 * context: "RHEL 8 → 2029, RHEL 9 → 2032; what about AlmaLinux 8 and 9?"), or that names a minor
 * beside another AlmaLinux major; empty when only AlmaLinux majors, or a minor and its own major,
 * are named, which `pickSubject` answers as one (a minor and its major are the minor; two majors
 * the overview).
 */
function specificSubjects(mentions: Mention[]): Subject[] {
  const specific = mentions.map((m) => m.subject).filter((s) => s.kind === 'alma' || s.kind === 'other' || s.kind === 'kitten');
  // A minor beside another AlmaLinux major ("the 8 series (8.10) and the 9 series") asks about both.
  const alma = specific.filter((s) => s.kind === 'alma');
  const minorAndAnotherMajor = alma.some((s) => s.minor !== undefined) && new Set(alma.map((s) => s.major)).size > 1;
  if (!specific.some((s) => s.kind !== 'alma') && !minorAndAnotherMajor) return [];
  const kept = specific.filter((s) => !(s.kind === 'alma' && s.minor === undefined && specific.some((t) => t.kind === 'alma' && t.major === s.major && t.minor !== undefined)));
  const distinct = kept.filter((s, i) => kept.findIndex((t) => sameSubject(s, t)) === i);
  if (distinct.length <= MAX_COMBINED) return distinct;
  const chosen = new Set([...distinct.filter((s) => s.kind === 'alma'), ...distinct.filter((s) => s.kind !== 'alma')].slice(0, MAX_COMBINED));
  return distinct.filter((s) => chosen.has(s));
}

/**
 * "When did CentOS 7 end, and how long does AlmaLinux 9 last?": each release's summary line, in
 * the order asked, so a compound question gets every date it asks for.
 */
function combinedReply(data: LifecycleData, subjects: Subject[], today: Day, released: boolean): Reply | null {
  const found = subjects.map((s) => ({ s, r: replyFor(data, s, today) })).filter((x): x is { s: Subject; r: Reply } => !!x.r);
  const replies = found.map((x) => x.r);
  if (replies.length < 2) return replies[0] ?? null;
  // "Has 10 been released yet, and when?" opens a release's line with its release day.
  const summaries = found.map(({ s, r }) => `**${r.title}**: ${[released && releaseLine(data, s, true), summaryFor(data, s, today)].filter(Boolean).join(' ')}`);
  const sources = [...new Map(replies.flatMap((r) => r.sources).map((src) => [src.url, src])).values()].slice(0, 4);
  const body = [...summaries, `*Status on ${today}. \`lifecycle <version>\` shows one release in full.*`].join('\n\n');
  return reply('lifecycle', replies.map((r) => r.title).join(' · '), body, {
    sources,
    meta: { notes: [], version: replies.map((r) => r.meta?.version).filter(Boolean).join(', ') || null, confidence: 1 },
  });
}

/** Each named release becomes `§`, so intent patterns can see what the question says about it. */
function markMentions(text: string, mentions: Mention[]): string {
  return [...mentions].reverse().reduce((t, m) => `${t.slice(0, m.start)}§${t.slice(m.end)}`, text);
}

/** The sentence that asks: the last one ending in a question mark, else the last one. */
function askingSentence(text: string): string {
  const sentences = sentencesOf(text);
  return sentences.findLast((x) => x.trim().endsWith('?')) ?? sentences.at(-1) ?? text;
}

const LONE_LATEST = /^(?:what(?:'?s| is)\s+)?(?:the\s+)?(?:latest|newest|current)\s+(?:stable\s+)?(?:version|release)\s*\??$/;

function answerQuestion(data: LifecycleData, question: string, today: Day, alsoAsked = false): Reply | null {
  const text = normalize(question);
  const mentions = findMentions(text, (n) => data.almalinux.some((m) => Number(m.major) === n));
  const marked = markMentions(text, mentions);
  const intent = questionIntent(marked, { alsoAsked });
  if (!intent) return null;
  // Asked about a distribution the data holds no dates for: say so, never a neighbour's dates (RHEL 7's for Amazon Linux 2).
  const asking = askingSentence(text);
  const unheld = intent === 'latest' ? undefined : unheldRelease(asking, findMentions(asking, (n) => data.almalinux.some((m) => Number(m.major) === n)));
  if (unheld) return unheldProductReply(data, unheld);
  const several = intent === 'latest' ? [] : specificSubjects(mentions);
  if (several.length > 1) return combinedReply(data, several, today, intent === 'release' || asksRelease(marked));
  const subject = pickSubject(mentions);
  if (!subject) return intent === 'latest' && LONE_LATEST.test(marked) ? latestReply(data, today) : null;
  if (subject.kind === 'all' && intent === 'latest') return latestReply(data, today);
  const found = replyFor(data, subject, today);
  if (!found) return unknownReply(data, question, subject, false);
  // "When was 9.0 released?": the release date first, then the release's status as usual.
  const released = intent === 'release' ? releaseLine(data, subject) : null;
  return released ? { ...found, body: `${released}\n\n${found.body}` } : found;
}

/** "AlmaLinux 9.0 was released on 2022-05-26." for a release the data dates and its reply does not open with; null otherwise. */
function releaseLine(data: LifecycleData, s: Subject, majorsToo = false): string | null {
  const line = (name: string, day: Day | undefined) => (day ? `${name} was released on **${day}**.` : null);
  // A major's full reply already gives its release day; a minor's opens with its end of life.
  if (s.kind === 'alma') {
    const minor = minorOf(data, s);
    const major = majorsToo ? majorOf(data, s) : undefined;
    return minor ? line(`AlmaLinux ${minor.version}`, minor.releaseDate.value) : major ? line(major.name, major.releaseDate.value) : null;
  }
  if (s.kind === 'kitten') return data.kitten ? line(data.kitten.name, data.kitten.releaseDate.value) : null;
  if (s.kind === 'other') {
    const r = otherOf(data, s);
    return r ? line(r.name, r.releaseDate?.value) : null;
  }
  return null;
}

export function createLifecycle(bundled: LifecycleData): LiveLifecycle {
  let data = bundled;
  return {
    bundled,
    current: () => data,
    replace(next) {
      data = next;
    },
    reply(query, today) {
      const subject = parseVersion(query);
      const found = subject && replyFor(data, subject, dayOf(today));
      return found ?? unknownReply(data, query ?? '', subject, true);
    },
    answer: (question, today) => answerQuestion(data, question, dayOf(today)),
    alsoAsked: (question, today) => answerQuestion(data, question, dayOf(today), true),
    eolNotice: (question, today) => eolNotice(data, question, dayOf(today)),
    choices: (partial): Choice[] => versionChoices(data, partial),
  };
}
