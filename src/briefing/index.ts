import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-md.ts';
import type { BriefingPack, PackFormat } from './types.ts';

export { buildPack, type PackOptions } from './build.ts';
export { toWinAnsi, isWinAnsi } from './winansi.ts';
export { SECTION_TITLES, type BriefingPack, type PackFormat, type PackLine, type PackFigure, type PackCommitment, type PackSource } from './types.ts';

/** Renders a pack: a PDF or Word document as bytes, Markdown or HTML as text. */
export async function renderPack(pack: BriefingPack, format: 'pdf' | 'docx'): Promise<Buffer>;
export async function renderPack(pack: BriefingPack, format: 'md' | 'html'): Promise<string>;
export async function renderPack(pack: BriefingPack, format: PackFormat): Promise<Buffer | string>;
export async function renderPack(pack: BriefingPack, format: PackFormat): Promise<Buffer | string> {
  // The PDF writer (pdfkit) is imported only when a PDF is written.
  if (format === 'pdf') return (await import('./render-pdf.ts')).renderPdf(pack);
  // The Word writer (docx) likewise only when a Word document is written.
  if (format === 'docx') return (await import('./render-docx.ts')).renderDocx(pack);
  return format === 'md' ? renderMarkdown(pack) : renderHtml(pack);
}

/** The format a file name asks for (.pdf, .docx, .md, .html), or a BAD_INPUT error. */
export function formatOf(file: string): PackFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new AppError('BAD_INPUT', `Cannot tell the pack format from "${path.basename(file)}": use a .pdf, .docx, .md or .html file name`);
}

/** Renders a pack in the format its file name asks for and writes it. Returns the absolute path. */
export async function writePack(_deps: Pick<Deps, 'log'>, pack: BriefingPack, outFile: string): Promise<string> {
  const format = formatOf(outFile);
  const body = await renderPack(pack, format);
  const file = path.resolve(outFile);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, body);
  return file;
}

/** One line for people: what the pack holds. */
export function describePack(pack: BriefingPack): string {
  return `${pack.title}: ${pack.papers.length} papers, ${pack.changes.lines.length} changes, ${pack.figures.length} figures, ${pack.commitments.length} commitments, ${pack.questions.length} questions`;
}
