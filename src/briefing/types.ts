import type { ChallengeQuestion } from '../challenge/index.ts';
import type { Citation, PaperKind, PaperRef } from '../domain.ts';

/** One line of a pack: words of our own (never facts) and the verbatim citations they rest on. */
export interface PackLine {
  text: string;
  citations: Citation[];
  /** Optional words before each citation ("Purpose", "Recommendation"), parallel to `citations`. */
  captions?: string[];
  /** True when the line comes from an older paper shown as context, not from the meeting's own papers. */
  context?: boolean;
}

export interface PackPaper extends PaperRef {
  pages: number;
  kind: PaperKind;
}

/** A figure from the papers; `trend` lists the same measure in papers of different dates, oldest first. */
export interface PackFigure {
  label: string;
  citation: Citation;
  /** The typed figure: value as written, unit, what it counts, the body and the date it refers to. */
  value: string;
  unit: string;
  measure: string;
  body: string | null;
  date: string | null;
  /** True when the figure comes from an older paper shown as context. */
  context: boolean;
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
  /** The clerk's latest mark, or null when nobody has marked it. */
  mark: { progress: string; note: string | null; by: string; at: string } | null;
  /** True when the commitment comes from an older paper shown as context. */
  context: boolean;
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
  changes: { since: string | null; basis: 'previous-meeting' | 'previous-paper' | 'first-look';
    /** 'meeting-papers': the lines are the meeting's own papers, what each is for and asks; 'since': papers new since `since`. */
    covers: 'meeting-papers' | 'since'; summary: string | null; lines: PackLine[] };
  figures: PackFigure[];
  commitments: PackCommitment[];
  questions: ChallengeQuestion[];
  /** Why there are fewer than five questions, when there are. */
  questionsNote: string | null;
  sources: PackSource[];
}

export type PackFormat = 'pdf' | 'md' | 'html' | 'docx';

/** The section headings, in order, shared by every renderer. */
export const SECTION_TITLES = [
  'The meeting and its papers',
  'What the papers are for and what has changed',
  'Key figures',
  'Commitments and the clerk’s marks',
  'Suggested challenge questions',
  'Sources',
] as const;
