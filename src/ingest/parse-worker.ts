import { toAppError } from '../errors.ts';
import { analysePaper } from '../search/index.ts';
import { loadWithWarnings } from './load.ts';
import { loadPdfLibrary } from './pdf.ts';
import type { ParseResult, ParseTask } from './pool.ts';

// The PDF library is loaded as the thread starts, while the main thread is still finding the files and loading their bytes;
// a failure here is met again, and reported, with the first document.
loadPdfLibrary().catch(() => undefined);

/**
 * Runs in a worker thread of the parser pool: parses, cleans and segments one document, and (when the task asks)
 * analyses its passages for the search index.
 * Failures come back as plain data (code, message, details), since an error's class does not cross threads.
 */
export default async function parseDocument(task: ParseTask): Promise<ParseResult> {
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    const { paper, warnings } = await loadWithWarnings({ file: task.file, bytes }, task.opts);
    return { ok: true, paper, warnings, passages: task.analyse ? analysePaper(paper) : undefined };
  } catch (err) {
    const e = toAppError(err);
    return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
  }
}
