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

/** The knowledge multiplied: `factor` variants of every note, with renamed ids and reordered words. */
export function multiplyKnowledge(knowledge: Knowledge, factor: number): Knowledge {
  const notes: Note[] = [];
  for (let i = 0; i < factor; i++) {
    for (const note of knowledge.notes) {
      const id = i === 0 ? note.id : `${note.id}-v${i}`;
      const shift = (text: string) => (i === 0 ? text : text.split(' ').map((w, j, all) => all[(j + i) % all.length] ?? w).join(' '));
      notes.push({
        ...note,
        id,
        title: i === 0 ? note.title : `${note.title} (variant ${i})`,
        aliases: i === 0 ? note.aliases : note.aliases.map((a) => `${a} v${i}`),
        sections: note.sections.map((s) => ({ ...s, id: s.id.replace(note.id, id), noteId: id, text: shift(s.text) })),
      });
    }
  }
  const byId = new Map(notes.map((n) => [n.id, n]));
  const names = new Map<string, string>();
  for (const n of notes) for (const name of [n.id, n.title, ...n.aliases]) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), n.id);
  return { notes, byId, names };
}
