import PDFDocument from 'pdfkit';

type Draw = (doc: PDFKit.PDFDocument) => void;

/** Builds a real PDF with pdfkit: one drawing function per page. */
export function makePdf(pages: Draw[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const draw of pages) {
      doc.addPage();
      draw(doc);
    }
    doc.end();
  });
}

/** A page with only shapes on it, as a scan would be: no text layer. */
export const shapesPage: Draw = (doc) => {
  doc.rect(50, 50, 300, 200).fill('#336699');
  doc.circle(300, 500, 80).fill('#cc3300');
};

/** A page of text. */
export const textPage =
  (text: string): Draw =>
  (doc) => {
    doc.fontSize(12).text(text, 72, 72, { width: 450 });
  };
