// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.8187, 0.4966, 0.6036, 0.6629, 0.2516, 0.9708, 0.9177, 2.4697, 0.1371, 0.5243, 0.0987],
  scales: [0.2564, 0.2623, 0.2819, 0.4727, 0.4339, 0.0567, 0.2748, 0.4464, 0.3439, 0.3062, 0.2952],
  weights: [0.4206, 0.0935, 0.233, 0.0261, 0, 0.1294, 0.0577, -0.1662, 0.0409, 0.3137, 0.0472],
  bias: 1.8934,
  threshold: 0.8515,
  offTopicKnown: 0.7
};
