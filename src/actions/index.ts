/** The promise tracker: commitments found in papers, checked for report-back in later papers, marked by clerks. */
export { findCommitments, commitmentId, type FindContext } from './find.ts';
export { detectUnit, kindOf, type Detection } from './detect.ts';
export { unitsOf, isInspection, type Unit } from './units.ts';
export { featuresOf, isCandidate, FEATURES, type FeatureName } from './features.ts';
export { checkReportBack, progressFeatures, VERDICT_FEATURES, type ReportBackResult } from './reportback.ts';
export { statusOf } from './status.ts';
export { authorityOf } from './owner.ts';
export { resolveDue } from './due.ts';
export { findTarget } from './target.ts';
export { listActions, tiersFor, type ListOptions, type ActionDeps } from './list.ts';
export { markAction } from './mark.ts';
export { parseProgress, readMark } from './marks.ts';
export { toActionJson, renderActionsTable, type ActionJson } from './json.ts';
export { trackerRows, toCsv, writeXlsx, TRACKER_COLUMNS } from './export.ts';
export { evaluateCommitments, type CommitmentScores, type CommitmentMiss } from './eval.ts';
export { loadLabelled } from './labelled.ts';
export {
  PROGRESS_VALUES,
  COMMITMENT_KINDS,
  type ActionItem,
  type ActionStatus,
  type Commitment,
  type CommitmentKind,
  type ExecutiveResponse,
  type Rag,
  type Verdict,
  type Due,
  type DuePrecision,
  type LabelledSentence,
  type MarkEntry,
  type MarkRecord,
  type Progress,
  type ReportBack,
  type Target,
} from './types.ts';
