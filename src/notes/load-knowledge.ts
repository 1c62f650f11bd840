import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Knowledge, Note, Problem } from './note.ts';
import type { NoteCache } from './parsed-notes-cache.ts';
import { parseNote } from './parse-note.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every `.md` note below `dir`, except README files, which describe the folder. */
export function noteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md') && basename(f).toLowerCase() !== 'readme.md')
    .sort()
    .map((f) => join(dir, f));
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Registers a note's id, title and aliases; a name already taken by another note is a problem. */
function registerNames(note: Note, names: Map<string, string>, byId: Map<string, Note>, problems: Problem[]): void {
  const own = new Set<string>();
  for (const name of [note.id, note.title, ...note.aliases].map(normalizeName)) {
    if (own.has(name)) continue;
    own.add(name);
    const holder = names.get(name);
    if (holder === undefined) names.set(name, note.id);
    else problems.push({ file: note.file, severity: 'error', message: `name "${name}" is already used by ${byId.get(holder)?.file}` });
  }
}

export function resolveName(knowledge: Knowledge, name: string): Note | undefined {
  const id = knowledge.names.get(normalizeName(name));
  return id === undefined ? undefined : knowledge.byId.get(id);
}

function checkLinks(knowledge: Knowledge, problems: Problem[]): void {
  for (const note of knowledge.notes) {
    for (const target of new Set(note.sections.flatMap((s) => s.links))) {
      if (!resolveName(knowledge, target)) {
        problems.push({ file: note.file, severity: 'error', message: `link [[${target}]] names no note` });
      }
    }
  }
}

/**
 * Reads and checks every note. A note with problems is left out and its problems returned;
 * callers decide whether problems are fatal (start-up) or listed (knowledge:check).
 */
export function loadKnowledge(dir: string, root = process.cwd(), cache?: NoteCache): { knowledge: Knowledge; problems: Problem[] } {
  const problems: Problem[] = [];
  const notes: Note[] = [];
  const byId = new Map<string, Note>();
  const names = new Map<string, string>();
  for (const path of noteFiles(dir)) {
    const file = relative(root, path) || path;
    const id = basename(path, '.md');
    if (!ID.test(id)) {
      problems.push({ file, severity: 'error', message: 'file name must be kebab-case (a-z, 0-9, -)' });
      continue;
    }
    const parsed = parseCached(id, file, readFileSync(path, 'utf8'), cache);
    if (!parsed.ok) {
      for (const message of parsed.problems) problems.push({ file, severity: 'error', message });
      continue;
    }
    const existing = byId.get(id);
    if (existing) {
      problems.push({ file, severity: 'error', message: `id "${id}" is already used by ${existing.file}` });
      continue;
    }
    byId.set(id, parsed.value);
    notes.push(parsed.value);
    registerNames(parsed.value, names, byId, problems);
  }
  const knowledge = { notes, byId, names };
  checkLinks(knowledge, problems);
  cache?.save();
  return { knowledge, problems };
}

/** parseNote, or its result from the cache when the file's bytes are unchanged; notes with problems are never cached. */
function parseCached(id: string, file: string, raw: string, cache?: NoteCache): ReturnType<typeof parseNote> {
  const cached = cache?.lookup(id, raw);
  if (cached?.note) return { ok: true, value: { ...cached.note, file } };
  const parsed = parseNote(id, file, raw);
  if (parsed.ok) cached?.store(parsed.value);
  return parsed;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`knowledge: ${problems.length} problem(s)\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`);
  }
}

/** For start-up: the knowledge, or an error listing every problem with its file. */
export function loadKnowledgeOrThrow(dir: string, root?: string, cache?: NoteCache): Knowledge {
  const { knowledge, problems } = loadKnowledge(dir, root, cache);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new KnowledgeError(errors);
  return knowledge;
}
