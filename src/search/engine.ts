import MiniSearch, { type SearchResult } from 'minisearch';
import { normalizeName, resolveName } from '../notes/load-knowledge.ts';
import type { Knowledge, Note, Section } from '../notes/note.ts';
import { searchOptions } from './search-options.ts';
import { processTerm, queryTerms, tokenize } from './terms.ts';
import { findVersions, type VersionMention } from './versions.ts';
import { isAboutOtherSystem, normalizeQuery, type Vocabulary } from './vocabulary.ts';

export interface Match {
  section: Section;
  note: Note;
  score: number;
  /** Weighted share of the question's terms found in this section, 0..1. */
  coverage: number;
}

export type Decline = 'empty' | 'other-system' | 'weak';

export interface Search {
  question: string;
  versions: VersionMention[];
  /** Best first; empty when nothing matched at all. */
  matches: Match[];
  confidence: number;
  /** Set when the bot should not answer from `matches[0]`. */
  decline?: Decline;
}

export interface Engine {
  knowledge: Knowledge;
  search(question: string): Search;
  /** Notes for autocomplete: ranked by name match, most-linked notes first on empty input. */
  suggest(partial: string, limit: number): Note[];
}

const FIELDS = ['title', 'aliases', 'heading', 'text', 'errors', 'tags'] as const;

function documents(knowledge: Knowledge) {
  return knowledge.notes.flatMap((note) =>
    note.sections.map((s) => ({
      id: s.id,
      title: note.title,
      aliases: note.aliases.join(' \n '),
      heading: s.heading,
      text: s.text,
      errors: note.errors.join(' \n '),
      tags: note.tags.join(' '),
    })),
  );
}

/** In how many sections each processed term occurs: the weight of a term in coverage. */
function documentFrequencies(docs: ReturnType<typeof documents>): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) {
    const terms = new Set(FIELDS.flatMap((f) => tokenize(doc[f]).map(processTerm)));
    for (const t of terms) if (t) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return df;
}

function phrase(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
}

export function createEngine(knowledge: Knowledge, vocabulary: Vocabulary, options = searchOptions): Engine {
  const docs = documents(knowledge);
  const mini = new MiniSearch({ fields: [...FIELDS], tokenize, processTerm });
  mini.addAll(docs);
  const df = documentFrequencies(docs);
  const sections = new Map(knowledge.notes.flatMap((n) => n.sections.map((s) => [s.id, s] as const)));
  const weight = (term: string) => Math.log(1 + docs.length / (1 + (df.get(term) ?? 0)));
  const named = new Map(
    knowledge.notes.map((n) => [n.id, [n.title, ...n.aliases].filter((a) => a.length >= 3).map((a) => phrase(normalizeQuery(vocabulary, a)))]),
  );
  const errorFragments = new Map(knowledge.notes.map((n) => [n.id, n.errors.map((e) => normalizeName(e).toLowerCase())]));
  const incoming = new Map<string, number>();
  for (const s of sections.values()) for (const l of s.links) {
    const target = resolveName(knowledge, l);
    if (target) incoming.set(target.id, (incoming.get(target.id) ?? 0) + 1);
  }

  function rank(result: SearchResult, normalized: string, rawLower: string, versions: VersionMention[], terms: string[]): Match | null {
    const section = sections.get(String(result.id));
    const note = section && knowledge.byId.get(section.noteId);
    if (!section || !note) return null;
    const asked = versions.map((v) => v.major);
    let factor = 1;
    if (asked.length && section.versions.length && !section.versions.some((v) => asked.includes(v))) {
      if (section.versionSpecific) return null; // a section for another version must never answer
      factor *= options.otherVersionFactor;
    }
    const isNamed = named.get(note.id)?.some((p) => p.test(normalized)) ?? false;
    const hasError = errorFragments.get(note.id)?.some((e) => rawLower.includes(e)) ?? false;
    if (isNamed) factor *= options.namedNoteFactor;
    if (hasError) factor *= options.errorMatchFactor;
    const total = terms.reduce((sum, t) => sum + weight(t), 0);
    const found = result.queryTerms.reduce((sum, t) => sum + weight(t), 0);
    let coverage = total ? found / total : 0;
    if (hasError) coverage = Math.max(coverage, 0.9);
    return { section, note, score: result.score * factor, coverage };
  }

  function search(question: string): Search {
    const q = question.trim();
    const versions = findVersions(q);
    const base = { question: q, versions, matches: [] as Match[], confidence: 0 };
    const normalized = normalizeQuery(vocabulary, q);
    const terms = queryTerms(normalized);
    if (!terms.length) return { ...base, decline: 'empty' };
    if (isAboutOtherSystem(vocabulary, normalized)) return { ...base, decline: 'other-system' };

    const exact = resolveName(knowledge, q) ?? resolveName(knowledge, normalized);
    const results = mini.search(normalized, {
      boost: { ...options.boost },
      prefix: (t) => t.length >= options.prefixMinLength,
      fuzzy: (t) => (t.length >= options.fuzzyMinLength ? options.fuzzy : 0),
    });
    const rawLower = normalizeName(q);
    const matches = results
      .map((r) => rank(r, normalized, rawLower, versions, terms))
      .filter((m): m is Match => m !== null)
      .sort((a, b) => b.score - a.score);
    if (exact) {
      const lead = exact.sections[0]!;
      const rest = matches.filter((m) => m.section.id !== lead.id);
      return { ...base, matches: [{ section: lead, note: exact, score: Infinity, coverage: 1 }, ...rest], confidence: 1 };
    }
    const best = matches[0];
    if (!best) return { ...base, decline: 'weak' };
    const confidence = best.score < options.minScore ? best.coverage / 2 : best.coverage;
    return { ...base, matches, confidence, ...(confidence < options.minConfidence ? { decline: 'weak' as const } : {}) };
  }

  function suggest(partial: string, limit: number): Note[] {
    const p = normalizeName(partial);
    const names = (n: Note) => [n.id, n.title, ...n.aliases].map((x) => x.toLowerCase());
    const rankOf = (n: Note) => {
      if (!p) return -(incoming.get(n.id) ?? 0);
      if (names(n).some((x) => x.startsWith(p))) return 0;
      if (names(n).some((x) => x.includes(p))) return 1;
      return 2;
    };
    const byName = knowledge.notes
      .map((n) => ({ n, r: rankOf(n) }))
      .filter((x) => !p || x.r < 2)
      .sort((a, b) => a.r - b.r || a.n.title.localeCompare(b.n.title))
      .map((x) => x.n);
    if (byName.length >= limit || !p) return byName.slice(0, limit);
    const bySearch = search(partial).matches.map((m) => m.note);
    return [...new Set([...byName, ...bySearch])].slice(0, limit);
  }

  return { knowledge, search, suggest };
}
