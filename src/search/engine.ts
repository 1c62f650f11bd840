import { resolveName } from '../notes/load-knowledge.ts';
import type { Knowledge, Note, Section } from '../notes/note.ts';
import { decide, reliabilityOf, type Decision, type Signals } from './decide.ts';
import { distillQuestion, errorKey, stripMentions } from './question-text.ts';
import { searchOptions, type SearchOptions } from './search-options.ts';
import { createSuggest } from './suggest.ts';
import { FlatIndex, type Hits, type QueryTerm } from './flat-index.ts';
import { everydayWords, processTerm, queryTerms, tokenize } from './terms.ts';
import { findVersions, type VersionMention } from './versions.ts';
import { renderWikiLinks } from '../notes/note-links.ts';
import { selectPassage, type Passage } from '../passage.ts';
import { expandQuery, isAboutOtherSystem, normalizeQuery, type Vocabulary } from './vocabulary.ts';

// Retrieval: which note section answers a question best, and the signals the decision stage
// (decide.ts) reads to judge whether that is good enough to answer with.

export interface Match {
  section: Section;
  note: Note;
  score: number;
  /** Weighted share of the question's rarest terms found in this section or its note, 0..1. */
  coverage: number;
  /** The same share counting only the note's names (title, aliases, errors) and the section heading. */
  nameCoverage: number;
}

/** Why the bot does not answer from `matches[0]`. */
export type Decline = Exclude<Decision['reason'], 'confident' | 'exact-name'>;

export interface Search {
  question: string;
  versions: VersionMention[];
  /** Best first; empty when nothing matched at all. */
  matches: Match[];
  /** The question's rarest topical words and their weights: what an answer passage should hold. */
  keyTerms: Map<string, number>;
  /** What an answer from `matches[0]` quotes (wiki links rendered); null when nothing matched. */
  passage: Passage | null;
  /** What retrieval measured about the best match; null when no search ran. */
  signals: Signals | null;
  decision: Decision;
  /** The decision's probability that answering with `matches[0]` is right. */
  confidence: number;
  /** Set when the bot should not answer from `matches[0]`. */
  decline?: Decline;
}

export interface Engine {
  knowledge: Knowledge;
  /** Retrieval and decision. */
  search(question: string): Search;
  /** Notes for autocomplete: ranked by name match, most-linked notes first on empty input. */
  suggest(partial: string, limit: number): Note[];
}

// Two indexes: note-level fields (title, aliases, errors, tags) once per note, and section
// fields (heading, text) per section. A section's score adds its note's score, so a question
// naming a note lifts all its sections and the section text decides between them. Both score as
// minisearch would (FlatIndex), in a fraction of its memory and time.
const NOTE_FIELDS = ['title', 'aliases', 'errors', 'tags'];
const SECTION_FIELDS = ['heading', 'text'];
const HEADING = [SECTION_FIELDS.indexOf('heading')];
const NAME_FIELDS = ['title', 'aliases', 'errors'].map((f) => NOTE_FIELDS.indexOf(f));

function buildIndexes(knowledge: Knowledge) {
  const noteDocs = knowledge.notes.map((n) => ({ id: n.id, fields: [n.title, n.aliases.join(' \n '), n.errors.join(' \n '), n.tags.join(' ')] }));
  const notes = new FlatIndex(noteDocs, NOTE_FIELDS.length, tokenize, processTerm);
  const docs = knowledge.notes.flatMap((n) => n.sections.map((s) => ({ id: s.id, fields: [s.heading, s.text] })));
  const sections = new FlatIndex(docs, SECTION_FIELDS.length, tokenize, processTerm);
  return { notes, sections };
}

/** Articles do not change what a phrase names: "downgrade a package" says the alias "downgrade package". */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Words joined by single spaces and padded, without articles, so a phrase test is a plain `includes`. */
function wordsOf(text: string): string {
  return ` ${tokenize(text.toLowerCase()).filter((w) => !ARTICLES.has(w)).join(' ')} `;
}

/** A padded phrase without its standalone version numbers ("9", and "8" and "10" of 8.10). */
function withoutVersions(words: string): string {
  return words.replace(/(?<= )\d{1,2}(?= )/g, ' ').replace(/ {2,}/g, ' ');
}

