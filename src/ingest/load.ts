import { isCalendarDate } from '../clock.ts';
import path from 'node:path';
import type { DateSource, Paper, PaperMeta } from '../domain.ts';
import { AppError } from '../errors.ts';
import { sniffFormat } from './sniff.ts';
import { extractPdf } from './pdf.ts';
import { extractTextDoc } from './textdoc.ts';
import { segmentSentences } from './sentences.ts';
import { chooseOwnDate, dateFromFileName, formalDate } from './dates.ts';
import { detectAuthor, detectConfidential, detectKind, titleFromPdfHead, titleFromText } from './metadata.ts';
import { paperId, sha256 } from './paper-id.ts';
import type { ExtractedDoc, LoadOptions } from './types.ts';

export const NO_DATE_WARNING = 'no date found; pass --date';

/**
 * Parses, cleans and segments one document and works out its metadata. Throws a one-line AppError
 * (NOT_A_PDF, PDF_EMPTY, PDF_ENCRYPTED, PDF_CORRUPT, NO_TEXT_LAYER, EMPTY_FILE, UNSUPPORTED_FILE) naming the file.
 */
export async function loadDocument(input: { file: string; bytes: Buffer }, opts: LoadOptions): Promise<Paper> {
  const paper = await loadWithWarnings(input, opts);
  return paper.paper;
}

/** As loadDocument, with the warnings a person should see (image-only pages, no date). */
export async function loadWithWarnings(input: { file: string; bytes: Buffer }, opts: LoadOptions): Promise<{ paper: Paper; warnings: string[] }> {
  const file = path.basename(input.file);
  if (opts.date !== undefined && !isCalendarDate(opts.date)) {
    throw new AppError('BAD_INPUT', `${file}: --date must be YYYY-MM-DD, a real date; not "${opts.date}"`, { file });
  }
  const format = sniffFormat(file, input.bytes);
  const doc = format === 'pdf' ? await extractPdf(file, input.bytes) : extractTextDoc(input.bytes, format);
  const pages = doc.pages.map((p) => ({
    number: p.number,
    label: p.label,
    text: p.text,
    sentences: segmentSentences(p.text, { lineBreaksAreBoundaries: format !== 'pdf', commentStart: p.commentStart }),
  }));
  if (!pages.some((p) => p.sentences.length)) {
    throw new AppError(format === 'pdf' ? 'NO_TEXT_LAYER' : 'EMPTY_FILE', `${file}: no readable text in the ${format === 'pdf' ? 'PDF' : 'file'}`, { file });
  }
  const meta = describe(file, input.bytes, doc, opts);
  const warnings = [...doc.warnings, ...(meta.date ? [] : [NO_DATE_WARNING])];
  return { paper: { ...meta, pages }, warnings };
}

function describe(file: string, bytes: Buffer, doc: ExtractedDoc, opts: LoadOptions): PaperMeta {
  const firstText = doc.pages[0]?.text ?? '';
  const title =
    doc.containerTitle ??
    (doc.format === 'pdf' ? titleFromPdfHead(doc.headText) : titleFromText(firstText)) ??
    file.replace(/\.[^.]+$/, '');
  const { date, dateSource } = pickDate(file, doc, opts);
  const kind = detectKind(doc.format, doc.headText, title, file, doc.bodyText);
  return {
    id: paperId(opts.committee, file),
    title: kind === 'minutes' && !/minutes|meeting/i.test(title) ? `${title} – Minutes` : title,
    file,
    hash: sha256(bytes),
    format: doc.format,
    date,
    dateSource,
    kind,
    author: detectAuthor(kind, doc.format, doc.headText, doc.bodyText),
    committee: opts.committee,
    confidential: opts.confidential ?? detectConfidential(doc.format === 'pdf' ? doc.headText : doc.bodyText.slice(0, 1500)),
    pageCount: doc.pages.length,
    loadedAt: opts.now.toISOString(),
  };
}

function pickDate(file: string, doc: ExtractedDoc, opts: LoadOptions): { date: string | null; dateSource: DateSource | null } {
  if (opts.date) return { date: opts.date, dateSource: 'option' };
  const formal = formalDate(doc.bodyText);
  if (formal) return { date: formal, dateSource: 'text' };
  const fromText = chooseOwnDate(doc.format === 'pdf' ? doc.headText.slice(0, 4000) : doc.bodyText);
  if (fromText) return { date: fromText, dateSource: 'text' };
  if (doc.metadataDate) return { date: doc.metadataDate, dateSource: 'metadata' };
  const fromName = dateFromFileName(file);
  return fromName ? { date: fromName, dateSource: 'filename' } : { date: null, dateSource: null };
}
