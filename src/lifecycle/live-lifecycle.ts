// The Lifecycle the router uses, over data that a refresh may replace at any time.

import type { Reply } from '../reply.ts';
import type { Choice } from '../services.ts';
import { dayOf } from './calendar.ts';
import type { Day, LifecycleData } from './lifecycle-data.ts';
import type { Lifecycle } from './lifecycle.ts';
import { questionIntent } from './question-intent.ts';
import { betaReply, majorReply, minorReply } from './reply-alma.ts';
import { kittenReply, otherReply, productReply } from './reply-others.ts';
import { latestReply, overviewReply } from './reply-overview.ts';
import { unknownReply } from './reply-unknown.ts';
import { versionChoices } from './version-choices.ts';
import { findMentions, normalize, parseVersion, sameSubject, type Mention, type Subject } from './version-mentions.ts';

export interface LiveLifecycle extends Lifecycle {
  /** The data from knowledge/lifecycle.json, never changed: refreshes merge over it. */
  readonly bundled: LifecycleData;
  current(): LifecycleData;
  replace(data: LifecycleData): void;
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
      const r = data.others.find((o) => o.product === s.product && Number(o.major) === s.major);
      return r && otherReply(data, r, today);
    }
    case 'alma': {
      const major = data.almalinux.find((m) => Number(m.major) === s.major);
      if (!major || s.minor === undefined) return major && majorReply(data, major, today);
      const version = `${s.major}.${s.minor}`;
      const minor = major.minors.find((x) => x.version === version);
      if (minor) return minorReply(data, major, minor, today);
      const beta = major.betas?.find((x) => x.version === version);
      return beta && betaReply(data, major, beta, today);
    }
  }
}

/** The release a question is about: a named minor first; several AlmaLinux majors mean all of them. */
function pickSubject(mentions: Mention[]): Subject | undefined {
  const subjects = mentions.map((m) => m.subject).filter((s, i, all) => all.findIndex((t) => sameSubject(s, t)) === i);
  const minor = subjects.find((s) => s.kind === 'alma' && s.minor !== undefined);
  if (minor) return minor;
  if (subjects.filter((s) => s.kind === 'alma').length > 1) return { kind: 'all' };
  return subjects.find((s) => s.kind !== 'all') ?? subjects[0];
}

/** Each named release becomes `§`, so intent patterns can see what the question says about it. */
function markMentions(text: string, mentions: Mention[]): string {
  return [...mentions].reverse().reduce((t, m) => `${t.slice(0, m.start)}§${t.slice(m.end)}`, text);
}

const LONE_LATEST = /^(?:what(?:'?s| is)\s+)?(?:the\s+)?(?:latest|newest|current)\s+(?:stable\s+)?(?:version|release)\s*\??$/;

function answerQuestion(data: LifecycleData, question: string, today: Day): Reply | null {
  const text = normalize(question);
  const mentions = findMentions(text, (n) => data.almalinux.some((m) => Number(m.major) === n));
  const marked = markMentions(text, mentions);
  const intent = questionIntent(marked);
  if (!intent) return null;
  const subject = pickSubject(mentions);
  if (!subject) return intent === 'latest' && LONE_LATEST.test(marked) ? latestReply(data, today) : null;
  if (subject.kind === 'all' && intent === 'latest') return latestReply(data, today);
  return replyFor(data, subject, today) ?? unknownReply(data, question, subject, false);
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
    choices: (partial): Choice[] => versionChoices(data, partial),
  };
}
