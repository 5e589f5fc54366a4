import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Citation } from '../domain.ts';
import { commitmentHeading, figureMeta, figureQuotes, KIND_LABEL, markLine, meetingLine, paperLine, sinceLine, sourceEntry, sourceLine, subtitle, trendLine } from './format.ts';
import { SECTION_TITLES, type BriefingPack } from './types.ts';

const NAVY = '0B3D62';
const GREY = '555555';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const para = (text: string, opts: { grey?: boolean; italic?: boolean; bold?: boolean; size?: number } = {}) =>
  new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, color: opts.grey ? GREY : undefined, italics: opts.italic, bold: opts.bold, size: opts.size })] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });

/** A quote set apart in the clerk's document: the verbatim words in the "Quote" style, then its source line. */
function quote(c: Citation, indent = 0): Paragraph[] {
  return [
    new Paragraph({
      style: 'Quote',
      indent: { left: 360 + indent },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: '9BB7CF', space: 8 } },
      children: [new TextRun({ text: `“${c.quote}”`, italics: true })],
    }),
    new Paragraph({ indent: { left: 360 + indent }, spacing: { after: 160 }, children: [new TextRun({ text: `— ${sourceLine(c)}`, color: GREY, size: 18 })] }),
  ];
}

/**
 * Renders a pack as a Word document (docx) a clerk can finish in Word or LibreOffice: real headings (Title, Heading 1,
 * Heading 2), quotes in the "Quote" style with their source under each, a numbered list of questions, page numbers.
 */
export async function renderDocx(pack: BriefingPack): Promise<Buffer> {
  const out: Paragraph[] = [new Paragraph({ text: pack.title, heading: HeadingLevel.TITLE }), para(subtitle(pack), { grey: true })];
  const h = (i: number) => out.push(heading(`${i + 1}. ${SECTION_TITLES[i]}`, HeadingLevel.HEADING_1));
  h(0);
  out.push(para(meetingLine(pack)), heading('Papers in this pack', HeadingLevel.HEADING_2), ...pack.papers.map((p) => bullet(paperLine(p))));
  out.push(heading(`The big question: ${pack.bigQuestion.text}`, HeadingLevel.HEADING_2), ...pack.bigQuestion.citations.flatMap((c) => quote(c)));
  h(1);
  out.push(para(sinceLine(pack), { grey: true, italic: true }));
  if (pack.changes.summary) out.push(para(pack.changes.summary));
  if (pack.changes.lines.length === 0) out.push(para('No new papers since then.'));
  pack.changes.lines.forEach((l) => {
    out.push(heading(l.text, HeadingLevel.HEADING_2));
    l.citations.forEach((c, i) => {
      if (l.captions?.[i]) out.push(para(`${l.captions[i]}:`, { grey: true, size: 19 }));
      out.push(...quote(c));
    });
  });
  h(2);
  if (pack.figures.length === 0) out.push(para('The papers give no figures on this.'));
  pack.figures.forEach((f) => {
    out.push(heading(f.label, HeadingLevel.HEADING_2), para(figureMeta(f), { grey: true, size: 19 }));
    const trend = trendLine(f);
    if (trend) out.push(para(trend, { grey: true }), ...figureQuotes(f).flatMap((c) => quote(c)));
    else out.push(...quote(f.citation));
  });
  h(3);
  if (pack.commitments.length === 0) out.push(para('No commitments were found in the papers.'));
  pack.commitments.forEach((c) => {
    out.push(heading(commitmentHeading(c), HeadingLevel.HEADING_2), para(markLine(c), { grey: true, size: 19 }), ...quote(c.promise));
    if (c.evidence.length > 0) out.push(para('Evidence reported:', { grey: true, size: 19 }), ...c.evidence.flatMap((e) => quote(e)));
  });
  h(4);
  if (pack.questionsNote) out.push(para(pack.questionsNote));
  pack.questions.forEach((q) => {
    out.push(new Paragraph({ numbering: { reference: 'questions', level: 0 }, spacing: { before: 160, after: 80 }, children: [new TextRun({ text: q.question, bold: true })] }));
    out.push(para(`Follow-up: ${q.followUp}`), para(`Why it matters: ${q.why} [${KIND_LABEL[q.kind] ?? q.kind}]`, { grey: true }));
    out.push(...q.citations.flatMap((c) => quote(c, 360)));
  });
  h(5);
  pack.sources.forEach((s) => out.push(bullet(sourceEntry(s))));

  const doc = new Document({
    creator: 'scrutiny-assistant',
    title: pack.title,
    styles: {
      default: { document: { run: { font: 'Arial', size: 21 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 40, bold: true, color: NAVY } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 28, bold: true, color: NAVY } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 22, bold: true } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true } },
      ],
    },
    numbering: { config: [{ reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${pack.title}, prepared ${pack.asOf} · page `, PageNumber.CURRENT], color: GREY, size: 16 })] })] }) },
        children: out,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
