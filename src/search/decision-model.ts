// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.8745, 0.5824, 0.6287, 0.6534, 0.3295, 0.9857, 0.8766, 2.4076, 0.1705, 0.5755, 0.1084],
  scales: [0.2244, 0.2648, 0.2763, 0.4759, 0.47, 0.0397, 0.3289, 0.4266, 0.376, 0.3002, 0.3088],
  weights: [0.3968, 0.326, 0.3076, 0, 0.0696, 0.0766, 0.0937, -0.144, 0.0425, 0.4045, 0.1232],
  bias: 2.3633,
  threshold: 0.9041,
  offTopicKnown: 0.7
};
