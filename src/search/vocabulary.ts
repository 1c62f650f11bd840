import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';

/** The knowledge's own word rules (knowledge/synonyms.yaml): replacements and scope words. */
export interface Vocabulary {
  /** Every phrase to replace, in one alternation (longest first), and what each becomes. */
  replace: { pattern: RegExp; to: Map<string, string> };
  otherSystems: RegExp;
  /** A name followed by a release number that is another system ("fedora 41"), though the bare name is of the family. */
  otherReleases: RegExp;
  rhelFamily: RegExp;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whole words only, case-insensitive: `phrases` ("apt-get", "red hat") must not touch other letters.
 * `after` is a pattern that must follow the phrase inside the same word run (a release number).
 */
function wordPattern(phrases: string[], flags = 'iu', after = ''): RegExp {
  const alternation = phrases.map((p) => escape(p.toLowerCase())).join('|') || '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternation})${after}(?![\\p{L}\\p{N}_-])`, flags);
}

function list(data: Record<string, unknown>, key: string, file: string): string[] {
  const v = data[key] ?? [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`${file}: ${key} must be a list of words`);
  return v as string[];
}

export function parseVocabulary(yaml: string, file = 'synonyms.yaml'): Vocabulary {
  const data = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
  const replace = data.replace ?? {};
  if (typeof replace !== 'object' || Array.isArray(replace)) throw new Error(`${file}: replace must be a mapping of word: replacement`);
  const pairs = Object.entries(replace as Record<string, unknown>).map(([from, to]) => {
    if (typeof to !== 'string') throw new Error(`${file}: replace.${from} must be a string`);
    return [from, to] as const;
  });
  // Longest phrases first, so "red hat enterprise linux" wins over "red hat".
  pairs.sort((a, b) => b[0].length - a[0].length);
  return {
    replace: {
      pattern: wordPattern(pairs.map(([from]) => from), 'giu'),
      to: new Map(pairs.map(([from, to]) => [from.toLowerCase(), to.toLowerCase()])),
    },
    otherSystems: wordPattern(list(data, 'other_systems', file)),
    // "fedora 41", "fedora-40": the name, an optional space or dash, a release number of two or more digits.
    otherReleases: wordPattern(list(data, 'other_system_releases', file), 'giu', '[\\s-]?\\d{2,}'),
    rhelFamily: wordPattern(list(data, 'rhel_family', file)),
  };
}

export function loadVocabulary(path: string): Vocabulary {
  return parseVocabulary(readFileSync(path, 'utf8'), path);
}

/**
 * Lowercases and applies every replacement in a single pass, so a replacement is never re-replaced.
 * `added` holds the words a replacement put beside the word the user typed ("docker" → "docker
 * container image" adds "container" and "image"; "yum" → "dnf yum" adds "dnf"); a rewrite that drops
 * the typed word ("eol" → "end of life") adds nothing: its words are what the user said.
 */
export function expandQuery(vocabulary: Vocabulary, question: string): { text: string; added: string[] } {
  const { pattern, to } = vocabulary.replace;
  const added: string[] = [];
  const text = question
    .toLowerCase()
    .replace(pattern, (m) => {
      const replacement = to.get(m) ?? m;
      const words = replacement.split(/\s+/);
      if (words.includes(m)) added.push(...words.filter((w) => w !== m));
      return replacement;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, added };
}

export function normalizeQuery(vocabulary: Vocabulary, question: string): string {
  return expandQuery(vocabulary, question).text;
}

/** True when the question is about another OS and names nothing of the RHEL family. */
export function isAboutOtherSystem(vocabulary: Vocabulary, normalized: string): boolean {
  // "Fedora 41" is another system, but "fedora" stays a family word elsewhere in the question ("EPEL from Fedora").
  const rest = normalized.replace(vocabulary.otherReleases, ' ');
  const other = rest !== normalized || vocabulary.otherSystems.test(normalized);
  return other && !vocabulary.rhelFamily.test(rest);
}
