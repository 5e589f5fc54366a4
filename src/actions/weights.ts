/** Placeholder until `npm run fit:tracker` writes the fitted weights. */
import type { LogisticModel } from './logistic.ts';

export const DETECTION: LogisticModel = {
  bias: -2,
  weights: { req_imperative: 4, req_noun_phrase: 3, addressed_should: 2, first_future: 3, named_would: 3, intent: 2.5, undertaking: 3, passive_future: 2.5, report_back: 2.5, decision_dated: 3, recommendation: 3, go_live: 2.5, leadin_acts: 2.5, question: -4, forecast: -2, finding: -1, praise: -2, opinion: -1.5, rule: -2, heading: -3, fragment: -2, past_only: -2, courtesy: -4 },
  threshold: 0.5,
};

export const VERDICT: LogisticModel = { bias: 0, weights: {}, threshold: 0.5 };

export const REPORTED = { threshold: 0.3 };

export const FITTED_ON = 'placeholder';
