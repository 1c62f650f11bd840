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
  means: [ 0.7033, 0.4148, 7.1201, 0.5989, 0.6733, 0.1474, 0.9495, 0.8725, 2.4018, 0.1315, 0.4695, 0.1292],
  scales: [ 0.3211, 0.2753, 1.0831, 0.285, 0.469, 0.3545, 0.0837, 0.3335, 0.4826, 0.3379, 0.3228, 0.327],
  weights: [ 0.4457, 0, 0.1517, 0.147, 0, 0, 0.1092, 0.3157, -0.1195, 0.1685, 0.4121, 0],
  bias: 1.3956,
  threshold: 0.8172,
  offTopicKnown: 0.7
};
