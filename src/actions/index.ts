/** The promise tracker: commitments found in papers, checked for report-back in later papers, marked by clerks. */
export { findCommitments, commitmentId, type FindContext } from './find.ts';
export { commitmentRule, type CommitmentRule } from './detect.ts';
export { resolveDue } from './due.ts';
export { findTarget } from './target.ts';
export { listActions, type ListOptions, type ActionDeps } from './list.ts';
export { markAction } from './mark.ts';
export { parseProgress, readMark } from './marks.ts';
export { toActionJson, renderActionsTable, type ActionJson } from './json.ts';
export { evaluateCommitments, type CommitmentScores, type CommitmentMiss } from './eval.ts';
export { loadLabelled } from './labelled.ts';
export {
  PROGRESS_VALUES,
  type ActionItem,
  type ActionStatus,
  type Commitment,
  type Due,
  type DuePrecision,
  type LabelledSentence,
  type MarkEntry,
  type MarkRecord,
  type Progress,
  type ReportBack,
  type Target,
} from './types.ts';
