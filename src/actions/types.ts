import type { Citation, PaperRef } from '../domain.ts';

/** How exactly a due date is known. */
export type DuePrecision = 'day' | 'month' | 'year' | 'range' | 'financial-year' | 'relative' | 'next-meeting';

/** When a commitment falls due, resolved against the paper's date, with the words it came from. */
export interface Due {
  /** YYYY-MM-DD: the last day the commitment allows. */
  date: string;
  precision: DuePrecision;
  text: string;
}

/** A measurable target stated in a commitment. */
export interface Target {
  kind: 'percentage' | 'money' | 'number';
  value: number;
  /** Direction of the target: "no more than 15%" is 'max', "at least 40" is 'min'. */
  bound: 'max' | 'min' | 'exact';
  unit: string | null;
  text: string;
}

/** A sentence of a paper that commits someone to a future action or result. */
export interface Commitment {
  /** Stable across re-loads: hash of the paper id and the folded sentence. */
  id: string;
  text: string;
  paper: PaperRef;
  committee: string;
  /** Physical page for PDFs, null for text papers. */
  page: number | null;
  pageLabel: string | null;
  madeOn: string | null;
  owner: string | null;
  due: Due | null;
  target: Target | null;
  /** Words that locate the commitment's subject, for report-back search (the sentence and its lead-in). */
  topic: string;
}

export type Progress = 'achieved' | 'on-track' | 'slipped' | 'not-achieved' | 'closed' | 'open';
export const PROGRESS_VALUES: readonly Progress[] = ['achieved', 'on-track', 'slipped', 'not-achieved', 'closed', 'open'];

/** One clerk's mark on a commitment. */
export interface MarkEntry {
  progress: Progress;
  note: string | null;
  by: string;
  at: string;
}

/** The clerks' record of a commitment: the latest mark and every mark before it. */
export interface MarkRecord {
  id: string;
  progress: Progress;
  note: string | null;
  by: string;
  at: string;
  history: MarkEntry[];
}

export type ReportBack = 'reported' | 'not-reported';

/** A commitment with its report-back status and the clerks' record. */
export interface ActionItem extends Commitment {
  reportBack: ReportBack;
  evidence: Citation[];
  overdue: boolean;
  /** True when no later paper of the committee exists yet and nothing is due: not yet due for report-back. */
  pending: boolean;
  divergence: string | null;
  progress: Progress;
  note: string | null;
  history: MarkEntry[];
}

export type ActionStatus = 'reported' | 'not-reported' | 'overdue';

/** A hand-labelled sentence for evaluating commitment finding. */
export interface LabelledSentence {
  file: string;
  page: number | null;
  sentence: string;
  commitment: boolean;
  owner?: string;
  due?: string | null;
  reportedBack?: boolean;
}
