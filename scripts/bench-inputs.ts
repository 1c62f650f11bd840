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

/** A word that reads like one but exists in no note: what a variant's changed words become. */
function stranger(word: string, variant: number): string {
  let h = variant * 2654435761;
  for (const c of word) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  const letters = 'abcdefghijklmnoprstuvwxyz';
  let out = '';
  for (let n = 0, x = h >>> 0; n < 3 + (word.length % 5); n++, x = Math.floor(x / 25) || 7919 * (n + 1)) out += letters[x % 25];
  return out;
}

/**
 * The knowledge grown `factor` times with realistic variants: each copy gets new ids, titles and
 * aliases, and a share of its words (`changed`) replaced by words of its own, so the copies are
 * neither identical nor reordered duplicates and the index grows as a larger knowledge would.
 */
export function multiplyKnowledge(knowledge: Knowledge, factor: number, changed = 0.3): Knowledge {
  const notes: Note[] = [];
  for (let i = 0; i < factor; i++) {
    for (const note of knowledge.notes) {
      const id = i === 0 ? note.id : `${note.id}-v${i}`;
      let k = 0;
      const vary = (text: string) => (i === 0 ? text : text.replace(/[A-Za-z]{3,}/g, (w) => ((k++ * 7919 + i * 104729) % 1000) / 1000 < changed ? stranger(w, i) : w));
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
