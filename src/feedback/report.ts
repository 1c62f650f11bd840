import type { Vote } from './vote.ts';

// `npm run feedback`: which notes and sections get the most 👎, and their share of the votes.

export interface Tally {
  key: string;
  up: number;
  down: number;
  /** 👎 as a share of all votes on it, 0..1. */
  ratio: number;
}

export interface FeedbackReport {
  votes: number;
  notes: Tally[];
  sections: Tally[];
  lifecycle: Tally;
  /** 👎 on "I don't know": each also counted as a miss (see `npm run misses`). */
  unknownDown: number;
}

function tally(votes: Vote[], keyOf: (v: Vote) => string | null): Tally[] {
  const counts = new Map<string, Tally>();
  for (const v of votes) {
    const key = keyOf(v);
    if (!key) continue;
    const t = counts.get(key) ?? { key, up: 0, down: 0, ratio: 0 };
    t[v.verdict] += 1;
    t.ratio = t.down / (t.up + t.down);
    counts.set(key, t);
  }
  return [...counts.values()].sort((a, b) => b.down - a.down || b.ratio - a.ratio || a.key.localeCompare(b.key));
}

export function feedbackReport(votes: Vote[]): FeedbackReport {
  const answers = votes.filter((v) => v.kind === 'answer');
  const lifecycle = tally(votes.filter((v) => v.kind === 'lifecycle'), () => 'lifecycle')[0] ?? { key: 'lifecycle', up: 0, down: 0, ratio: 0 };
  return {
    votes: votes.length,
    notes: tally(answers, (v) => v.note),
    sections: tally(answers, (v) => (v.section && v.section !== v.note ? v.section : null)),
    lifecycle,
    unknownDown: votes.filter((v) => v.kind === 'unknown' && v.verdict === 'down').length,
  };
}

function rows(title: string, tallies: Tally[], limit: number): string[] {
  const shown = tallies.filter((t) => t.down > 0).slice(0, limit);
  if (!shown.length) return [`${title}: no 👎 yet.`];
  const pct = (r: number) => `${Math.round(r * 100)}%`.padStart(5);
  return [`${title} (👎, share of votes, 👍):`, ...shown.map((t) => `${String(t.down).padStart(5)} ${pct(t.ratio)} ${String(t.up).padStart(5)}  ${t.key}`)];
}

export function formatReport(r: FeedbackReport, limit = 20): string {
  if (!r.votes) return 'No votes recorded yet.';
  return [
    `${r.votes} votes.`,
    '',
    ...rows('Notes with the most 👎', r.notes, limit),
    '',
    ...rows('Sections with the most 👎', r.sections, limit),
    '',
    `Lifecycle answers: ${r.lifecycle.down} 👎, ${r.lifecycle.up} 👍.`,
    `👎 on "I don't know": ${r.unknownDown} (each also counted in \`npm run misses\`).`,
  ].join('\n');
}
