import type { ChallengeQuestion } from '../challenge/index.ts';
import type { Citation, PaperKind, PaperRef } from '../domain.ts';

/** One line of a pack: words of our own (never facts) and the verbatim citations they rest on. */
export interface PackLine {
  text: string;
  citations: Citation[];
}

export interface PackPaper extends PaperRef {
  pages: number;
  kind: PaperKind;
}

/** A figure from the papers; `trend` lists the same measure in papers of different dates, oldest first. */
export interface PackFigure {
  label: string;
  citation: Citation;
  trend: Array<{ value: string; date: string | null; citation: Citation }>;
}

export type CommitmentStatus = 'overdue' | 'not-reported' | 'reported';

export interface PackCommitment {
  text: string;
  status: CommitmentStatus;
  madeOn: string | null;
  due: { date: string; text: string } | null;
  owner: string | null;
  promise: Citation;
  evidence: Citation[];
}

export interface PackSource {
  paper: PackPaper;
  /** Physical pages cited (empty for text papers or papers not cited). */
  pagesCited: number[];
  cited: boolean;
}

/** A briefing pack as data: every line carries the citations it rests on; renderers only lay it out. */
export interface BriefingPack {
  title: string;
  committee: string | null;
  topic: string | null;
  asOf: string;
  meeting: { id: string; title: string; date: string; chair: string | null } | null;
  papers: PackPaper[];
  bigQuestion: PackLine;
  changes: { since: string | null; basis: 'previous-meeting' | 'previous-paper' | 'first-look'; summary: string | null; lines: PackLine[] };
  figures: PackFigure[];
  commitments: PackCommitment[];
  questions: ChallengeQuestion[];
  sources: PackSource[];
}

export type PackFormat = 'pdf' | 'md' | 'html';

/** The section headings, in order, shared by every renderer. */
export const SECTION_TITLES = [
  'The meeting and its papers',
  'What has changed since the committee last looked',
  'Key figures',
  'Commitments from earlier papers',
  'Suggested challenge questions',
  'Sources',
] as const;