/** Section counts per term, a note-level hit counting as all of that note's sections; read off the two indexes at build. */
function documentFrequencies(index: { notes: FlatIndex; sections: FlatIndex }, perNote: number): Map<string, number> {
  const df = index.sections.documentFrequencies();
  for (const [t, n] of index.notes.documentFrequencies()) df.set(t, (df.get(t) ?? 0) + n * perNote);
  return df;
}

/** A phrase to find in a question, the first of its words (which must be a word of the question), and whose it is. */
interface Phrase {
  phrase: string;
  first: string;
  /** `[id, place among the entries]`: found ids keep the order a scan of the question's words in turn gives. */
  owners: [string, number][];
}

type PhraseIndex = Map<string, Phrase[]>;

const wordsIn = (text: string) => text.split(/[^\p{L}\p{N}]+/u);

/** The words an occurrence of `phrase` must show whole: all but a last one that runs on into the text. */
function wholeWords(phrase: string): string[] {
  const words = wordsIn(phrase).filter(Boolean);
  return /[\p{L}\p{N}]$/u.test(phrase) && words.length > 1 ? words.slice(0, -1) : words;
}

/**
 * Phrases keyed by their rarest whole word, so a question tests only the phrases it could hold,
 * and few even when thousands of headings start with "how"; each distinct phrase is tested once,
 * however many notes or sections share it.
 */
function phraseIndex(entries: [string, string][]): PhraseIndex {
  const phrases = new Map<string, Phrase>();
  for (const [order, [id, phrase]] of entries.entries()) {
    const words = wholeWords(phrase);
    if (!words.length) continue;
    const known = phrases.get(phrase);
    if (known) known.owners.push([id, order]);
    else phrases.set(phrase, { phrase, first: words[0]!, owners: [[id, order]] });
  }
  const count = new Map<string, number>();
  for (const phrase of phrases.keys()) for (const w of new Set(wholeWords(phrase))) count.set(w, (count.get(w) ?? 0) + 1);
  const byKey: PhraseIndex = new Map();
  for (const p of phrases.values()) {
    const key = wholeWords(p.phrase).reduce((best, w) => (count.get(w)! < count.get(best)! ? w : best));
    const list = byKey.get(key) ?? [];
    list.push(p);
    byKey.set(key, list);
  }
  return byKey;
}

/**
 * Ids whose phrase occurs in `text`, starting at one of its words; in the order of the word a
 * phrase starts with in `text`, then of the entries (the order decides ties between the notes named).
 */
function phrasesIn(index: PhraseIndex, text: string): Set<string> {
  const words = [...new Set(wordsIn(text))];
  const place = new Map(words.map((w, i) => [w, i] as const));
  const found: { id: string; at: number; order: number }[] = [];
  for (const word of words) {
    for (const { phrase, first, owners } of index.get(word) ?? []) {
      const at = place.get(first);
      if (at !== undefined && text.includes(phrase)) for (const [id, order] of owners) found.push({ id, at, order });
    }
  }
  return new Set(found.sort((a, b) => a.at - b.at || a.order - b.order).map((f) => f.id));
}

/** Words as the index sees them, order and filler aside. */
const termsKey = (terms: string[]) => [...new Set(terms)].sort().join(' ');

/**
 * Note ids by the words of their title ("what is almalinux" is the title "What is AlmaLinux?").
 * Titles only: aliases are short and some read as another question ("help almalinux" is about
 * contributing, "get help with almalinux" is not). Words two titles share name neither note.
 */
function titleTermIndex(knowledge: Knowledge, vocabulary: Vocabulary): Map<string, string> {
  const index = new Map<string, string>();
  const shared = new Set<string>();
  for (const n of knowledge.notes) {
    const key = termsKey(queryTerms(normalizeQuery(vocabulary, n.title)));
    if (!key) continue;
    if (index.has(key)) shared.add(key);
    else index.set(key, n.id);
  }
  for (const key of shared) index.delete(key);
  return index;
}

/**
 * The notes' names as phrases: title, aliases and id (a note's id names its subject too: "epel",
 * "remove-old-kernels"). Each name also without its version numbers, tested against the question
 * without its own too: "convert oracle linux 8 to almalinux" names "oracle linux 9 to almalinux 9"
 * and "oracle linux to almalinux" alike, while the words around the numbers keep the direction
 * ("almalinux to oracle").
 */
