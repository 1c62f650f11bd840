// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

export interface DecisionModel {
  /** Feature means and scales of the fitting data, in SIGNAL_NAMES order (features are standardized). */
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  /** Answer when the probability is at least this: the point of the risk–coverage curve chosen when fitting. */
  threshold: number;
  /** A declined question with no RHEL-family word and fewer known words than this share is off-topic. */
  offTopicKnown: number;
}

export const decisionModel: DecisionModel = {
  means: [ 0.7781, 0.4826, 0.5892, 0.6382, 0.1618, 0.9618, 0.9088, 2.3707, 0.1206, 0.4887, 0.1427],
  scales: [ 0.2876, 0.2748, 0.2759, 0.4805, 0.3682, 0.069, 0.2879, 0.4627, 0.3256, 0.3056, 0.3461],
  weights: [ 0.4311, 0, 0.1707, 0, 0.0328, 0.0887, 0.3417, -0.0902, 0.0643, 0.3242, 0],
  bias: 1.9129,
  threshold: 0.892,
  offTopicKnown: 0.7
};
