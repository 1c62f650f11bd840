import { TermDictionary } from './term-dictionary.ts';

// A search index with minisearch's own scoring (BM25+, its prefix and fuzzy weights, its term
// dictionary, the same order of additions, so the same scores and the same ties) over flat
// arrays. Why not a MiniSearch: it keeps a Map per term and field and builds an object per
// matched document; at 100x the knowledge the sections index took 387 MB and those objects most
// of the answer time. Here the postings are typed arrays, and only the few documents that can win
// get their matched words worked out (`detail`).

/** One query word, with what minisearch's `prefix` and `fuzzy` search options would say for it. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Edit distance as a fraction of the word's length (minisearch's `fuzzy`); 0 for none. */
  fuzzy: number;
}

export interface FlatDoc {
  id: string;
  /** One text per field, in the order of the index's `fields`. */
  fields: string[];
}

/** What a search matched: documents in the order minisearch would have first met them. */
export interface Hits {
  docs: number[];
  /** minisearch's score of a matched document (BM25+ sum times the number of query words matched), by document. */
  score: Float64Array;
  /** The query words of each term looked up: `[sourceWord, dictionaryTerm]`, to explain a match on demand. */
  derived: [number, number][];
  words: string[];
  /** The search that made these hits: they are read from scratch arrays the next search overwrites. */
  stamp: number;
}

