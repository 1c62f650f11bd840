import MiniSearch, { type SearchResult } from 'minisearch';
import { normalizeName, resolveName } from '../notes/load-knowledge.ts';
import type { Knowledge, Note, Section } from '../notes/note.ts';
import { searchOptions, type SearchOptions } from './search-options.ts';
import { createSuggest } from './suggest.ts';
import { processTerm, queryTerms, tokenize } from './terms.ts';
import { findVersions, type VersionMention } from './versions.ts';
import { isAboutOtherSystem, normalizeQuery, type Vocabulary } from './vocabulary.ts';

export interface Match {
  section: Section;
  note: Note;
  score: number;
  /** Weighted share of the question's rarest terms found in this section or its note, 0..1. */
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

// Two indexes: note-level fields (title, aliases, errors, tags) once per note, and section
// fields (heading, text) per section. A section's score adds its note's score, so a question
// naming a note lifts all its sections and the section text decides between them. Indexing
// note fields once instead of with every section halves the build time.
const NOTE_FIELDS = ['title', 'aliases', 'errors', 'tags'];
const SECTION_FIELDS = ['heading', 'text'];

function buildIndexes(knowledge: Knowledge) {
  const notes = new MiniSearch({ fields: NOTE_FIELDS, tokenize, processTerm });
  notes.addAll(knowledge.notes.map((n) => ({ id: n.id, title: n.title, aliases: n.aliases.join(' \n '), errors: n.errors.join(' \n '), tags: n.tags.join(' ') })));
  const sections = new MiniSearch({ fields: SECTION_FIELDS, tokenize, processTerm });
  sections.addAll(knowledge.notes.flatMap((n) => n.sections.map((s) => ({ id: s.id, heading: s.heading, text: s.text }))));
  return { notes, sections };
}

/** Words joined by single spaces and padded, so a phrase test is a plain `includes`. */
function wordsOf(text: string): string {
  return ` ${tokenize(text.toLowerCase()).join(' ')} `;
}

/** Per-note facts about one question, computed once per note rather than once per section. */
interface NoteHit {
  score: number;
  terms: string[];
  /** Terms found in the note's title or aliases: the question names the note's subject. */
  nameTerms: string[];
  named: boolean;
  error: boolean;
}

export function createEngine(knowledge: Knowledge, vocabulary: Vocabulary, options: SearchOptions = searchOptions): Engine {
  const index = buildIndexes(knowledge);
  const sectionsById = new Map(knowledge.notes.flatMap((n) => n.sections.map((s) => [s.id, s] as const)));
  const sectionCount = sectionsById.size || 1;
  const perNote = sectionCount / (knowledge.notes.length || 1);
  const names = new Map(knowledge.notes.map((n) => [n.id, [n.title, ...n.aliases].filter((a) => a.length >= 3).map((a) => wordsOf(normalizeQuery(vocabulary, a)))]));
  const errors = new Map(knowledge.notes.map((n) => [n.id, n.errors.map(normalizeName)]));
  const exactly = { prefix: false, fuzzy: false, processTerm: (t: string) => t } as const;
  const dfCache = new Map<string, number>();

  /** Sections holding a term, counting a note-level hit as all of that note's sections. Cached. */
  function documentFrequency(term: string): number {
    let df = dfCache.get(term);
    if (df === undefined) {
      df = index.sections.search(term, exactly).length + index.notes.search(term, exactly).length * perNote;
      if (dfCache.size < 100_000) dfCache.set(term, df);
    }
    return df;
  }
  const maxWeight = Math.log(1 + sectionCount);
  // A word no note contains is chat filler or a typo as often as it is a sign of a foreign topic.
  const weight = (term: string) => {
    const df = documentFrequency(term);
    return df === 0 ? maxWeight * options.unknownTermWeight : Math.log(1 + sectionCount / (1 + df));
  };

  /**
   * How much of the question a match covers, rare words weighing more. Long questions carry
   * incidental words, so the yardstick is the question's `confidenceTerms` rarest words.
   */
  function coverage(yardstick: number, matched: Set<string>, named: Set<string>): number {
    let found = 0;
    for (const t of matched) found += weight(t) * (named.has(t) ? options.nameTermFactor : 1);
    return yardstick ? Math.min(1, found / yardstick) : 0;
  }

  /** Long questions: search with the most informative terms only; common words cost time and add little. */
  function searchText(terms: string[]): string {
    if (terms.length <= options.maxQueryTerms) return terms.join(' ');
    return [...terms].sort((a, b) => weight(b) - weight(a)).slice(0, options.maxQueryTerms).join(' ');
  }

  /** Query terms a result matched in one of `fields` (the note's or section's name, not its prose). */
  function termsIn(r: SearchResult | undefined, fields: string[]): string[] {
    if (!r) return [];
    const docTerms = Object.entries(r.match).filter(([, f]) => f.some((x) => fields.includes(x))).map(([t]) => t);
    return r.queryTerms.filter((q) => docTerms.some((d) => d === q || d.startsWith(q)));
  }

  /** Note-level scores for a question, and per-note name/error checks made only for notes that come up. */
  function noteHits(query: string, normalized: string, rawLower: string) {
    const scored = new Map(searchIndex(index.notes, query).map((r) => [String(r.id), r] as const));
    const cache = new Map<string, NoteHit>();
    const get = (id: string): NoteHit => {
      let h = cache.get(id);
      if (!h) {
        const r = scored.get(id);
        h = {
          score: r?.score ?? 0,
          terms: r?.queryTerms ?? [],
          nameTerms: termsIn(r, ['title', 'aliases']),
          named: names.get(id)?.some((name) => normalized.includes(name)) ?? false,
          error: errors.get(id)?.some((e) => rawLower.includes(e)) ?? false,
        };
        cache.set(id, h);
      }
      return h;
    };
    return { scoredIds: [...scored.keys()], get };
  }

  function searchIndex(mini: MiniSearch, query: string): SearchResult[] {
    return mini.search(query, {
      boost: options.boost,
      prefix: (t) => t.length >= options.prefixMinLength,
      // Fuzzy matching is the costliest part of a search: only for words the notes do not contain.
      fuzzy: (t) => (t.length >= options.fuzzyMinLength && documentFrequency(t) === 0 ? options.fuzzy : 0),
      maxFuzzy: 2,
      processTerm: (t) => t, // the query is already made of processed terms
    });
  }

  function versionFactor(section: Section, note: Note, asked: number[]): number | null {
    if (!asked.length || !section.versions.length) return 1;
    if (section.versions.some((v) => asked.includes(v))) return section.versionSpecific ? options.sameVersionFactor : 1;
    // A section written for another version must never answer; a general note is only damped.
    return section.versionSpecific ? null : note.versions.length ? options.otherVersionFactor : 1;
  }

  function rankSections(query: string, hits: ReturnType<typeof noteHits>, asked: number[], yardstick: number): Match[] {
    const sectionScores = new Map<string, SearchResult>();
    for (const r of searchIndex(index.sections, query)) sectionScores.set(String(r.id), r);
    // A note matched in its title, aliases, errors or tags offers its lead (whose id is the note's)
    // even when no section text matched.
    for (const id of hits.scoredIds) if (!sectionScores.has(id)) sectionScores.set(id, { id, score: 0, queryTerms: [], terms: [], match: {} });
    const matches: Match[] = [];
    for (const [id, r] of sectionScores) {
      const section = sectionsById.get(id);
      const note = section && knowledge.byId.get(section.noteId);
      if (!section || !note) continue;
      const h = hits.get(note.id);
      const vf = versionFactor(section, note, asked);
      if (vf === null) continue;
      let factor = vf * (section.heading ? 1 : options.leadFactor);
      if (h.named) factor *= options.namedNoteFactor;
      if (h.error) factor *= options.errorMatchFactor;
      const cov = coverage(yardstick, new Set([...r.queryTerms, ...h.terms]), new Set([...h.nameTerms, ...termsIn(r, ['heading'])]));
      matches.push({ section, note, score: (r.score + h.score) * factor, coverage: h.error ? Math.max(cov, 0.9) : cov });
    }
    return matches.sort((a, b) => b.score - a.score);
  }

  function search(question: string): Search {
    const q = question.trim();
    const versions = findVersions(q);
    const base = { question: q, versions, matches: [] as Match[], confidence: 0 };
    // Naming "9.5" makes it a question about minor releases, even when the word is not used.
    const minorNamed = versions.some((v) => v.minor !== undefined);
    const normalized = normalizeQuery(vocabulary, q) + (minorNamed ? ' minor' : '');
    const terms = queryTerms(normalized);
    if (!terms.length) return { ...base, decline: 'empty' };
    if (isAboutOtherSystem(vocabulary, normalized)) return { ...base, decline: 'other-system' };

    const query = searchText(terms);
    // Version numbers ("9", "5" of 9.5) are handled by version matching, not counted as topic words.
    const topical = terms.filter((t) => !/^\d{1,2}$/.test(t));
    const yardstick = (topical.length ? topical : terms).map(weight).sort((a, b) => b - a).slice(0, options.confidenceTerms).reduce((s, w) => s + w, 0);
    const hits = noteHits(query, wordsOf(normalized), normalizeName(q));
    const matches = rankSections(query, hits, versions.map((v) => v.major), yardstick);
    const exact = resolveName(knowledge, q) ?? resolveName(knowledge, normalized);
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

  return { knowledge, search, suggest: createSuggest(knowledge, search) };
}
