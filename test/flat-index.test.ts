import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FlatIndex, type QueryTerm } from '../src/search/flat-index.ts';
import { processTerm, queryTerms, tokenize } from '../src/search/terms.ts';
import { shippedApp } from './helpers.ts';

// FlatIndex claims minisearch's scores, to the bit: the engine's ranking and its tie-breaks were
// tuned on minisearch, so a drift here would change answers without any other test noticing.

const knowledge = shippedApp().services.knowledge;
const docs = knowledge.notes.flatMap((n) => n.sections.map((s) => ({ id: s.id, heading: s.heading, text: s.text })));
const fields = ['heading', 'text'];
const boost = { heading: 2, text: 1 };
const prefix = (t: string) => t.length >= 4;
const fuzzy = (t: string) => (t.length >= 6 ? 0.2 : 0);

const mini = new MiniSearch({ fields, tokenize, processTerm });
mini.addAll(docs);
const flat = new FlatIndex(docs.map((d) => ({ id: d.id, fields: [d.heading, d.text] })), fields.length, tokenize, processTerm);

const questions = [
  'how do I enable crb on almalinux 9',
  'dnf says NOKEY after upgrading, gpg check failed',
  'leapp preupgrade inhibitor rsa sha1 signature',
  'firewal port 8080 opn permanently', // typos: fuzzy and prefix matches
  'raspberry pi wifi brcmfmac firmware missing',
];

describe('FlatIndex', () => {
  it.each(questions)('scores %j as minisearch does', (question) => {
    const query = queryTerms(question).join(' ');
    const expected = mini.search(query, { boost, prefix, fuzzy, maxFuzzy: 2, processTerm: (t) => t });
    const words = tokenize(query).map((term): QueryTerm => ({ term, prefix: prefix(term), fuzzy: fuzzy(term) }));
    const hits = flat.search(words, [boost.heading, boost.text], 2);
    const got = new Map(hits.docs.map((d) => [flat.ids[d]!, hits.score[d]!]));
    expect(expected.length).toBeGreaterThan(0);
    expect(got.size).toBe(expected.length);
    for (const r of expected) expect(got.get(String(r.id))).toBe(r.score);
  });

  it('counts, for every term, the sections that hold it, as tokenizing each section again would', () => {
    const expected = new Map<string, number>();
    for (const d of docs) for (const t of queryTerms(`${d.heading} ${d.text}`)) expected.set(t, (expected.get(t) ?? 0) + 1);
    expect(flat.documentFrequencies()).toEqual(expected);
  });
});