// minisearch 7 defaults, kept so the scores are those minisearch gives.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** minisearch's BM25+, split so the inverse document frequency is worked out once per term and field. */
const inverseDocFrequency = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
function bm25(invDocFreq: number, termFreq: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/** An Int32Array that grows, for building postings without a JS array per term. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export class FlatIndex {
  readonly ids: string[];
  private readonly fieldCount: number;
  /** The terms, added in minisearch's order, for exact, prefix and fuzzy lookups. */
  private readonly dictionary = new TermDictionary();
  /** Dictionary terms by id. */
  private readonly terms = this.dictionary.terms;
  /** Field lengths (distinct raw tokens, as minisearch counts them) at `doc * fieldCount + field`. */
  private readonly fieldLength: Int32Array;
  private readonly avgFieldLength: number[];
  /** Postings of `term * fieldCount + field` are `postDoc/postFreq[offsets[key] .. offsets[key + 1]]`, docs ascending. */
  private offsets = new Int32Array(1);
  private postDoc = new Int32Array(0);
  private postFreq = new Int32Array(0);
  // Scratch arrays of one search, reused: a search touches only the documents it matches.
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly seen: Int32Array;
  private readonly seenInTerm: Int32Array;
  private readonly quality: Int32Array;
  /** Marks which search and which query word last touched a document; no clearing between searches. */
  private tick = 0;

  constructor(docs: FlatDoc[], fieldCount: number, tokenize: (text: string) => string[], processTerm: (term: string) => string | null) {
    this.ids = docs.map((d) => d.id);
    this.fieldCount = fieldCount;
    this.fieldLength = new Int32Array(docs.length * fieldCount);
    this.avgFieldLength = new Array<number>(fieldCount).fill(0);
    this.build(docs, tokenize, processTerm);
    const n = docs.length;
    [this.total, this.termScore] = [new Float64Array(n), new Float64Array(n)];
    [this.seen, this.seenInTerm, this.quality] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  }

  private build(docs: FlatDoc[], tokenize: (text: string) => string[], processTerm: (term: string) => string | null) {
    const keys = new IntList();
    const postDocs = new IntList();
    const freqs = new IntList();
    const F = this.fieldCount;
    docs.forEach((doc, d) => {
      for (let f = 0; f < F; f++) {
        const tokens = tokenize(doc.fields[f] ?? '');
        const length = new Set(tokens).size;
        this.fieldLength[d * F + f] = length;
        // minisearch's running average, in its order of operations, so the scores match to the bit.
        this.avgFieldLength[f] = (this.avgFieldLength[f]! * d + length) / (d + 1);
        const tf = new Map<number, number>();
        for (const token of tokens) {
          const t = processTerm(token);
          if (!t) continue;
          const id = this.dictionary.add(t);
          tf.set(id, (tf.get(id) ?? 0) + 1);
        }
        for (const [id, n] of tf) {
          keys.push(id * F + f);
          postDocs.push(d);
          freqs.push(n);
        }
      }
    });
    this.sortPostings(keys, postDocs, freqs);
    this.dictionary.seal();
  }


  /** Each term and how many documents hold it in any field: the postings read once, no text tokenized again. */
  documentFrequencies(): Map<string, number> {
    const F = this.fieldCount;
    const last = new Int32Array(this.ids.length).fill(-1);
    const df = new Map<string, number>();
    for (let t = 0; t < this.terms.length; t++) {
      let n = 0;
      for (let k = t * F; k < t * F + F; k++) {
        for (let i = this.offsets[k]!; i < this.offsets[k + 1]!; i++) {
          const d = this.postDoc[i]!;
          if (last[d] !== t) (last[d] = t), n++;
        }
      }
      if (n) df.set(this.terms[t]!, n);
    }
    return df;
  }

  private nextTick(): number {
    return ++this.tick;
  }

  /** Stamps start over (arrays cleared) long before they could overflow, and only between searches. */
  private restartTicks(words: number) {
    if (this.tick + words + 1 < 0x7fffffff) return;
    this.tick = 0;
    this.seen.fill(0);
    this.seenInTerm.fill(0);
  }

  /** Counting sort by key; stable, so each key's docs stay ascending. Linear in the postings. */
  private sortPostings(keys: IntList, docs: IntList, freqs: IntList) {
    const offsets = new Int32Array(this.terms.length * this.fieldCount + 1);
    for (let i = 0; i < keys.length; i++) offsets[keys.data[i]! + 1]!++;
    for (let k = 1; k < offsets.length; k++) offsets[k]! += offsets[k - 1]!;
    const next = offsets.slice(0, -1);
    this.postDoc = new Int32Array(keys.length);
    this.postFreq = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const at = next[keys.data[i]!]!++;
      this.postDoc[at] = docs.data[i]!;
      this.postFreq[at] = freqs.data[i]!;
    }
    this.offsets = offsets;
  }

  /** Dictionary terms a query word reaches with their weights, in minisearch's order: exact, prefix, fuzzy. */
  private expand(q: QueryTerm, maxFuzzy: number): [number, number][] {
    const out: [number, number][] = [];
    const exact = this.dictionary.get(q.term);
    if (exact !== undefined) out.push([exact, 1]);
    let fuzzy: Map<string, [number, number]> | undefined;
    if (q.fuzzy) {
      const maxDistance = q.fuzzy < 1 ? Math.min(maxFuzzy, Math.round(q.term.length * q.fuzzy)) : q.fuzzy;
      if (maxDistance) fuzzy = this.dictionary.within(q.term, maxDistance);
    }
    if (q.prefix) {
      for (const [term, id] of this.dictionary.withPrefix(q.term)) {
        const distance = term.length - q.term.length;
        if (!distance) continue;
        fuzzy?.delete(term);
        out.push([id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    for (const [term, [id, distance]] of fuzzy ?? []) if (distance) out.push([id, (FUZZY_WEIGHT * term.length) / (term.length + distance)]);
    return out;
  }

  /** minisearch's OR search: each word's score summed on its own, then added in query order. */
  search(query: QueryTerm[], boosts: number[], maxFuzzy: number): Hits {
    this.restartTicks(query.length);
    const stamp = this.nextTick();
    const docs: number[] = [];
    const derived: [number, number][] = [];
    const { total, termScore, seen, quality } = this;
    const firstOf = query.map((q) => query.findIndex((o) => o.term === q.term));
    query.forEach((q, w) => {
      const touched: number[] = [];
      const wordStamp = this.nextTick();
      for (const [term, weight] of this.expand(q, maxFuzzy)) {
        derived.push([w, term]);
        for (let f = 0; f < this.fieldCount; f++) this.scoreField(term * this.fieldCount + f, f, weight * boosts[f]!, touched, wordStamp);
      }
      for (const d of touched) {
        if (seen[d] !== stamp) {
          seen[d] = stamp;
          total[d] = 0;
          quality[d] = 0;
          docs.push(d);
        }
        total[d] = total[d]! + termScore[d]!;
        // minisearch counts a word asked twice once.
        if (firstOf[w] === w) quality[d]!++;
      }
    });
    for (const d of docs) total[d] = total[d]! * (quality[d] || 1);
    return { docs, score: total, derived, words: query.map((q) => q.term), stamp };
  }

  private scoreField(key: number, f: number, weight: number, touched: number[], termStamp: number) {
    const { postDoc, postFreq, fieldLength, termScore, seenInTerm } = this;
    const [start, end] = [this.offsets[key]!, this.offsets[key + 1]!];
    const avg = this.avgFieldLength[f]!;
    const idf = inverseDocFrequency(end - start, this.ids.length);
    for (let i = start; i < end; i++) {
      const d = postDoc[i]!;
      const s = weight * bm25(idf, postFreq[i]!, fieldLength[d * this.fieldCount + f]!, avg);
      if (seenInTerm[d] !== termStamp) {
        seenInTerm[d] = termStamp;
        termScore[d] = s;
        touched.push(d);
      } else termScore[d] = termScore[d]! + s;
    }
  }

  /** Whether `doc` is among the hits (of the latest search). */
  matched(hits: Hits, doc: number): boolean {
    return this.seen[doc] === hits.stamp;
  }

  private has(key: number, doc: number): boolean {
    let [lo, hi] = [this.offsets[key]!, this.offsets[key + 1]! - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.postDoc[mid]!;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The hits best first, as minisearch sorts its results (stable: ties in the order first met). */
  ranked(hits: Hits): number[] {
    return [...hits.docs].sort((a, b) => hits.score[b]! - hits.score[a]!);
  }

  /**
   * The query words that matched `doc`, and those of them found in one of the `named` fields:
   * words a matched term there equals or begins with (how minisearch's match lists read).
   */
  detail(hits: Hits, doc: number, named: number[]): { words: string[]; namedWords: string[] } {
    const matched = new Set<number>();
    const namedTerms: string[] = [];
    for (const [w, term] of hits.derived) {
      for (let f = 0; f < this.fieldCount; f++) {
        if (!this.has(term * this.fieldCount + f, doc)) continue;
        matched.add(w);
        if (named.includes(f)) namedTerms.push(this.terms[term]!);
      }
    }
    const words = [...matched].sort((a, b) => a - b).map((w) => hits.words[w]!);
    return { words, namedWords: words.filter((q) => namedTerms.some((d) => d === q || d.startsWith(q))) };
  }
}
