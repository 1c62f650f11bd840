import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Note } from './note.ts';

// Parsed notes kept in DATA_DIR between starts. Parsing the notes (YAML front matter and marked's
// lexer) is the largest part of start-up, and between two restarts most notes have not changed.
// An entry is keyed by the note's id and bytes, and the whole file by the parser's own source and
// library versions, so an edited note is parsed again and an edited parser parses everything.
// A missing, unreadable or corrupt cache only means parsing as if there were none.

export interface NoteCache {
  /** The cached parse of this file's content, or undefined (notes are never mutated, so it is shared); `store` keeps a fresh parse. */
  lookup(id: string, raw: string): { note?: Note; store(note: Note): void };
  /** Writes what the last load used, when it differs from what the file holds. */
  save(): void;
}

const PARSER_FILES = ['parse-note.ts', 'front-matter.ts', 'wiki-links.ts', 'note.ts'];
const PARSER_LIBRARIES = ['marked', 'js-yaml'];

/** Changes whenever the parsing code or the libraries it uses change. */
function parserFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of PARSER_FILES) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  const require = createRequire(import.meta.url);
  for (const name of PARSER_LIBRARIES) hash.update(`${name}@${packageVersion(require.resolve(name), name)}`);
  return hash.digest('base64');
}

/** The version in the package.json of `name` above its resolved entry file. */
function packageVersion(entry: string, name: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return pkg.version ?? '';
  }
  return '';
}

const keyOf = (id: string, raw: string) => `${id} ${createHash('sha256').update(raw).digest('base64')}`;

export function openNoteCache(file: string): NoteCache {
  let fingerprint = '';
  try {
    fingerprint = parserFingerprint();
  } catch {
    // Parser sources not readable (a bundled build): no cache rather than a stale one.
    return { lookup: () => ({ store: () => {} }), save: () => {} };
  }
  let saved = readEntries(file, fingerprint);
  let used = new Map<string, Note>();
  return {
    lookup(id, raw) {
      const key = keyOf(id, raw);
      const hit = saved.get(key);
      if (hit) used.set(key, hit);
      return { ...(hit ? { note: hit } : {}), store: (note) => void used.set(key, note) };
    },
    save() {
      const same = used.size === saved.size && [...used.keys()].every((k) => saved.has(k));
      if (!same) {
        try {
          const tmp = `${file}.${process.pid}.tmp`;
          writeFileSync(tmp, JSON.stringify({ fingerprint, entries: Object.fromEntries(used) }));
          renameSync(tmp, file);
        } catch {
          // DATA_DIR not writable: the next start parses again, nothing else is lost.
        }
      }
      saved = used;
      used = new Map();
    },
  };
}

function readEntries(file: string, fingerprint: string): Map<string, Note> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: unknown; entries?: Record<string, Note> };
    if (data.fingerprint === fingerprint && data.entries && typeof data.entries === 'object') return new Map(Object.entries(data.entries));
  } catch {
    // Absent or corrupt: start empty.
  }
  return new Map();
}
