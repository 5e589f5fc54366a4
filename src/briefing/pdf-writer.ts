import PDFDocument from 'pdfkit';
import { toWinAnsi } from './winansi.ts';

const NAVY = '#0b3d62';
const GREY = '#555555';
const BAR = '#9bb7cf';
const MARGIN = { top: 62, bottom: 70, left: 64, right: 64 };

/** A thin layer over pdfkit for an A4 document: headings, wrapped paragraphs, quote blocks kept whole, page numbers. */
export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(title: string) {
    this.doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, info: { Title: toWinAnsi(title), Creator: 'scrutiny-assistant' } });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => this.chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, subtitle: string): void {
    this.doc.font('Helvetica-Bold').fontSize(20).fillColor(NAVY).text(toWinAnsi(text), MARGIN.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(GREY).text(toWinAnsi(subtitle), { width: this.width });
    this.rule(NAVY, 1.5);
  }

  heading(text: string): void {
    this.ensure(130);
    this.doc.moveDown(0.9).font('Helvetica-Bold').fontSize(14).fillColor(NAVY).text(toWinAnsi(text), MARGIN.left, this.doc.y, { width: this.width, wordSpacing: 0.5 });
    this.rule(NAVY, 0.8);
  }

  subheading(text: string): void {
    const t = toWinAnsi(text);
    this.doc.font('Helvetica-Bold').fontSize(10.5);
    this.ensure(this.doc.heightOfString(t, { width: this.width }) + 50);
    this.doc.moveDown(0.5).fillColor('#1a1a1a').text(t, MARGIN.left, this.doc.y, { width: this.width, lineGap: 1.5 });
    this.doc.moveDown(0.25);
  }

  paragraph(text: string, opts: { grey?: boolean; italic?: boolean; indent?: number; size?: number } = {}): void {
    const font = opts.italic ? 'Helvetica-Oblique' : 'Helvetica';
    const x = MARGIN.left + (opts.indent ?? 0);
    const width = this.width - (opts.indent ?? 0);
    const t = toWinAnsi(text);
    this.doc.font(font).fontSize(opts.size ?? 10.5);
    this.ensure(Math.min(this.doc.heightOfString(t, { width, lineGap: 2 }), 60));
    this.doc.fillColor(opts.grey ? GREY : '#1a1a1a').text(t, x, this.doc.y, { width, lineGap: 2 });
    this.doc.moveDown(0.35);
  }

  /** A list item with a hanging indent. */
  bullet(text: string, size = 10.5): void {
    const t = toWinAnsi(text);
    this.doc.font('Helvetica').fontSize(size);
    this.ensure(Math.min(this.doc.heightOfString(t, { width: this.width - 14 }), 40));
    const y = this.doc.y;
    this.doc.fillColor(NAVY).text('\u2022', MARGIN.left + 2, y, { lineBreak: false });
    this.doc.fillColor('#1a1a1a').text(t, MARGIN.left + 14, y, { width: this.width - 14, lineGap: 1.5 });
    this.doc.moveDown(0.3);
  }

  /** A numbered heading with a hanging indent (for questions). */
  numbered(n: number, text: string): void {
    const t = toWinAnsi(text);
    this.doc.font('Helvetica-Bold').fontSize(10.5);
    this.ensure(this.doc.heightOfString(t, { width: this.width - 22 }) + 60);
    this.doc.moveDown(0.6);
    const y = this.doc.y;
    this.doc.fillColor(NAVY).text(`${n}.`, MARGIN.left, y, { lineBreak: false });
    this.doc.fillColor('#1a1a1a').text(t, MARGIN.left + 22, y, { width: this.width - 22, lineGap: 1.5 });
    this.doc.moveDown(0.25);
  }

  /** A quotation set apart by a bar, in italics, with its source line under it; never split across pages. */
  quote(text: string, source: string, indent = 0): void {
    const x = MARGIN.left + indent + 12;
    const width = this.width - indent - 12;
    const q = toWinAnsi(`“${text}”`);
    const s = toWinAnsi(`— ${source}`);
    this.doc.font('Helvetica-Oblique').fontSize(10);
    const qh = this.doc.heightOfString(q, { width, lineGap: 1.5 });
    this.doc.font('Helvetica').fontSize(8.5);
    const sh = this.doc.heightOfString(s, { width });
    this.ensure(qh + sh + 12);
    const top = this.doc.y + 2;
    this.doc.font('Helvetica-Oblique').fontSize(10).fillColor('#222222').text(q, x, top, { width, lineGap: 1.5 });
    this.doc.moveDown(0.15).font('Helvetica').fontSize(8.5).fillColor(GREY).text(s, x, this.doc.y, { width });
    this.doc.save().rect(MARGIN.left + indent, top, 3, this.doc.y - top).fill(BAR).restore();
    this.doc.y += 8;
    this.doc.x = MARGIN.left;
  }

  rule(color: string, weight: number): void {
    const y = this.doc.y + 3;
    this.doc.save().moveTo(MARGIN.left, y).lineTo(MARGIN.left + this.width, y).lineWidth(weight).strokeColor(color).stroke().restore();
    this.doc.y = y + 8;
  }

  /** Writes "Page i of n" and the pack's title in every page's footer, then returns the PDF's bytes. */
  async finish(footer: string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = this.doc.page.height - MARGIN.bottom + 24;
      this.doc.page.margins.bottom = 0;
      this.doc.font('Helvetica').fontSize(8).fillColor(GREY);
      this.doc.text(toWinAnsi(footer), MARGIN.left, y, { width: this.width * 0.7, lineBreak: false, ellipsis: true });
      this.doc.text(`Page ${i + 1} of ${range.count}`, MARGIN.left, y, { width: this.width, align: 'right', lineBreak: false });
      this.doc.page.margins.bottom = MARGIN.bottom;
    }
    this.doc.end();
    return this.done;
  }
}
