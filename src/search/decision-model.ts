// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.7798, 0.4838, 0.5946, 0.6401, 0.1622, 0.9617, 0.9086, 2.3697, 0.115, 0.4943, 0.1431],
  scales: [0.2863, 0.2746, 0.2757, 0.48, 0.3687, 0.069, 0.2882, 0.463, 0.3191, 0.3061, 0.3465],
  weights: [0.4407, 0, 0.189, 0, 0.0796, 0.0786, 0.3443, -0.0833, 0.1184, 0.3592, 0],
  bias: 1.9706,
  threshold: 0.898,
  offTopicKnown: 0.7
};
