import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, crossValidate, fitModel, fitReliability, FIT_OPTIONS, outcome, rated, type Example } from '../scripts/eval-cv.ts';
import { normalizeDates, readQuestions, score } from '../scripts/eval-score.ts';
import { decisionModel, reliabilityOf } from '../src/search/decide.ts';
import { shippedApp } from './helpers.ts';

// Answer quality is a tested property of the knowledge and the decision stage: floors under the
// measured rates (README), so a note or tuning change that makes the bot worse fails CI.
// `npm run eval -- --cv --details` shows each question.

const evalDir = join(import.meta.dirname, 'eval');
const files = [...readdirSync(evalDir).filter((f) => f.endsWith('.json')).map((f) => join(evalDir, f)), ...readdirSync(join(evalDir, 'golden')).map((f) => join(evalDir, 'golden', f))];
const { services } = shippedApp();
const examples = collect(services, files.flatMap(readQuestions));

function rates(results: { e: Example; verdict: { ok: boolean; wrong: boolean } }[]) {
  const of = (kind: string) => results.filter((r) => r.e.q.kind === kind);
  const share = (rs: typeof results, f: (r: (typeof results)[number]) => boolean) => rs.filter(f).length / (rs.length || 1);
  const onTopic = results.filter((r) => r.e.q.kind !== 'out_of_scope');
  return {
    answerable: share(of('answerable'), (r) => r.verdict.ok),
    lifecycle: share(of('lifecycle'), (r) => r.verdict.ok),
    offTopicDeclined: share(of('out_of_scope'), (r) => r.verdict.ok),
    wrongOfOnTopic: share(onTopic, (r) => r.verdict.wrong),
  };
}

