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

/** What sort of promise: one made by the council or a person, one an inspectorate requires, or a scrutiny committee's recommendation. */
export type CommitmentKind = 'commitment' | 'required-action' | 'recommendation';
export const COMMITMENT_KINDS: readonly CommitmentKind[] = ['commitment', 'required-action', 'recommendation'];

/** A sentence or list item of a paper that commits someone to a future action or result. */
export interface Commitment {
  kind: CommitmentKind;
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
  /** The line that introduces the list item when the item alone does not say who must act; null otherwise. */
  leadIn: string | null;
  /** The fitted detector's probability that this is a commitment. */
  confidence: number;
}

export type Progress = 'achieved' | 'on-track' | 'slipped' | 'not-achieved' | 'closed' | 'open';
export const PROGRESS_VALUES: readonly Progress[] = ['achieved', 'on-track', 'slipped', 'not-achieved', 'closed', 'open'];

/** True when a clerk's mark settles a commitment (achieved or closed): it can no longer be overdue. */
export function isSettled(progress: Progress | undefined): boolean {
  return progress === 'achieved' || progress === 'closed';
}

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

/** What later papers say: reported with progress, reported without progress, or nothing. */
export type Verdict = 'progress' | 'no-progress' | 'not-reported';

/** The executive's response to a scrutiny recommendation, and the two-month clock it runs against (s.9FE LGA 2000). */
export interface ExecutiveResponse {
  /** null while no response is found. */
  outcome: 'accepted' | 'accepted-in-part' | 'rejected' | null;
  evidence: Citation | null;
  /** YYYY-MM-DD: two months after the recommendation was made. */
  dueBy: string | null;
  /** No response found and the two months have passed. */
  late: boolean;
}

/** RAG rating for a tracker: red overdue or slipped, amber open or not reported, green reported with progress or achieved. */
export type Rag = 'red' | 'amber' | 'green';

/** A commitment with its report-back status and the clerks' record. */
export interface ActionItem extends Commitment {
  reportBack: ReportBack;
  verdict: Verdict;
  evidence: Citation[];
  /** Recommendations only: the executive's response. */
  response: ExecutiveResponse | null;
  overdue: boolean;
  /** True when no later paper of the committee exists yet and nothing is due: not yet due for report-back. */
  pending: boolean;
  divergence: string | null;
  progress: Progress;
  note: string | null;
  history: MarkEntry[];
  /** True when a clerk has marked the item (progress, note and history then carry the clerk's record). */
  marked: boolean;
  /** One line every view shows for the item: the clerk's mark where there is one, otherwise what the papers show. */
  statusText: string;
  rag: Rag;
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