function namePhrases(knowledge: Knowledge, vocabulary: Vocabulary): PhraseIndex {
  const forms = (name: string) => {
    const phrase = wordsOf(normalizeQuery(vocabulary, name));
    const bare = withoutVersions(phrase);
    return bare !== phrase && bare.trim().split(' ').length >= 2 ? [phrase, bare] : [phrase];
  };
  const names = (n: Note) => [n.title, ...n.aliases, n.id.replace(/-/g, ' ')].filter((a) => a.length >= 3);
  return phraseIndex(knowledge.notes.flatMap((n) => names(n).flatMap(forms).map((p): [string, string] => [n.id, p])));
}

/** Headings of four words or more, as phrases: a question that quotes one whole pastes the message the section is about. */
function headingPhrases(knowledge: Knowledge): PhraseIndex {
  const sections = knowledge.notes.flatMap((n) => n.sections).filter((s) => s.heading.split(/\s+/).length >= 4);
  return phraseIndex(sections.map((s) => [s.id, wordsOf(s.heading.toLowerCase())]));
}

/** Everyday English words, except those a note or section is named by ("open" a port, "system" logs): those are topics. */
function everydayTerms(knowledge: Knowledge): Set<string> {
  const names = new Set(knowledge.notes.flatMap((n) => queryTerms([n.title, ...n.aliases, ...n.sections.map((s) => s.heading)].join(' ').toLowerCase())));
  return new Set([...everydayWords].filter((t) => !names.has(t)));
}

const NAMED = 1;
const ERRED = 2;

/** Per-note facts about one question, by the note's place: its notes-search score, named or quoted. */
function noteScratch(count: number) {
  const score = new Float64Array(count);
  const flags = new Uint8Array(count);
  const clear = (marked: number[]) => {
    for (const n of marked) [score[n], flags[n]] = [0, 0];
  };
  return { score, flags, clear };
}

/**
 * The `k` best candidates, offered in order: by score, then by sections-search score, then the
 * one offered first — the order a stable sort of minisearch's sorted results gives, without
 * sorting (or making an object for) every matched section.
 */
function topCandidates(k: number) {
  type Entry = { at: number; found: number; score: number };
  const top: Entry[] = [];
  const beats = (score: number, found: number, e: Entry) => score > e.score || (score === e.score && found > e.found);
  return {
    offer(at: number, found: number, score: number) {
      if (k <= 0 || (top.length === k && !beats(score, found, top[k - 1]!))) return;
      let i = top.length;
      while (i > 0 && beats(score, found, top[i - 1]!)) i--;
      top.splice(i, 0, { at, found, score });
      if (top.length > k) top.pop();
    },
    list: () => top,
  };
}

