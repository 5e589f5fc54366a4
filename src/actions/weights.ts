/**
 * Fitted by `npm run fit:tracker` (src/eval/fit-tracker.ts) on the TUNING split only; do not edit by hand.
 * 17 tuning authorities: 216 candidate sentences (126 commitments, 8 labels not matched to a unit), 0 report-back pairs.
 */
import type { LogisticModel } from './logistic.ts';

/** Is a unit a commitment: logistic regression over the features in src/actions/features.ts. */
export const DETECTION: LogisticModel = {
  "bias": 0.121,
  "weights": {
    "req_section": 2.095,
    "req_item": 1.655,
    "req_imperative": 0.739,
    "req_noun_phrase": 1.16,
    "req_finite": 0.196,
    "addressed_should": -0.245,
    "leadin_acts": 0.996,
    "imperative_start": 0.346,
    "first_future": 0.404,
    "generic_future": -0.225,
    "named_would": -0.604,
    "intent": 0.344,
    "undertaking": 1.165,
    "passive_future": 0.808,
    "report_back": 1.486,
    "decision": -0.917,
    "decision_dated": 1.092,
    "recommendation": 1.009,
    "dated": 1.332,
    "target": -0.749,
    "go_live": 0.888,
    "due_to": -0.74,
    "would_any": -0.995,
    "leadin_imperative": 0.601,
    "minutes_would": 0.361,
    "question": -0.824,
    "forecast": -0.665,
    "finding": -0.476,
    "praise": 0.326,
    "opinion": -0.447,
    "rule": 0.522,
    "standing": 0.032,
    "conditional": -0.969,
    "courtesy": -0.351,
    "past_only": -0.019,
    "heading": -0.62,
    "fragment": -1.324,
    "external_subject": 0.015,
    "money": -1.162,
    "short": -0.198,
    "minutes": 0.173,
    "inspection": -1.369,
    "report_kind": -0.847
  },
  "threshold": 0.47
};

/** Does the best evidence show progress (else no progress): logistic regression over src/actions/reportback.ts progressFeatures. */
export const VERDICT: LogisticModel = {
  "bias": 0,
  "weights": {
    "prog_any": 0,
    "prog_more": 0,
    "noprog_any": 0,
    "noprog_more": 0,
    "prog_balance": 0,
    "noprog_balance": 0,
    "others_prog": 0,
    "others_noprog": 0,
    "follow_up": 0,
    "share_high": 0
  },
  "threshold": 0.5
};

/** The IDF-weighted share of a commitment's terms a later sentence must carry to count as reporting back. */
export const REPORTED = { threshold: 0.1 };

export const FITTED_ON = "17 tuning authorities: 216 candidate sentences (126 commitments, 8 labels not matched to a unit), 0 report-back pairs";