describe('answer quality', () => {
  it('cross-validated (decision fitted on other folds) holds its floors', () => {
    const r = rates(crossValidate(examples, decisionModel.offTopicKnown));
    // 61% measured on 2026-12-03 (README) with the `shown` signal, after the 150 blind questions of round 8 joined;
    // 56% before that signal. The floor leaves room for the few points a batch of notes moves the operating point.
    expect(r.answerable).toBeGreaterThanOrEqual(0.57);
    expect(r.lifecycle).toBeGreaterThanOrEqual(0.95);
    expect(r.offTopicDeclined).toBeGreaterThanOrEqual(0.9);
    expect(r.wrongOfOnTopic).toBeLessThanOrEqual(0.04);
  });

  it('the shipped decision model holds the same floors on every labelled question', () => {
    const r = rates(examples.map((e) => ({ e, ...outcome(e, decisionModel) })));
    // 63% measured on 2026-12-03 (in-sample; the threshold is set on real questions, which are the harder ones).
    expect(r.answerable).toBeGreaterThanOrEqual(0.59);
    expect(r.offTopicDeclined).toBeGreaterThanOrEqual(0.9);
    expect(r.wrongOfOnTopic).toBeLessThanOrEqual(0.04);
  });

  it('gives no wrong lifecycle date: every answered lifecycle question holds its expected dates', () => {
    const wrong = examples.filter((e) => e.q.kind === 'lifecycle').map((e) => ({ e, ...outcome(e, decisionModel) })).filter((r) => r.verdict.wrong);
    expect(wrong.map((r) => r.e.q.id)).toEqual([]);
  });

  it('routes golden questions to the note written for them', () => {
    const golden = examples.filter((e) => e.q.note);
    const routed = golden.filter((e) => services.engine.search(e.q.question).matches[0]?.note.id === e.q.note);
    expect(golden.length).toBeGreaterThan(50);
    expect(routed.length / golden.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('eval scoring', () => {
  it('normalizes written dates to the ISO form keys use', () => {
    expect(normalizeDates('until 31 May 2029, or May 31, 2032')).toBe('until 2029-05-31, or 2032-05-31');
  });

  it('counts an answer right only when its facts are in what the user reads first', () => {
    const q = { id: 'x', question: 'q', kind: 'answerable' as const, topic: 't', keys: [['crb', 'codeready']], expected_doc: 'https://wiki.almalinux.org/repos/Extras.html#epel' };
    expect(score(q, { answered: true, answer: 'enable CRB', sources: [] })).toEqual({ ok: true, facts: true, doc: false, wrong: false });
    // The right link with the wrong text still misleads.
    expect(score(q, { answered: true, answer: 'x', sources: ['https://wiki.almalinux.org/repos/Extras.html#epel'] })).toMatchObject({ ok: false, doc: true, wrong: true });
    expect(score(q, { answered: true, answer: `${'x'.repeat(1600)} crb`, sources: [] }).ok).toBe(false);
    expect(score(q, { answered: false, answer: 'enable CRB', sources: [] })).toMatchObject({ ok: false, wrong: false });
    expect(score({ ...q, kind: 'out_of_scope' }, { answered: false, answer: '', sources: [] }).ok).toBe(true);
    expect(score({ ...q, kind: 'out_of_scope' }, { answered: true, answer: '', sources: [] }).wrong).toBe(true);
  });
});

describe('note reliability', () => {
  // Examples reduced to what the reliability fit reads: the best note and section, and whether answering was right.
  const example = (id: string, note: string, section: string, right: boolean): Example => {
    const q = { id, question: id, kind: 'answerable' as const, topic: note, keys: [['x']], expected_doc: 'https://almalinux.org' };
    const verdict = { ok: right, facts: right, doc: false, wrong: !right };
    const real = examples.find((e) => e.signals && e.forced && e.declined)!;
    return { ...real, q, note, section, forced: { reply: real.forced!.reply, verdict } };
  };
  const rows = [
    example('a1', 'good', 'good#one', true),
    example('a2', 'good', 'good#one', true),
    example('a3', 'good', 'good#two', true),
    example('b1', 'bad', 'bad', false),
    example('b2', 'bad', 'bad', false),
    example('b3', 'bad', 'bad', true),
  ];
  const opts = { ...FIT_OPTIONS, reliabilitySmoothing: 2 };
  const base = 4 / 6;

  it('rates a section by its record, smoothed toward its note, and the note toward the overall rate', () => {
    const { rates } = fitReliability(rows, opts);
    const good = (3 + 2 * base) / 5;
    expect(rates.baseRate).toBeCloseTo(base, 3);
    expect(rates.noteRates.good).toBeCloseTo(good, 3);
    expect(rates.sectionRates['good#one']).toBeCloseTo((2 + 2 * good) / 4, 3);
    expect(reliabilityOf('good', 'good#two', rates)).toBeCloseTo((1 + 2 * good) / 3, 3);
    // A section no question reached says what its note says; an unknown note, the overall rate.
    expect(reliabilityOf('good', 'good#three', rates)).toBe(rates.noteRates.good);
    expect(reliabilityOf('never-seen', 'never-seen', rates)).toBe(rates.baseRate);
  });

  it("leaves each fitting example's own outcome out of its signal", () => {
    const { rated: fitting } = fitReliability(rows, opts);
    // b3 was right, but its signal is what its note's other two (wrong) examples say.
    const bad = (0 + 2 * base) / 4;
    expect(fitting.find((e) => e.q.id === 'b3')!.signals!.reliability).toBeCloseTo((0 + 2 * bad) / 4, 6);
    const good = (2 + 2 * base) / 4;
    expect(fitting.find((e) => e.q.id === 'a3')!.signals!.reliability).toBeCloseTo(good, 6);
  });

  it('gives held-out examples the rate of the model fitted without them', () => {
    const model = fitModel(rows.slice(0, 5), decisionModel.offTopicKnown, opts);
    expect(rated(rows[5]!, model).signals!.reliability).toBe(model.sectionRates.bad);
  });
});
