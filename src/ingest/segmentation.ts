/**
 * The version of the sentence segmentation (src/ingest/sentences.ts). A stored paper keeps the sentences it was
 * segmented into when loaded; one segmented by another version is segmented again from its stored page text when it
 * is read, and the search index (whose schema carries this version) is rebuilt. Bump it whenever segmentation changes.
 */
export const SEGMENTATION_VERSION = 's5';
