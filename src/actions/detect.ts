import type { Paper } from '../domain.ts';
import { featuresOf, isCandidate, type FeatureName } from './features.ts';
import * as L from './lexicon.ts';
import { probability } from './logistic.ts';
import type { CommitmentKind } from './types.ts';
import { isInspection, type Unit } from './units.ts';
import { DETECTION } from './weights.ts';

export { isInspection } from './units.ts';

/** What the detector says of a unit: its kind and the fitted model's probability, with the features behind it. */
export interface Detection {
  kind: CommitmentKind;
  score: number;
  features: Record<FeatureName, number>;
}

const RECOMMENDATION = new RegExp(L.RECOMMENDATION, 'i');

/** Judges one unit: null when it does not commit anyone (no cue at all, or the fitted model says no). Pure. */
export function detectUnit(unit: Unit, paper: Paper): Detection | null {
  const features = featuresOf(unit, paper);
  if (!isCandidate(features)) return null;
  const score = probability(DETECTION, features);
  if (score < DETECTION.threshold) return null;
  return { kind: kindOf(unit, paper, features), score, features };
}

/** An inspectorate's required action, a scrutiny committee's recommendation, or a commitment. */
export function kindOf(unit: Unit, paper: Paper, features: Record<FeatureName, number>): CommitmentKind {
  if (isInspection(paper) && (unit.inRequired || features.addressed_should)) return 'required-action';
  if (RECOMMENDATION.test(unit.text) || (unit.leadIn !== null && RECOMMENDATION.test(unit.leadIn))) return 'recommendation';
  return 'commitment';
}
