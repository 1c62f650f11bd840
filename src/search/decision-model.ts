// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.7798, 0.4836, 0.5901, 0.6401, 0.1622, 0.9617, 0.9086, 2.3697, 0.1209, 0.4899, 0.1431],
  scales: [0.2863, 0.2746, 0.2759, 0.48, 0.3687, 0.069, 0.2882, 0.463, 0.3261, 0.3052, 0.3465],
  weights: [0.4416, 0, 0.1728, 0, 0.0326, 0.0796, 0.3398, -0.0921, 0.0692, 0.3253, 0],
  bias: 1.9124,
  threshold: 0.8917,
  offTopicKnown: 0.7
};
