import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The knowledge's own word rules (knowledge/synonyms.yaml): replacements and scope words. */
export interface Vocabulary {
  replace: [RegExp, string][];
  otherSystems: RegExp[];
  rhelFamily: RegExp[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-insensitive pattern for a word or phrase ("apt-get", "red hat"). */
function wordPattern(phrase: string, flags = 'i'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(phrase.toLowerCase())}(?![\\p{L}\\p{N}_-])`, `u${flags}`);
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
    replace: pairs.map(([from, to]) => [wordPattern(from, 'gi'), to.toLowerCase()]),
    otherSystems: list(data, 'other_systems', file).map((w) => wordPattern(w)),
    rhelFamily: list(data, 'rhel_family', file).map((w) => wordPattern(w)),
  };
}

export function loadVocabulary(path: string): Vocabulary {
  return parseVocabulary(readFileSync(path, 'utf8'), path);
}

/** Lowercases and applies the replacements in one pass each, so a replacement is never re-replaced. */
export function normalizeQuery(vocabulary: Vocabulary, question: string): string {
  let text = ` ${question.toLowerCase()} `;
  const placed: string[] = [];
  for (const [pattern, to] of vocabulary.replace) {
    text = text.replace(pattern, () => `\u0000${placed.push(to) - 1}\u0000`);
  }
  return text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => placed[Number(i)]!).replace(/\s+/g, ' ').trim();
}

/** True when the question is about another OS and names nothing of the RHEL family. */
export function isAboutOtherSystem(vocabulary: Vocabulary, normalized: string): boolean {
  return vocabulary.otherSystems.some((p) => p.test(normalized)) && !vocabulary.rhelFamily.some((p) => p.test(normalized));
}
