import type { Citation, Page, PaperMeta } from '../domain.ts';
import type { Figure } from '../figures/index.ts';
import type { Progress } from '../actions/index.ts';

/** Where a challenge question comes from, in rank order. */
export type ChallengeKind =
  | 'overdue-commitment'
  | 'contradiction'
  | 'unreported-commitment'
  | 'unevidenced-claim'
  | 'figure-without-comparator'
  | 'unaddressed-risk'
  | 'slipped-commitment';

/** A drafted scrutiny question: open, one issue, grounded in verbatim citations. */
export interface ChallengeQuestion {
  id: string;
  question: string;
  followUp: string;
  why: string;
  kind: ChallengeKind;
  citations: Citation[];
  /** For commitments: the clerk's latest mark, when one was made. */
  mark?: { progress: Progress; note: string | null; by: string; at: string } | null;
}

/** A sentence of a paper, trimmed of list markers: `page.text.slice(start, end)` is verbatim. */
export interface SentenceSpan {
  paper: PaperMeta;
  page: Page;
  start: number;
  end: number;
  /** The span with whitespace folded. */
  text: string;
  /** Index of the sentence on its page. */
  index: number;
}

/** A sentence a detector picked out, with how strongly it fits. */
export interface Signal extends SentenceSpan {
  kind: 'claim' | 'figure' | 'risk';
  score: number;
  /** True when the sentence already gives a comparator (last year, target, national average). */
  compared?: boolean;
  /** For figures: the typed figure the sentence states. */
  figure?: Figure;
}

/** An earlier paper's positive claim set against a later inspection's negative finding on the same subject. */
export interface Contradiction {
  claim: SentenceSpan;
  finding: SentenceSpan;
  /** Shared subject terms (analysed). */
  shared: string[];
  score: number;
}
