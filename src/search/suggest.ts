import { normalizeName, resolveName } from '../notes/load-knowledge.ts';
import type { Knowledge, Note } from '../notes/note.ts';
import type { Search } from './engine.ts';

/** Autocomplete of topics: names that start with the input, then names containing it, then search. */
export function createSuggest(knowledge: Knowledge, search: (q: string) => Search) {
  const incoming = new Map<string, number>();
  for (const note of knowledge.notes) {
    for (const link of new Set(note.sections.flatMap((s) => s.links))) {
      const target = resolveName(knowledge, link);
      if (target) incoming.set(target.id, (incoming.get(target.id) ?? 0) + 1);
    }
  }
  const namesOf = new Map(knowledge.notes.map((n) => [n.id, [n.id, n.title, ...n.aliases].map((x) => x.toLowerCase())]));
  return (partial: string, limit: number): Note[] => {
    const p = normalizeName(partial);
    if (!p) return [...knowledge.notes].sort((a, b) => (incoming.get(b.id) ?? 0) - (incoming.get(a.id) ?? 0) || a.title.localeCompare(b.title)).slice(0, limit);
    const rank = (n: Note) => (namesOf.get(n.id)!.some((x) => x.startsWith(p)) ? 0 : namesOf.get(n.id)!.some((x) => x.includes(p)) ? 1 : 2);
    const byName = knowledge.notes
      .map((n) => ({ n, r: rank(n) }))
      .filter((x) => x.r < 2)
      .sort((a, b) => a.r - b.r || a.n.title.localeCompare(b.n.title))
      .map((x) => x.n);
    if (byName.length >= limit) return byName.slice(0, limit);
    return [...new Set([...byName, ...search(partial).matches.map((m) => m.note)])].slice(0, limit);
  };
}
