import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AppError } from '../errors.ts';
import { cleanPdfPages } from './pdf-layout.ts';
import { isoFromDate } from './dates.ts';
import type { ExtractedDoc } from './types.ts';

const GENERIC_TITLE = /^(minutes|agenda|agenda template|the report|report|executive decision|record of decision|by:?|from:?|untitled|document\d*|slide \d+|draft|template|title)$/i;

/** Reads a PDF once (one parser, one pass over the pages): cleaned page texts, labels, title and date from the info. */
export async function extractPdf(file: string, bytes: Buffer): Promise<ExtractedDoc> {
  const { PDFParse } = await loadPdfLibrary();
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, stopAtErrors: false });
  try {
    const info = await parser.getInfo();
    const text = await parser.getText({ pageJoiner: '' });
    const total = info.total;
    if (total === 0) throw new AppError('PDF_EMPTY', `${file}: empty PDF (it has no pages)`, { file });
    const raw = Array.from({ length: total }, (_, i) => text.pages.find((p) => p.num === i + 1)?.text ?? '');
    const imagePages = raw.flatMap((t, i) => (/[\p{L}\p{N}]/u.test(t) ? [] : [i + 1]));
    if (imagePages.length === total) {
      const all = total === 1 ? 'its only page is an image' : `all ${total} pages are images`;
      throw new AppError('NO_TEXT_LAYER', `${file}: no text layer (${all}, e.g. a scan); OCR is not available, so nothing can be quoted from it`, { file, imagePages });
    }
    const warnings = imagePages.length
      ? [`pages ${imagePages.join(', ')} have no text layer (images); OCR is not available, so they cannot be searched or quoted`]
      : [];
    const pages = cleanPdfPages(raw);
    const dates = info.getDateNode();
    const created = dates.CreationDate ?? dates.XmpCreateDate ?? null;
    const modified = dates.ModDate ?? null;
    // The last save soon after creation is the version issued (a submission finished, a decision signed); a much later one is a re-save.
    const issued = created && modified && modified >= created && modified.getTime() - created.getTime() <= 90 * 86_400_000 ? modified : null;
    const metaDate = issued ?? created ?? modified;
    return {
      format: 'pdf',
      pages,
      headText: raw[0] ?? '',
      bodyText: pages.map((p) => p.text).join('\n'),
      containerTitle: meaningfulTitle(info.info?.Title),
      metadataDate: metaDate ? isoFromDate(metaDate) : null,
      warnings,
    };
  } catch (err) {
    throw pdfError(file, err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

let pdfLibrary: Promise<typeof import('pdf-parse')> | undefined;

/**
 * The PDF library, imported once per thread, on the first PDF (a process that reads no PDF never pays for it) or
 * earlier by a parser thread as it starts. pdf-parse runs pdfjs's legacy build, whose "worker" half runs in the
 * same thread: it is imported here too, not on the first document. Their core-js polyfills replace the engine's
 * Array.prototype.push with a slower one for the whole thread (the engine's differs only for array-likes longer
 * than 2^32 and arrays with a read-only length, which pdfjs never pushes to); the engine's own is put back, which
 * makes pdfjs about a tenth faster and reads every page the same.
 */
export function loadPdfLibrary(): Promise<typeof import('pdf-parse')> {
  pdfLibrary ??= importPdfLibrary().catch((err: unknown) => {
    pdfLibrary = undefined;
    throw err;
  });
  return pdfLibrary;
}

async function importPdfLibrary(): Promise<typeof import('pdf-parse')> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
  const library = await import('pdf-parse');
  // pdfjs's worker half, from the pdfjs that pdf-parse itself resolves; it registers itself as globalThis.pdfjsWorker.
  const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
  await import(pathToFileURL(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href);
  if (Array.prototype.push !== push.value) Object.defineProperty(Array.prototype, 'push', push);
  return library;
}

function meaningfulTitle(title: unknown): string | null {
  if (typeof title !== 'string') return null;
  const t = title.replace(/^\(Public Pack\)\s*/i, '').replace(/\s+/g, ' ').trim();
  if (t.length < 8 || GENERIC_TITLE.test(t)) return null;
  if (/^Microsoft (Word|PowerPoint|Excel)\b|\.(docx?|pptx?|xlsx?|pdf|rtf)$|template|draft report$/i.test(t)) return null;
  return t;
}

function pdfError(file: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if ((err as Error)?.name === 'PasswordException') {
    return new AppError('PDF_ENCRYPTED', `${file}: the PDF is encrypted (password-protected); save an unprotected copy and load that`, { file }, { cause: err });
  }
  if (/empty|zero bytes/i.test(message)) return new AppError('PDF_EMPTY', `${file}: empty PDF (${message})`, { file }, { cause: err });
  if ((err as Error)?.name === 'InvalidPDFException' || /invalid|corrupt|xref|unexpected|bad|missing/i.test(message)) {
    return new AppError('PDF_CORRUPT', `${file}: corrupt or truncated PDF (${message.replace(/\.$/, '')})`, { file }, { cause: err });
  }
  return new AppError('PDF_CORRUPT', `${file}: unreadable PDF (${message.replace(/\.$/, '')})`, { file }, { cause: err });
}
