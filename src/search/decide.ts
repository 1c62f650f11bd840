import fitted from './decision-model.json' with { type: 'json' };

// The decision stage: given what retrieval measured about its best match, answer with it, or
// decline. Pure: signals in, verdict and reason out. The model is a logistic calibrator
// (selective question answering): its weights and threshold are fitted on held-out folds of the
// labelled questions by `npm run eval -- --fit` and live in decision-model.json (data, never edited by hand). docs/answering.md
// describes the signals and how the threshold was chosen.

/** What retrieval measured about the best match; each is a number so the calibrator can weigh it. */
export interface Signals {
  /** Weighted share of the question's rarest topical words found in the best section or its note. */
  coverage: number;
  /** The same share counting only the note's title, aliases, errors and the section heading. */
  nameCoverage: number;
  /** How far the best note leads the next other note: 1 − runner-up score / best score. */
  margin: number;
  /** 1 when the question contains the best note's title or an alias as a phrase. */
  named: number;
  /** 1 when the question contains one of the best note's error fragments. */
  error: number;
  /** Share of the question's topical words that some note contains. */
  known: number;
  /** 1 when the question names the RHEL family (AlmaLinux, RHEL, CentOS, dnf, rpm…). */
  domain: number;
  /** log(1 + number of topical words): long questions carry incidental words. */
  length: number;
  /** 1 when the question names a version and the best section is written for it. */
  versionFit: number;
  /** How often answering with the best section was right on the labelled questions it came first for,
   * smoothed toward its note's rate and that toward the overall rate (see reliabilityOf): some notes
   * are a reliable first match, others are where loosely related questions land. */
  reliability: number;
  /** Share of the question's topical words in what the answer shows first: title, heading and quoted passage. */
  shown: number;
}

export const SIGNAL_NAMES = ['coverage', 'nameCoverage', 'margin', 'named', 'error', 'known', 'domain', 'length', 'versionFit', 'reliability', 'shown'] as const satisfies readonly (keyof Signals)[];

const SHORT = Math.log1p(5);
/**
 * What the calibrator weighs: the signals, and products of them. Coverage × margin and coverage for
 * short questions let a sure match of a short question stand out. Shown × margin and shown ×
 * reliability say that what the answer shows speaks to the question *and* the best note clearly
 * leads, or its section has been right before: on long real questions `shown` alone ranks about as
 * well as everything else together, and these products let the other signals count where it is
 * high (cross-validated on 3,185 questions, real questions of unseen threads: 103 right and 25
 * wrong of 666 on-topic without them, 109 and 22 with; 10 folds 108/23 → 108/20).
 */
export const FEATURES: [string, (s: Signals) => number][] = [
  ...SIGNAL_NAMES.map((n): [string, (s: Signals) => number] => [n, (s) => s[n]]),
  ['coverage×margin', (s) => s.coverage * s.margin],
  ['coverage×short', (s) => (s.length <= SHORT ? s.coverage : 0)],
  ['shown×margin', (s) => s.shown * s.margin],
  ['shown×reliability', (s) => s.shown * s.reliability],
];

export function features(s: Signals): number[] {
  return FEATURES.map(([, f]) => f(s));
}

/** The calibrator: fitted by `npm run eval -- --fit`, shipped in decision-model.json. */
export interface DecisionModel {
  /** Feature means and scales of the fitting data, in FEATURES order (features are standardized). */
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  /** Answer when the probability is at least this: the point of the risk–coverage curve chosen when fitting. */
  threshold: number;
  /** A declined question with no RHEL-family word and fewer known words than this share is off-topic. */
  offTopicKnown: number;
  /** Fitted with the calibrator: the reliability signal's rates. */
  baseRate: number;
  noteRates: Record<string, number>;
  sectionRates: Record<string, number>;
}

/** The reliability signal's rates. Per note id and per section id, the smoothed share of the
 * labelled questions it came first for that answering with it was right; the overall share for
 * notes no labelled question reached. */
export type Reliability = Pick<DecisionModel, 'baseRate' | 'noteRates' | 'sectionRates'>;

/** The fitted part of a model that turns signals into a probability. */
export type Calibrator = Pick<DecisionModel, 'means' | 'scales' | 'weights' | 'bias'>;

/** What the decision reads: the calibrator and its cut-offs (the rates are already in the signals). */
export type DecisionRule = Calibrator & Pick<DecisionModel, 'threshold' | 'offTopicKnown'>;

/** The shipped model. */
export const decisionModel: DecisionModel = fitted;

export type DecisionReason = 'exact-name' | 'confident' | 'empty' | 'other-system' | 'off-topic' | 'weak';

export interface Decision {
  answer: boolean;
  reason: DecisionReason;
  /** The calibrator's probability that the best match answers the question. */
  p: number;
}

/** The reliability signal of a best match: its section's rate, else its note's, else the overall rate. */
export function reliabilityOf(noteId: string | undefined, sectionId: string | undefined, model: Reliability = decisionModel): number {
  const own = (rates: Record<string, number>, id: string | undefined) => (id !== undefined && Object.hasOwn(rates, id) ? rates[id] : undefined);
  return own(model.sectionRates, sectionId) ?? own(model.noteRates, noteId) ?? model.baseRate;
}

/** The calibrated probability that answering with the best match is right. */
export function probability(signals: Signals, model: Calibrator = decisionModel): number {
  const x = features(signals);
  const z = x.reduce((sum, v, i) => sum + (model.weights[i] ?? 0) * ((v - (model.means[i] ?? 0)) / (model.scales[i] || 1)), model.bias);
  return 1 / (1 + Math.exp(-z));
}

export function decide(signals: Signals, model: DecisionRule = decisionModel): Decision {
  const p = probability(signals, model);
  if (p >= model.threshold) return { answer: true, reason: 'confident', p };
  // Declining: off-topic when nothing in the question is about the RHEL family and most of its
  // words are unknown to every note; otherwise an in-domain question the notes don't answer well.
  const offTopic = signals.domain === 0 && signals.known < model.offTopicKnown;
  return { answer: false, reason: offTopic ? 'off-topic' : 'weak', p };
}
