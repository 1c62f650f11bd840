// Fitted by `npm run eval -- --fit` on every labelled question (see docs/answering.md); edit by
// refitting, not by hand. `npm run eval -- --cv` measures the same procedure on held-out folds.

import type { DecisionModel } from './decide.ts';

export const decisionModel: DecisionModel = {
  means: [0.8757, 0.5802, 0.6129, 0.6216, 0.3152, 0.9837, 0.8805, 2.3765, 0.1662, 0.559, 0.1146],
  scales: [0.2172, 0.2643, 0.2767, 0.485, 0.4646, 0.0432, 0.3244, 0.4196, 0.3723, 0.2988, 0.3162],
  weights: [0.3702, 0.2595, 0.2944, 0, 0.0358, 0.0992, 0.1027, -0.1274, 0, 0.4227, 0.1141],
  bias: 2.4408,
  threshold: 0.8783,
  offTopicKnown: 0.7
};
