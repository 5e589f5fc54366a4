import path from 'node:path';
import { AppError } from '../errors.ts';
import { decodeText } from './decode.ts';

export type SniffedFormat = 'pdf' | 'html' | 'text';

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a Word .docx or Excel .xlsx is one: save it as PDF first)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office file (.doc/.xls: save it as PDF first)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document (save it as PDF first)'],
];

/**
 * Tells what a file really is from its bytes, never its name. Throws a one-line AppError naming the file
 * for empty files, PDFs that are not PDFs, and binary types the product cannot read.
 */
export function sniffFormat(file: string, bytes: Buffer): SniffedFormat {
  const ext = path.extname(file).toLowerCase();
  const claimsPdf = ext === '.pdf';
  if (bytes.length === 0) {
    throw claimsPdf
      ? new AppError('PDF_EMPTY', `${file}: empty PDF (the file is 0 bytes)`, { file })
      : new AppError('EMPTY_FILE', `${file}: empty file (0 bytes)`, { file });
  }
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const kind = describeNonPdf(bytes);
  if (claimsPdf) {
    const what = kind.format ? `${kind.what} saved with a .pdf name` : kind.what;
    throw new AppError('NOT_A_PDF', `${file}: not a PDF (the file is ${what})`, { file });
  }
  if (!kind.format) throw new AppError('UNSUPPORTED_FILE', `${file}: unsupported file type (${kind.what}); load PDF, HTML or text files`, { file });
  if (kind.format === 'text' && ext !== '' && !TEXT_EXTENSIONS.has(ext)) {
    throw new AppError('UNSUPPORTED_FILE', `${file}: unsupported file type (${ext} file); load PDF, HTML or text files`, { file });
  }
  return kind.format;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.htm', '.html', '.xhtml']);

function describeNonPdf(bytes: Buffer): { format: 'html' | 'text' | null; what: string } {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return { format: null, what };
  if (!looksLikeText(bytes)) return { format: null, what: 'binary data, not PDF, HTML or text' };
  const head = decodeText(trimPartialChar(bytes.subarray(0, 4096), bytes.length)).text.replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(head) || (head.startsWith('<') && /<(html|body|p|div)[\s>]/.test(head))) {
    return { format: 'html', what: 'an HTML web page' };
  }
  return { format: 'text', what: 'plain text' };
}

function looksLikeText(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return false;
  const text = decodeText(trimPartialChar(sample, bytes.length)).text;
  const bad = (text.match(/[\uFFFD\u0001-\u0008\u000E-\u001A\u001C-\u001F]/g) ?? []).length;
  return bad <= Math.max(2, text.length * 0.01);
}

/** A sample cut mid-way through a UTF-8 character would not decode as UTF-8: drop the cut character's bytes. */
function trimPartialChar(sample: Buffer, total: number): Buffer {
  if (sample.length >= total) return sample;
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if ((b & 0xc0) === 0xc0) end -= back;
    break;
  }
  return sample.subarray(0, end);
}
