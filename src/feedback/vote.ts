// A 👍/👎 on an answer, as recorded: what was rated and how, never who rated it or what they asked.

export type Verdict = 'up' | 'down';
export type RatedKind = 'answer' | 'lifecycle' | 'unknown';

export interface Vote {
  /** ISO time of the click. */
  at: string;
  platform: string;
  verdict: Verdict;
  kind: RatedKind;
  /** The note the answer quoted (null for lifecycle answers and "I don't know"). */
  note: string | null;
  /** The section id (`note#anchor`, or the note id for its lead). */
  section: string | null;
}

/** What a vote button points at, carried in the button's id so a click needs no server state. */
export interface VoteTarget {
  kind: RatedKind;
  section?: string;
  /** "I don't know" answers: a key to the question held in memory, so a 👎 can count it as a miss. */
  token?: string;
}

// Discord allows 100 characters in a button's custom_id; Slack more. Ids stay under the smaller.
export const MAX_VOTE_ID = 100;
const PREFIX = 'vote';

export function encodeVote(verdict: Verdict, target: VoteTarget): string {
  const v = verdict === 'up' ? 'u' : 'd';
  const ref = target.kind === 'unknown' ? `?${target.token ?? ''}` : target.kind === 'lifecycle' ? '@lifecycle' : (target.section ?? '');
  const id = `${PREFIX}:${v}:${ref}`;
  // A long section id falls back to its note: the vote still says which note to rewrite.
  return id.length <= MAX_VOTE_ID ? id : `${PREFIX}:${v}:${ref.split('#')[0]!.slice(0, MAX_VOTE_ID - 7)}`;
}

/** A button id back to what it rates; null when it is not one of ours (or was tampered with). */
export function decodeVote(id: string): { verdict: Verdict; target: VoteTarget } | null {
  const m = /^vote:([ud]):(.{1,93})$/s.exec(id);
  if (!m) return null;
  const verdict: Verdict = m[1] === 'u' ? 'up' : 'down';
  const ref = m[2]!;
  if (ref.startsWith('?')) return { verdict, target: { kind: 'unknown', ...(ref.length > 1 ? { token: ref.slice(1) } : {}) } };
  if (ref === '@lifecycle') return { verdict, target: { kind: 'lifecycle' } };
  if (!/^[\w./-]+(?:#[\w.%-]+)?$/.test(ref)) return null;
  return { verdict, target: { kind: 'answer', section: ref } };
}
