import type { PaperMeta } from '../domain.ts';
import type { AppError } from '../errors.ts';

/** How one document is loaded: its committee, and overrides a person gave. */
export interface LoadOptions {
  committee: string;
  /** YYYY-MM-DD; wins over every date found in the paper. */
  date?: string;
  confidential?: boolean;
  now: Date;
}

/** Options for loading files: committee defaults to the file's folder name with a trailing date removed. */
export interface IngestOptions {
  committee?: string;
  date?: string;
  confidential?: boolean;
  /** Load a paper even when one with the same text is already held (under another name or committee). */
  allowDuplicate?: boolean;
}

export type IngestOutcome =
  | { status: 'added' | 'replaced' | 'unchanged'; file: string; path: string; paper: PaperMeta; warnings: string[] }
  | { status: 'failed'; file: string; path: string; error: AppError };

/** A document's text before segmentation: its pages, plus what the metadata rules look at. */
export interface ExtractedDoc {
  format: 'pdf' | 'html' | 'text';
  pages: Array<{ number: number; label: string | null; text: string; commentStart?: number }>;
  /** Text the metadata rules read: the body (and byline) of a web/text paper, page 1 of a PDF before header removal. */
  headText: string;
  /** The rest of the paper's own text for dates and signatures (whole body for text papers). */
  bodyText: string;
  /** Title candidates from the container: HTML <title>/<h1> or the PDF info Title. */
  containerTitle: string | null;
  metadataDate: string | null;
  warnings: string[];
}

/** How far a load has got: files finished (of all), pages loaded, files refused. */
export interface IngestProgress {
  done: number;
  total: number;
  pages: number;
  failed: number;
}

/** Who watches a load: told its size once, then of each file as it finishes (in the order they finish). */
export interface IngestWatch {
  onStart?(files: number): void;
  onFile?(outcome: IngestOutcome, progress: IngestProgress): void;
}
