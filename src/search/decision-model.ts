// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.8616, 0.5618, 0.6028, 0.6409, 0.2885, 0.9822, 0.8916, 2.3885, 0.1665, 0.5429, 0.1155],
  scales: [0.2282, 0.2659, 0.2783, 0.4798, 0.4531, 0.0446, 0.3109, 0.4276, 0.3725, 0.3003, 0.317],
  weights: [0.3961, 0.2525, 0.2568, 0, 0.014, 0.1148, 0.0927, -0.1259, 0, 0.4053, 0.1135],
  bias: 2.2906,
  threshold: 0.8783,
  offTopicKnown: 0.7
};
