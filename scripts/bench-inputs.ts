import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config.ts';
import type { Knowledge, Note } from '../src/notes/note.ts';

// Inputs shared by `npm run bench` and `npm run soak`.

/** Real questions (the dev and held-out eval sets) plus commands and one-word topics. */
export function mixedQuestions(): string[] {
  const read = (f: string) => (JSON.parse(readFileSync(join(projectRoot, 'test', 'eval', f), 'utf8')) as { question: string }[]).map((q) => q.question);
  return [...read('dev-questions.json'), ...read('holdout-questions.json'), 'lifecycle', 'lifecycle 9.4', 'docs crb', 'help', 'epel', 'NOKEY'];
}

/** Inputs a public channel throws at a bot: floods of text, control characters, mention tricks. */
export function hostileInputs(): string[] {
  return [
    '',
    '   ',
    'x'.repeat(100_000),
    '@everyone @here <@&123456789012345678> <!channel> <!here> <!everyone> <@U012ABCDEF> <!subteam^S123>',
    '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
    '\u202eevil right-to-left\u202c text',
    'Z̷̢̛̛a̶̡͓l̵͙̈g̸̱̈́o̷͍͝ t̶̢͝e̷͕̽x̸̣̆t̴͎̐',
    '🐧🐧🐧 emoji only 🎉',
    '**unbalanced _markdown `code',
    '```\n```nested\n```\n```',
    '[[ without end',
    '[[crb]] [[epel]] [[nope]] [[secure boot]] [[kitten]]',
    '/lifecycle 9.42',
    '/docs @everyone',
  ];
}

/**
 * The new words a larger knowledge brings, as a pool ranked by use: a changed word becomes the
 * pool's word of rank r with probability ∝ 1/r (Zipf). A real corpus grows its vocabulary
 * sublinearly (Heaps' law, V ∝ N^β, β typically 0.4-0.6): new notes mostly reuse words other
 * notes use. This pool gives 16k section terms at 10x, 34k at 30x and 76k at 100x (the shipped
 * knowledge has 3.9k), β about 0.6: the upper end, so the bench errs on the costly side. The first
 * generator (`vocabulary: 'fresh'`, kept to compare) made every changed word of every copy a
 * word of its own, so the vocabulary grew as fast as the text: 276k terms at 100x, β about 0.9.
 */
const POOL = 200_000;

export type VariantVocabulary = 'pool' | 'fresh';

function hash(word: string, variant: number): number {
  let h = variant * 2654435761;
  for (const c of word) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** A word that reads like one but exists in no note, made from a hash. */
function stranger(h: number, length: number): string {
  const letters = 'abcdefghijklmnoprstuvwxyz';
  let out = '';
  for (let n = 0, x = h; n < length; n++, x = Math.floor(x / 25) || 7919 * (n + 1)) out += letters[x % 25];
  return out;
}

/** What `word` becomes in copy `variant`, the same wherever that copy uses it. */
function replacement(word: string, variant: number, vocabulary: VariantVocabulary): string {
  const h = hash(word, variant);
  if (vocabulary === 'fresh') return stranger(h, 3 + (word.length % 5));
  // (POOL + 1)^u for u uniform in [0, 1) falls on rank r with probability ∝ 1/r.
  const rank = Math.min(POOL, Math.floor((POOL + 1) ** (h / 2 ** 32)));
  return stranger(hash(String(rank), 7), 4 + (rank % 5));
}

/**
 * The knowledge grown `factor` times with realistic variants: each copy gets new ids, titles and
 * aliases, and a share of its words (`changed`) replaced by words from the pool (above), so the
 * copies are neither identical nor reordered duplicates and the index grows as a larger knowledge would.
 */
export function multiplyKnowledge(knowledge: Knowledge, factor: number, changed = 0.3, vocabulary: VariantVocabulary = 'pool'): Knowledge {
  const notes: Note[] = [];
  for (let i = 0; i < factor; i++) {
    for (const note of knowledge.notes) {
      const id = i === 0 ? note.id : `${note.id}-v${i}`;
      let k = 0;
      const vary = (text: string) => (i === 0 ? text : text.replace(/[A-Za-z]{3,}/g, (w) => ((k++ * 7919 + i * 104729) % 1000) / 1000 < changed ? replacement(w, i, vocabulary) : w));
      notes.push({
        ...note,
        id,
        title: vary(note.title),
        aliases: note.aliases.map(vary),
        errors: note.errors.map(vary),
        sections: note.sections.map((s) => ({ ...s, id: s.id.replace(note.id, id), noteId: id, heading: vary(s.heading), text: vary(s.text) })),
      });
    }
  }
  const byId = new Map(notes.map((n) => [n.id, n]));
  const names = new Map<string, string>();
  for (const n of notes) for (const name of [n.id, n.title, ...n.aliases]) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), n.id);
  return { notes, byId, names };
}
