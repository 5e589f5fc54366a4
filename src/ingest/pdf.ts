import { AppError } from '../errors.ts';
import { cleanPdfPages } from './pdf-layout.ts';
import { isoFromDate } from './dates.ts';
import type { ExtractedDoc } from './types.ts';

const GENERIC_TITLE = /^(minutes|agenda|agenda template|the report|report|executive decision|record of decision|by:?|from:?|untitled|document\d*|slide \d+|draft|template|title)$/i;

/** Reads a PDF once (one parser, one pass over the pages): cleaned page texts, labels, title and date from the info. */
export async function extractPdf(file: string, bytes: Buffer): Promise<ExtractedDoc> {
  // The PDF library is imported on the first PDF: a process that reads no PDF never pays for it.
  const { PDFParse } = await import('pdf-parse');
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
