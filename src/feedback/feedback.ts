import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Knowledge } from '../notes/note.ts';
import type { Reply } from '../reply.ts';
import type { Miss } from '../services.ts';
import { decodeVote, encodeVote, type RatedKind, type VoteTarget } from './vote.ts';
import type { VoteLog } from './vote-log.ts';

// 👍/👎 on answers: the ids the buttons carry, and what a click does. Memory here is bounded and
// short-lived; the log gets only (note, section, verdict, time, platform, kind).

export const feedbackOptions = {
  /** An answer can be rated this long after it was given; one vote per user per answer within it. */
  recentMs: 24 * 60 * 60 * 1000,
  /** Votes remembered at once (about 100 bytes each). */
  maxVoters: 50_000,
  /** "I don't know" questions held for a 👎 to count them as misses. */
  maxQuestions: 5000,
};

export interface Click {
  /** Who clicked: used only in memory, hashed, to allow one vote per answer. */
  voter: string;
  /** Which message was rated (platform message id or timestamp). */
  answer: string;
  platform: string;
}

export type VoteOutcome = 'recorded' | 'again' | 'invalid';

export interface FeedbackDesk {
  /** The two button ids for a reply, or null when the reply takes no vote (help, links, errors). */
  buttons(reply: Reply, question?: string): { up: string; down: string } | null;
  vote(buttonId: string, click: Click): VoteOutcome;
}

export interface FeedbackDeps {
  knowledge: () => Knowledge;
  votes: VoteLog;
  /** A 👎 on "I don't know" records the question as a miss again, so it ranks higher in `npm run misses`. */
  recordMiss?: (miss: Miss) => void;
  now?: () => Date;
  /** Milliseconds for the memory's expiry; tests step it. */
  clock?: () => number;
}

/** What the private acknowledgement says. */
export const VOTE_ACK: Record<VoteOutcome, string> = {
  recorded: 'Thanks, your rating was recorded. It helps the maintainers know which notes to improve.',
  again: 'You already rated this answer; your first rating counts.',
  invalid: 'Sorry, this rating could not be recorded.',
};

function ratedKind(r: Reply): RatedKind | null {
  if (r.kind === 'answer' || r.kind === 'lifecycle') return r.kind;
  // "Ask me something" (an empty question) is not a miss worth rating.
  return r.kind === 'unknown' && r.title !== 'Ask me something' ? 'unknown' : null;
}

/** The section an answer quoted: the id the answering stage gives, else found by the reply's title. */
export function sectionOf(knowledge: Knowledge, r: Reply): string | undefined {
  const given = (r.meta as { section?: unknown } | undefined)?.section;
  if (typeof given === 'string') return given;
  const note = r.meta?.notes[0] ? knowledge.byId.get(r.meta.notes[0]) : undefined;
  if (!note) return r.meta?.notes[0];
  const section = note.sections.find((s) => (s.heading ? `${note.title}: ${s.heading}` : note.title) === r.title);
  return section?.id ?? note.id;
}

export function createFeedbackDesk(deps: FeedbackDeps, options = feedbackOptions): FeedbackDesk {
  const perf = deps.clock ? { now: deps.clock } : undefined;
  const cache = { ttl: options.recentMs, ttlResolution: 0, ...(perf ? { perf } : {}) };
  const voted = new LRUCache<string, true>({ max: options.maxVoters, ...cache });
  const questions = new LRUCache<string, Miss>({ max: options.maxQuestions, ...cache });
  const now = deps.now ?? (() => new Date());

  function buttons(reply: Reply, question?: string) {
    const kind = ratedKind(reply);
    if (!kind) return null;
    const target: VoteTarget = { kind };
    if (kind === 'answer') {
      const section = sectionOf(deps.knowledge(), reply);
      if (section) target.section = section;
    }
    if (kind === 'unknown' && question) {
      target.token = randomBytes(6).toString('base64url');
      questions.set(target.token, { question, platform: '', confidence: reply.meta?.confidence ?? 0 });
    }
    return { up: encodeVote('up', target), down: encodeVote('down', target) };
  }

  function vote(buttonId: string, click: Click): VoteOutcome {
    const decoded = decodeVote(buttonId);
    if (!decoded) return 'invalid';
    const key = createHash('sha256').update(`${click.platform}\0${click.answer}\0${click.voter}`).digest('base64url');
    if (voted.has(key)) return 'again';
    voted.set(key, true);
    const { verdict, target } = decoded;
    const section = target.section ?? null;
    deps.votes.record({ at: now().toISOString(), platform: click.platform, verdict, kind: target.kind, note: section?.split('#')[0] ?? null, section });
    const miss = target.token ? questions.get(target.token) : undefined;
    if (verdict === 'down' && miss) deps.recordMiss?.({ ...miss, platform: click.platform });
    return 'recorded';
  }

  return { buttons, vote };
}
