/** Shared shapes of the product: papers, their pages and sentences, and citations. */

export type PaperFormat = 'pdf' | 'html' | 'text';

export type PaperKind =
  | 'agenda'
  | 'minutes'
  | 'officer-report'
  | 'inspection-report'
  | 'statement'
  | 'news'
  | 'other';

/** Where a date came from; null when the paper has no findable date. */
export type DateSource = 'option' | 'text' | 'metadata' | 'filename';

/** Body text is the paper's own words; comment text is readers' comments kept under a web article. */
export type SpanRole = 'body' | 'comment';

/** A sentence as character offsets into its page's text: `page.text.slice(start, end)` is verbatim. */
export interface Sentence {
  start: number;
  end: number;
  role: SpanRole;
}

/** One physical page (1-based) with its printed label where the page shows one. Text papers have one page. */
export interface Page {
  number: number;
  label: string | null;
  text: string;
  sentences: Sentence[];
}

export interface PaperMeta {
  /** Stable across versions of the same file in the same committee. */
  id: string;
  title: string;
  /** The file's base name as loaded. */
  file: string;
  /** sha256 of the file's bytes: the version. */
  hash: string;
  format: PaperFormat;
  /** YYYY-MM-DD, or null when the paper has no findable date. */
  date: string | null;
  dateSource: DateSource | null;
  kind: PaperKind;
  author: string | null;
  committee: string;
  confidential: boolean;
  pageCount: number;
  loadedAt: string;
  /** MinHash of the paper's text (src/ingest/fingerprint.ts), so a copy under another name is recognised. */
  textPrint?: string | null;
}

export interface Paper extends PaperMeta {
  pages: Page[];
}

/** The paper fields a citation carries. */
export interface PaperRef {
  id: string;
  title: string;
  file: string;
  date: string | null;
}

/** A verbatim quote with where it stands: page is the 1-based physical page of a PDF, null for text papers. */
export interface Citation {
  paper: PaperRef;
  page: number | null;
  pageLabel: string | null;
  quote: string;
}

/** Who may see what: a committee filter and whether confidential papers may be quoted. */
export interface Scope {
  committees?: string[];
  paperIds?: string[];
  allowConfidential: boolean;
}

export function paperRef(p: PaperMeta): PaperRef {
  return { id: p.id, title: p.title, file: p.file, date: p.date };
}

/** True when a paper may be quoted within a scope. */
export function inScope(p: PaperMeta, scope: Scope): boolean {
  if (p.confidential && !scope.allowConfidential) return false;
  if (scope.committees && scope.committees.length > 0 && !scope.committees.includes(p.committee)) return false;
  if (scope.paperIds && scope.paperIds.length > 0 && !scope.paperIds.includes(p.id)) return false;
  return true;
}
