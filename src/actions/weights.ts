/**
 * Fitted by `npm run fit:tracker` (src/eval/fit-tracker.ts) on the TUNING split only; do not edit by hand.
 * 69 tuning authorities: 242 candidate sentences (135 commitments, 8 labels not matched to a unit), 215 report-back pairs.
 */
import type { LogisticModel } from './logistic.ts';

/** Is a unit a commitment: logistic regression over the features in src/actions/features.ts. */
export const DETECTION: LogisticModel = {
  "bias": 0.161,
  "weights": {
    "req_section": 1.945,
    "req_item": 1.569,
    "req_imperative": 0.719,
    "req_noun_phrase": 1.054,
    "req_finite": 0.172,
    "addressed_should": -0.28,
    "leadin_acts": 0.995,
    "imperative_start": 0.129,
    "first_future": 0.79,
    "generic_future": -0.099,
    "named_would": -0.917,
    "intent": 0.127,
    "undertaking": 0.794,
    "passive_future": 0.399,
    "report_back": 1.537,
    "decision": -0.85,
    "decision_dated": 1.091,
    "recommendation": 0.882,
    "dated": 0.93,
    "target": -0.782,
    "go_live": 0.028,
    "due_to": -1.065,
    "would_any": -0.973,
    "leadin_imperative": 0.664,
    "minutes_would": 0.506,
    "question": -0.842,
    "forecast": -0.922,
    "finding": -0.29,
    "praise": -0.016,
    "opinion": -0.421,
    "rule": 0.447,
    "standing": -0.442,
    "conditional": -0.954,
    "courtesy": -0.333,
    "past_only": -0.176,
    "heading": -0.561,
    "fragment": -1.357,
    "external_subject": -0.04,
    "money": -0.661,
    "short": -0.199,
    "minutes": 0.117,
    "inspection": -1.047,
    "report_kind": -0.767
  },
  "threshold": 0.46
};

/** Does the best evidence show progress (else no progress): logistic regression over src/actions/reportback.ts progressFeatures. */
export const VERDICT: LogisticModel = {
  "bias": 1.399,
  "weights": {
    "evidence": 0.024,
    "prog_any": -0.008,
    "prog_more": 0.055,
    "noprog_any": -1.009,
    "noprog_more": -0.59,
    "prog_balance": 0.088,
    "noprog_balance": -1.311,
    "others_prog": 0.356,
    "others_noprog": -0.699,
    "follow_up": 0.256,
    "share_high": 0.325,
    "relisted": -0.594,
    "relisted_high": -0.823,
    "change_better": 0.564,
    "change_worse": -0.156,
    "contrast_lack": 0.646,
    "contrast_progress": 0,
    "underway": -0.879
  },
  "threshold": 0.5
};

/** The IDF-weighted share of a commitment's terms a later sentence must carry to count as reporting back (more by boardMargin for an item addressed to a safeguarding board). */
export const REPORTED = { threshold: 0.2, boardMargin: 1 };

export const FITTED_ON = "69 tuning authorities: 242 candidate sentences (135 commitments, 8 labels not matched to a unit), 215 report-back pairs";
