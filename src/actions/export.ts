import ExcelJS from 'exceljs';
import type { ActionItem } from './types.ts';

/** The columns of a council recommendation tracker, in order. */
export const TRACKER_COLUMNS = [
  'Reference', 'Kind', 'Origin (committee)', 'Origin (paper)', 'File', 'Page', 'Date', 'Text', 'Owner', 'Due', 'Status', 'RAG', 'Evidence',
  'Executive response', "Clerk's note",
] as const;

/** One row per item, every text in full: the tracker layout councils use (reference, origin, date, text, owner, due, status and RAG, evidence, clerk's note). */
export function trackerRows(items: ActionItem[]): string[][] {
  return items.map((i) => [
    i.id,
    i.kind,
    i.committee,
    i.paper.title,
    i.paper.file,
    i.page === null ? '' : String(i.page),
    i.madeOn ?? '',
    i.leadIn ? `${i.leadIn} ${i.text}` : i.text,
    i.owner ?? '',
    i.due ? `${i.due.date} (${i.due.text})` : '',
    i.statusText,
    i.rag.toUpperCase(),
    i.evidence.map((e) => `${e.paper.file}${e.page ? ` p.${e.page}` : ''} (${e.paper.date ?? 'undated'}): "${e.quote}"`).join('\n'),
    i.response ? `${i.response.outcome ?? 'no response found'}${i.response.evidence ? `: "${i.response.evidence.quote}" (${i.response.evidence.paper.file}${i.response.evidence.page ? ` p.${i.response.evidence.page}` : ''})` : ''}${i.response.dueBy ? `; response due by ${i.response.dueBy}` : ''}` : '',
    i.marked ? `${i.progress}${i.note ? `: ${i.note}` : ''} (${i.history.at(-1)?.by ?? ''}, ${i.history.at(-1)?.at.slice(0, 10) ?? ''})` : '',
  ]);
}

/** The tracker as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), with a byte-order mark so spreadsheets read UTF-8. */
export function toCsv(items: ActionItem[]): string {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return `\ufeff${[[...TRACKER_COLUMNS], ...trackerRows(items)].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}

const RAG_FILL: Record<string, string> = { RED: 'FFF4CCCC', AMBER: 'FFFCE5CD', GREEN: 'FFD9EAD3' };

/** The tracker as an XLSX workbook (one sheet, one row per item, wrapped text, RAG cells coloured). */
export async function writeXlsx(items: ActionItem[], file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'scrutiny assistant';
  const sheet = book.addWorksheet('Tracker', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [18, 16, 24, 36, 30, 6, 12, 80, 30, 24, 30, 8, 80, 40, 40];
  sheet.columns = TRACKER_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: widths[i] ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of trackerRows(items)) {
    const added = sheet.addRow(row);
    added.alignment = { wrapText: true, vertical: 'top' };
    const rag = added.getCell(12);
    const fill = RAG_FILL[String(rag.value)];
    if (fill) rag.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TRACKER_COLUMNS.length } };
  await book.xlsx.writeFile(file);
}