export function createEngine(knowledge: Knowledge, vocabulary: Vocabulary, options: SearchOptions = searchOptions): Engine {
  const index = buildIndexes(knowledge);
  const sections = knowledge.notes.flatMap((n) => n.sections);
  const noteAt = new Map(knowledge.notes.map((n, i) => [n.id, i] as const));
  // Per section: its note's place, -1 when the note is missing; and the lead's factor.
  const noteOfSection = Int32Array.from(sections, (s) => noteAt.get(s.noteId) ?? -1);
  const leadOf = Float64Array.from(sections, (s) => (s.heading ? 1 : options.leadFactor));
  const perNote = noteScratch(knowledge.notes.length);
  const sectionAt = new Map(sections.map((s, i) => [s.id, i] as const));
  if (sectionAt.size !== sections.length) throw new Error('knowledge: two sections share an id');
  const sectionCount = sections.length || 1;
  const df = documentFrequencies(index, sectionCount / (knowledge.notes.length || 1));
  const names = namePhrases(knowledge, vocabulary);
  const errors = phraseIndex(knowledge.notes.flatMap((n) => n.errors.map((e) => [n.id, errorKey(e)] as [string, string])));
  const byTitleTerms = titleTermIndex(knowledge, vocabulary);
  const headings = headingPhrases(knowledge);
  const maxWeight = Math.log(1 + sectionCount);
  const everyday = everydayTerms(knowledge);
  /** The words a whole section shows (title, heading, text), filled as questions reach it. */
  const wholeSectionTerms = new Map<string, Set<string>>();
  /** …and the text they show, links rendered: a section short enough is quoted whole whatever the question. */
  const wholeSectionText = new Map<string, string>();
  // A word no note contains is chat filler or a typo as often as it is a sign of a foreign topic.
  const weight = (term: string) => {
    const n = df.get(term) ?? 0;
    const w = n === 0 ? maxWeight * options.unknownTermWeight : Math.log(1 + sectionCount / (1 + n));
    return everyday.has(term) ? w * options.everydayWordWeight : w;
  };

  const prefix = (t: string) => t.length >= options.prefixMinLength;
  // Fuzzy matching is for typos: only for words the notes do not contain.
  const fuzzy = (t: string) => (t.length >= options.fuzzyMinLength && !df.has(t) ? options.fuzzy : 0);

  const boostsOf = (fields: string[]) => fields.map((f) => (options.boost as Record<string, number>)[f] || 1);
  const [noteBoosts, sectionBoosts] = [boostsOf(NOTE_FIELDS), boostsOf(SECTION_FIELDS)];
  /** One search of an index; the query is already made of processed terms. */
  function searchWith(flat: FlatIndex, boosts: number[], query: string): Hits {
    const words = tokenize(query).map((term): QueryTerm => ({ term, prefix: prefix(term), fuzzy: fuzzy(term) }));
    return flat.search(words, boosts, options.maxFuzzy);
  }

  function versionFactor(section: Section, note: Note, asked: number[]): number | null {
    if (!asked.length || !section.versions.length) return 1;
    if (section.versions.some((v) => asked.includes(v))) return section.versionSpecific ? options.sameVersionFactor : 1;
    // A section written for another version must never answer; a general note is only damped.
    return section.versionSpecific ? null : note.versions.length ? options.otherVersionFactor : 1;
  }

  /** The question's parts that retrieval uses, computed once. */
  interface Query {
    text: string;
    /** The question's `confidenceTerms` rarest topical terms and their weights: the yardstick of coverage. */
    key: Map<string, number>;
    keyWeight: number;
    asked: number[];
    named: Set<string>;
    erred: Set<string>;
    /** Ids of the sections whose heading the question quotes whole. */
    quoted: Set<string>;
  }

  /** Coverage of the key terms: by everything a match holds, and by its names alone. */
  function coverageOf(q: Query, matched: Set<string>, named: Set<string>): { coverage: number; nameCoverage: number } {
    let found = 0;
    let byName = 0;
    for (const [t, w] of q.key) {
      if (named.has(t)) {
        found += w * options.nameTermFactor;
        byName += w;
      } else if (matched.has(t)) found += w;
    }
    return q.keyWeight ? { coverage: Math.min(1, found / q.keyWeight), nameCoverage: byName / q.keyWeight } : { coverage: 0, nameCoverage: 0 };
  }

  /** Sections the search matched, then the leads of notes matched by name, named or quoted, in that order. */
  function candidatesOf(q: Query, found: Hits, noteIds: Iterable<string>): number[] {
    const out = [...found.docs];
    const added = new Set<number>();
    // A note matched in its names, or named or quoted by the question, offers its lead (whose id
    // is the note's) even when no section text matched.
    for (const id of [...noteIds, ...q.named, ...q.erred]) {
      const at = sectionAt.get(id);
      if (at !== undefined && !index.sections.matched(found, at) && !added.has(at)) out.push(at), added.add(at);
    }
    return out;
  }

  /** Marks the notes a question matched, named or quoted, in flat arrays the candidate loop reads without lookups. */
  function markNotes(q: Query, noteHits: Hits): () => void {
    const marked = [...noteHits.docs];
    for (const n of marked) perNote.score[n] = noteHits.score[n]!;
    const flag = (ids: Set<string>, bit: number) => {
      for (const id of ids) {
        const n = noteAt.get(id);
        if (n !== undefined) marked.push(n), (perNote.flags[n]! |= bit);
      }
    };
    flag(q.named, NAMED);
    flag(q.erred, ERRED);
    return () => perNote.clear(marked);
  }

  function rankSections(q: Query): Match[] {
    const noteHits = searchWith(index.notes, noteBoosts, q.text);
    const found = searchWith(index.sections, sectionBoosts, q.text);
    const unmark = markNotes(q, noteHits);
    const quoted = new Set([...q.quoted].map((id) => sectionAt.get(id)));
    // Score every candidate cheaply, keeping the best; the per-match detail (coverage) only for the few that can win.
    const best = topCandidates(options.detailedMatches);
    const candidates = candidatesOf(q, found, index.notes.ranked(noteHits).map((n) => index.notes.ids[n]!));
    const { score: noteScore, flags } = perNote;
    for (let order = 0; order < candidates.length; order++) {
      const at = candidates[order]!;
      const n = noteOfSection[at]!;
      if (n < 0) continue;
      const vf = q.asked.length ? versionFactor(sections[at]!, knowledge.notes[n]!, q.asked) : 1;
      if (vf === null) continue;
      let factor = vf * leadOf[at]!;
      // A question that quotes a section's heading whole (a pasted message the section is named
      // after) is treated like one that quotes a note's error fragment.
      if (quoted.has(at)) factor *= options.errorMatchFactor;
      if (flags[n]! & NAMED) factor *= options.namedNoteFactor;
      if (flags[n]! & ERRED) factor *= options.errorMatchFactor;
      const fromSearch = order < found.docs.length ? found.score[at]! : 0;
      best.offer(at, fromSearch, (fromSearch + noteScore[n]!) * factor);
    }
    const matches = best.list().map(({ at, score }) => matchOf(q, { found, noteHits }, at, score));
    unmark();
    // Rank by score times coverage: a section's score can come from one rare word it repeats,
    // while the answer is where the question's key words come together.
    for (const m of matches) m.score *= Math.max(options.coverageFloor, m.coverage) ** options.coverageRankPower;
    matches.sort((a, b) => b.score - a.score);
    return matches;
  }

  /** The per-match detail: coverage of the question's key terms by the section and its note. */
  function matchOf(q: Query, hits: { found: Hits; noteHits: Hits }, at: number, score: number): Match {
    const section = sections[at]!;
    const n = noteOfSection[at]!;
    const note = knowledge.notes[n]!;
    const bySection = index.sections.detail(hits.found, at, HEADING);
    const byNote = index.notes.matched(hits.noteHits, n) ? index.notes.detail(hits.noteHits, n, NAME_FIELDS) : { words: [], namedWords: [] };
    const cov = coverageOf(q, new Set([...bySection.words, ...byNote.words]), new Set([...byNote.namedWords, ...bySection.namedWords]));
    const coverage = q.erred.has(note.id) ? Math.max(cov.coverage, options.errorCoverage) : cov.coverage;
    return { section, note, score, nameCoverage: cov.nameCoverage, coverage };
  }

  function signalsOf(q: Query, matches: Match[], passage: Passage | null, normalized: string, topical: string[]): Signals {
    const best = matches[0];
    const runnerUp = best ? matches.find((m) => m.note.id !== best.note.id) : undefined;
    return {
      coverage: best?.coverage ?? 0,
      nameCoverage: best?.nameCoverage ?? 0,
      margin: best && best.score > 0 ? 1 - (runnerUp?.score ?? 0) / best.score : 0,
      named: best && q.named.has(best.note.id) ? 1 : 0,
      error: best && q.erred.has(best.note.id) ? 1 : 0,
      known: topical.length ? topical.filter((t) => df.has(t)).length / topical.length : 0,
      domain: vocabulary.rhelFamily.test(normalized) ? 1 : 0,
      length: Math.log1p(topical.length),
      versionFit: best && q.asked.length && best.section.versionSpecific ? 1 : 0,
      reliability: reliabilityOf(best?.note.id, best?.section.id),
      shown: best && passage ? shownShare(best, passage, topical) : 0,
    };
  }

  /** The passage an answer quotes from `section`: chosen once, measured by `shown` and shown as it was measured. */
  function passageOf(section: Section, key: Map<string, number>): Passage {
    const whole = wholeSectionText.get(section.id);
    if (whole !== undefined) return { text: whole, cut: false };
    const passage = selectPassage(renderWikiLinks(knowledge, section.markdown), key, options.answerChars);
    if (!passage.cut) wholeSectionText.set(section.id, passage.text);
    return passage;
  }

  /**
   * Share of the question's topical words that the answer's opening shows: the note's title, the
   * section's heading and the passage an answer would quote. Coverage asks whether the best match
   * holds the question's rarest words anywhere in its note; this asks whether what the user reads
   * first speaks to all of the question, which tells a right answer from a near miss more often.
   */
  function shownShare(best: Match, { text, cut }: Passage, topical: string[]): number {
    const termsOf = () => new Set(queryTerms(normalizeQuery(vocabulary, `${best.note.title}\n${best.section.heading}\n${text}`)));
    // Most sections are shown whole, whatever the question: their words are read once.
    let shown = cut ? undefined : wholeSectionTerms.get(best.section.id);
    if (!shown) {
      shown = termsOf();
      if (!cut) wholeSectionTerms.set(best.section.id, shown);
    }
    return topical.filter((t) => shown.has(t)).length / topical.length;
  }

  /**
   * The words to search with: the rarest words the notes know, then unknown ones (typos get fuzzy
   * matching), at most `maxQueryTerms`. Known words stop once their sections add up to
   * `postingBudget`: the rarest words find the answer, and the common ones would make the cost
   * grow with the knowledge.
   */
  function searchText(byWeight: string[]): string {
    const picked: string[] = [];
    let postings = 0;
    for (const t of byWeight) {
      const n = df.get(t);
      if (n === undefined) continue;
      if (picked.length >= options.minQueryTerms && postings + n > options.postingBudget) break;
      picked.push(t);
      postings += n;
    }
    const unknown = byWeight.filter((t) => !df.has(t)).slice(0, options.maxUnknownTerms);
    return [...picked, ...unknown].slice(0, options.maxQueryTerms).join(' ');
  }

  function search(question: string): Search {
    const q = distillQuestion(stripMentions(question)).trim();
    const versions = findVersions(q);
    const base = { question: q, versions, matches: [] as Match[], passage: null, signals: null, keyTerms: new Map<string, number>() };
    // Naming "9.5" makes it a question about minor releases, even when the word is not used.
    const minorNamed = versions.some((v) => v.minor !== undefined);
    const expanded = expandQuery(vocabulary, q);
    const normalized = expanded.text + (minorNamed ? ' minor' : '');
    const terms = queryTerms(normalized);
    if (!terms.length) return declined(base, 'empty');
    if (isAboutOtherSystem(vocabulary, normalized)) return declined(base, 'other-system');

    // Version numbers ("9", "5" of 9.5) are handled by version matching, not counted as topic words.
    const topical = terms.filter((t) => !/^\d{1,2}$/.test(t));
    // Only version numbers ("and on 8?" out of its thread): nothing says what about 8.
    if (!topical.length) return declined(base, 'weak');
    // Words a synonym added weigh less than the words typed: they widen the search, the typed ones say what is asked.
    const typed = new Set(queryTerms(q.toLowerCase()));
    const added = new Set(queryTerms(expanded.added.join(' ')).filter((t) => !typed.has(t)));
    const weights = new Map(topical.map((t) => [t, weight(t) * (added.has(t) ? options.addedWordWeight : 1)] as const));
    const byWeight = [...topical].sort((a, b) => weights.get(b)! - weights.get(a)!);
    const key = new Map(byWeight.slice(0, options.confidenceTerms).map((t) => [t, weights.get(t)!] as const));
    // The question's words, padded, for phrase tests; and without its version numbers, for the names without theirs.
    const words = wordsOf(normalized);
    const bareWords = withoutVersions(words);
    const query: Query = {
      // Long questions: search with the most informative terms only; common words cost time and add little.
      text: searchText(byWeight),
      key,
      keyWeight: [...key.values()].reduce((s, w) => s + w, 0),
      asked: versions.map((v) => v.major),
      named: bareWords === words ? phrasesIn(names, words) : new Set([...phrasesIn(names, words), ...phrasesIn(names, bareWords)]),
      erred: phrasesIn(errors, errorKey(q)),
      quoted: phrasesIn(headings, words),
    };
    const matches = rankSections(query);
    const exact = resolveName(knowledge, q) ?? resolveName(knowledge, normalized) ?? knowledge.byId.get(byTitleTerms.get(termsKey(terms)) ?? '');
    if (exact) {
      const lead = exact.sections[0]!;
      const rest = matches.filter((m) => m.section.id !== lead.id);
      const decision: Decision = { answer: true, reason: 'exact-name', p: 1 };
      return { ...base, keyTerms: key, matches: [{ section: lead, note: exact, score: Infinity, coverage: 1, nameCoverage: 1 }, ...rest], passage: passageOf(lead, key), signals: null, decision, confidence: 1 };
    }
    const passage = matches[0] ? passageOf(matches[0].section, key) : null;
    const signals = signalsOf(query, matches, passage, normalized, topical);
    const decision = matches.length ? decide(signals) : ({ answer: false, reason: 'weak', p: 0 } as const);
    return { ...base, keyTerms: key, matches, passage, signals, decision, confidence: decision.p, ...(decision.answer ? {} : { decline: decision.reason as Decline }) };
  }

  return { knowledge, search, suggest: createSuggest(knowledge, search) };
}

function declined(base: Omit<Search, 'decision' | 'confidence'>, reason: Decline): Search {
  return { ...base, decision: { answer: false, reason, p: 0 }, confidence: 0, decline: reason };
}
