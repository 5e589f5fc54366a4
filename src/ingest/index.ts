/** Loading papers: PDFs, web pages and text into pages, sentences and metadata, committed to the store. */
export { loadDocument, NO_DATE_WARNING } from './load.ts';
export { ingestPaths, ingestBytes, type IngestDeps } from './ingest.ts';
export { describeOutcome } from './describe.ts';
export { committeeFromPath, paperId, slugify } from './paper-id.ts';
export { segmentSentences } from './sentences.ts';
export type { LoadOptions, IngestOptions, IngestOutcome, IngestProgress, IngestWatch } from './types.ts';
