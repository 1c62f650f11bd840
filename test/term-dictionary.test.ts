import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../src/search/term-dictionary.ts';
import { processTerm, tokenize } from '../src/search/terms.ts';
import { shippedApp } from './helpers.ts';

// The search's scores and ties are minisearch's only if its prefix and fuzzy lookups find what
// minisearch's radix tree finds, in the same order.
describe('TermDictionary', () => {
  const tree = new SearchableMap<number>();
  const dict = new TermDictionary();
  for (const note of shippedApp().services.knowledge.notes) {
    for (const s of note.sections) {
      for (const token of tokenize(`${s.heading} ${s.text}`)) {
        const t = processTerm(token);
        if (t && tree.get(t) === undefined) tree.set(t, dict.add(t));
      }
    }
  }
  dict.seal();
  // Terms spread over the whole dictionary, their prefixes, and typos of them (a letter changed,
  // dropped or added). A fixed number of them: each fuzzy lookup walks the whole tree, so a share
  // of the terms would make this test grow with the square of the knowledge.
  const step = Math.ceil(dict.terms.length / 120);
  const words = dict.terms.filter((_, i) => i % step === 0).flatMap((t, i) => {
    const at = i % t.length;
    return [t, t.slice(0, 4), `${t.slice(0, at)}x${t.slice(at + 1)}`, t.slice(0, at) + t.slice(at + 1), `${t.slice(0, at)}q${t.slice(at)}`];
  });

  it('finds the fuzzy matches of SearchableMap.fuzzyGet, in its order', () => {
    for (const w of words) for (const d of [1, 2]) expect([...dict.within(w, d)]).toEqual([...tree.fuzzyGet(w, d)]);
  });

  it('finds the prefix matches of SearchableMap.atPrefix, in its order', () => {
    for (const w of words) expect(dict.withPrefix(w)).toEqual([...tree.atPrefix(w)]);
  });
});
