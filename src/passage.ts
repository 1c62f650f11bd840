import { LRUCache } from 'lru-cache';
import { Lexer, type Token } from 'marked';
import { queryTerms } from './search/terms.ts';

// The part of a section that answers: a long section is cut to the blocks that hold the
// question's words, at block boundaries (never inside a code block), in their original order.

/** A paragraph with the code blocks and lists that follow it: a command is shown with the words that introduce it. */
interface Unit {
  raw: string;
  terms: Set<string>;
}

function unitsOf(blocks: Token[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    const last = units[units.length - 1];
    const attached = block.type === 'code' || block.type === 'list' || block.type === 'space';
    if (last && attached) last.raw += block.raw;
    else units.push({ raw: block.raw, terms: new Set() });
  }
  for (const u of units) u.terms = new Set(queryTerms(u.raw.toLowerCase()));
  return units;
}

// A long section is cut for every question it answers, and lexing it is most of the cost: its
// units are kept, by text (a reloaded note has new text, so a stale entry is never read, only aged out).
const unitCache = new LRUCache<string, Unit[]>({ max: 2_000 });

function cachedUnits(markdown: string): Unit[] {
  let units = unitCache.get(markdown);
  if (!units) unitCache.set(markdown, (units = unitsOf(new Lexer().lex(markdown))));
  return units;
}

const holds = (u: Unit, term: string) => u.terms.has(term) || (term.length >= 4 && [...u.terms].some((t) => t.startsWith(term)));

/** The part of a section an answer quotes; `cut` when some of the section was left out. */
export interface Passage {
  text: string;
  cut: boolean;
}

/**
 * At most about `limit` characters of `markdown`. The first unit is always kept (a section's
 * opening answers it); then the units holding most of `keyTerms` (weighted), as many as fit.
 */
export function selectPassage(markdown: string, keyTerms: Map<string, number>, limit: number): Passage {
  if (markdown.length <= limit) return { text: markdown, cut: false };
  const units = cachedUnits(markdown);
  const worth = units.map((u, i) => ({ i, w: [...keyTerms].reduce((s, [t, w]) => s + (holds(u, t) ? w : 0), 0) }));
  const chosen = new Set<number>([0]);
  let size = units[0]?.raw.length ?? 0;
  // Best units first; ties go to the earlier unit, which usually sets up the later ones.
  for (const { i, w } of worth.slice(1).sort((a, b) => b.w - a.w || a.i - b.i)) {
    if (w <= 0) break;
    const len = units[i]!.raw.length;
    if (size + len > limit) continue;
    chosen.add(i);
    size += len;
  }
  // Fill what room is left in reading order, so a short answer is not needlessly cut.
  for (let i = 1; i < units.length; i++) {
    const len = units[i]!.raw.length;
    if (!chosen.has(i) && size + len <= limit) {
      chosen.add(i);
      size += len;
    }
  }
  const kept = [...chosen].sort((a, b) => a - b);
  const parts: string[] = [];
  kept.forEach((i, k) => {
    if (k > 0 && kept[k - 1] !== i - 1) parts.push('…\n\n');
    parts.push(units[i]!.raw);
  });
  return { text: parts.join('').trimEnd(), cut: kept.length < units.length };
}
