import { commitmentHeading, figureMeta, figureQuotes, KIND_LABEL, markLine, meetingLine, paperLine, sinceLine, sourceEntry, sourceLine, subtitle, trendLine } from './format.ts';
import { PdfWriter } from './pdf-writer.ts';
import { SECTION_TITLES, type BriefingPack } from './types.ts';

/** Renders a pack as an A4 PDF: headings, wrapped text, quotes set apart with their source, page numbers. */
export async function renderPdf(pack: BriefingPack): Promise<Buffer> {
  const w = new PdfWriter(pack.title);
  const h = (i: number) => w.heading(`${i + 1}.  ${SECTION_TITLES[i]}`);
  w.title(pack.title, subtitle(pack));

  h(0);
  w.paragraph(meetingLine(pack));
  w.subheading('Papers in this pack');
  pack.papers.forEach((p) => w.bullet(paperLine(p)));
  w.subheading(`The big question: ${pack.bigQuestion.text}`);
  pack.bigQuestion.citations.forEach((c) => w.quote(c.quote, sourceLine(c)));

  h(1);
  w.paragraph(sinceLine(pack), { grey: true, italic: true });
  if (pack.changes.summary) w.paragraph(pack.changes.summary);
  if (pack.changes.lines.length === 0) w.paragraph('No new papers since then.');
  pack.changes.lines.forEach((l) => {
    w.subheading(l.text);
    l.citations.forEach((c, i) => {
      if (l.captions?.[i]) w.paragraph(`${l.captions[i]}:`, { grey: true, size: 9.5 });
      w.quote(c.quote, sourceLine(c));
    });
  });

  h(2);
  if (pack.figures.length === 0) w.paragraph('The papers give no figures on this.');
  pack.figures.forEach((f) => {
    w.subheading(f.label);
    w.paragraph(figureMeta(f), { grey: true, size: 9.5 });
    const trend = trendLine(f);
    if (trend) {
      w.paragraph(trend, { grey: true });
      figureQuotes(f).forEach((c) => w.quote(c.quote, sourceLine(c)));
    } else w.quote(f.citation.quote, sourceLine(f.citation));
  });

  h(3);
  if (pack.commitments.length === 0) w.paragraph('No commitments were found in earlier papers.');
  pack.commitments.forEach((c) => {
    w.subheading(commitmentHeading(c));
    w.paragraph(markLine(c), { grey: true, size: 9.5 });
    w.quote(c.promise.quote, sourceLine(c.promise));
    if (c.evidence.length > 0) w.paragraph('Evidence reported:', { grey: true, size: 9.5 });
    c.evidence.forEach((e) => w.quote(e.quote, sourceLine(e)));
  });

  h(4);
  if (pack.questionsNote) w.paragraph(pack.questionsNote);
  pack.questions.forEach((q, i) => {
    w.numbered(i + 1, q.question);
    w.paragraph(`Follow-up: ${q.followUp}`, { indent: 22, size: 10 });
    w.paragraph(`Why it matters: ${q.why} [${KIND_LABEL[q.kind] ?? q.kind}]`, { indent: 22, size: 10, grey: true });
    q.citations.forEach((c) => w.quote(c.quote, sourceLine(c), 22));
  });

  h(5);
  pack.sources.forEach((s) => w.bullet(sourceEntry(s), 9.5));
  return w.finish(`${pack.title}, prepared ${pack.asOf}`);
}
