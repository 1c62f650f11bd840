import SearchableMap from 'minisearch/SearchableMap';

// An index's terms, for exact, prefix and fuzzy lookups that find what minisearch's radix tree
// (SearchableMap) finds, in the order it finds them (the order decides how scores add up and
// which of two equal matches comes first). Why not the tree itself: its fuzzy walk visits every
// short prefix of the vocabulary, and on 30-100x the knowledge it was half of a long question's
// time; a bigram filter reaches the few terms near a word directly. The tree is built once, to
// learn its order, and dropped.

const gramKey = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

/** Levenshtein distance of `a` and `b` (as minisearch counts it), or `max + 1` once it must exceed `max`. */
function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, row[j - 1]! + 1);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

export class TermDictionary {
  private readonly ids = new Map<string, number>();
  /** Terms by id, ids in order of first addition. */
  readonly terms: string[] = [];
  /** Each term's place in minisearch's tree iteration (`atPrefix` order; its fuzzy walk meets them in reverse). */
  private place = new Int32Array(0);
  /** Term ids in code-unit order: a prefix's terms are one range. */
  private sorted = new Int32Array(0);
  /** Term ids holding each bigram (distinct per term): `gramTerms[gramStart[slot] .. gramStart[slot + 1]]`. */
  private gramSlot = new Map<number, number>();
  private gramStart = new Int32Array(1);
  private gramTerms = new Int32Array(0);
  /** Scratch: bigrams shared with the word being looked up, per term. */
  private shared = new Int32Array(0);

  get(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term's id, added if new (before `seal`). */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.terms.length));
      this.terms.push(term);
    }
    return id;
  }

  /** Builds the lookups once every term is added. */
  seal() {
    const tree = new SearchableMap<number>();
    this.terms.forEach((t, id) => tree.set(t, id));
    this.place = new Int32Array(this.terms.length);
    let at = 0;
    for (const id of tree.values()) this.place[id] = at++;
    this.sorted = Int32Array.from(this.terms.keys()).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
    this.indexGrams();
    this.shared = new Int32Array(this.terms.length);
  }

  private indexGrams() {
    const lists = new Map<number, number[]>();
    this.terms.forEach((t, id) => {
      for (const g of new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => gramKey(t, i)))) {
        const list = lists.get(g);
        if (list) list.push(id);
        else lists.set(g, [id]);
      }
    });
    this.gramStart = new Int32Array(lists.size + 1);
    this.gramTerms = new Int32Array([...lists.values()].reduce((n, l) => n + l.length, 0));
    let slot = 0;
    for (const [g, list] of lists) {
      this.gramSlot.set(g, slot);
      this.gramTerms.set(list, this.gramStart[slot]!);
      this.gramStart[++slot] = this.gramStart[slot - 1]! + list.length;
    }
  }

  /** Terms starting with `prefix` (itself included), as minisearch's `atPrefix` lists them. */
  withPrefix(prefix: string): [string, number][] {
    let [lo, hi] = [0, this.sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.terms[this.sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < this.sorted.length && this.terms[this.sorted[i]!]!.startsWith(prefix); i++) ids.push(this.sorted[i]!);
    return ids.sort((a, b) => this.place[a]! - this.place[b]!).map((id) => [this.terms[id]!, id]);
  }

  /**
   * Terms within `maxDistance` edits of `word` with their distance, as minisearch's `fuzzyGet`
   * returns them. A term within d edits keeps all but at most 2d of the word's distinct bigrams
   * (an edit touches two), so only terms sharing that many are compared.
   */
  within(word: string, maxDistance: number): Map<string, [number, number]> {
    const grams = [...new Set(Array.from({ length: Math.max(0, word.length - 1) }, (_, i) => gramKey(word, i)))];
    const need = grams.length - 2 * maxDistance;
    const candidates = need > 0 ? this.sharingGrams(grams, need) : this.terms.keys();
    const found: [number, number][] = [];
    for (const id of candidates) {
      const d = distanceWithin(word, this.terms[id]!, maxDistance);
      if (d <= maxDistance) found.push([id, d]);
    }
    found.sort((a, b) => this.place[b[0]]! - this.place[a[0]]!);
    return new Map(found.map(([id, d]) => [this.terms[id]!, [id, d]]));
  }

  /** Terms holding at least `need` of `grams`. */
  private sharingGrams(grams: number[], need: number): number[] {
    const { shared, gramStart, gramTerms } = this;
    const touched: number[] = [];
    const out: number[] = [];
    for (const g of grams) {
      const slot = this.gramSlot.get(g);
      if (slot === undefined) continue;
      for (let i = gramStart[slot]!; i < gramStart[slot + 1]!; i++) {
        const id = gramTerms[i]!;
        if (shared[id] === 0) touched.push(id);
        if (++shared[id]! === need) out.push(id);
      }
    }
    for (const id of touched) shared[id] = 0;
    return out;
  }
}
