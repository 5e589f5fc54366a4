import type { Citation } from '../domain.ts';
import { commitmentHeading, figureMeta, figureQuotes, KIND_LABEL, markLine, meetingLine, paperLine, sinceLine, sourceEntry, sourceLine, subtitle, trendLine } from './format.ts';
import { SECTION_TITLES, type BriefingPack } from './types.ts';

/** Escapes the characters Markdown would read as markup, so quotes show exactly as written. */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function quote(c: Citation): string {
  return `> “${mdEscape(c.quote)}”\n>\n> — ${mdEscape(sourceLine(c))}\n`;
}

/** Renders a pack as Markdown: numbered sections, quotes as block quotes with their source line. */
export function renderMarkdown(pack: BriefingPack): string {
  const out: string[] = [`# ${mdEscape(pack.title)}`, '', `_${mdEscape(subtitle(pack))}_`, ''];
  const h = (i: number) => out.push(`## ${i + 1}. ${SECTION_TITLES[i]}`, '');
  h(0);
  out.push(mdEscape(meetingLine(pack)), '', '**Papers in this pack**', '');
  pack.papers.forEach((p) => out.push(`- ${mdEscape(paperLine(p))}`));
  out.push('', `**The big question:** ${mdEscape(pack.bigQuestion.text)}`, '');
  pack.bigQuestion.citations.forEach((c) => out.push(quote(c)));
  h(1);
  out.push(`_${mdEscape(sinceLine(pack))}_`, '');
  if (pack.changes.summary) out.push(mdEscape(pack.changes.summary), '');
  if (pack.changes.lines.length === 0) out.push('No new papers since then.', '');
  pack.changes.lines.forEach((l) => out.push(`**${mdEscape(l.text)}**`, '', ...l.citations.flatMap((c, i) => (l.captions?.[i] ? [`_${mdEscape(l.captions[i]!)}:_`, '', quote(c)] : [quote(c)]))));
  h(2);
  if (pack.figures.length === 0) out.push('The papers give no figures on this.', '');
  pack.figures.forEach((f) => {
    out.push(`**${mdEscape(f.label)}**`, '', `_${mdEscape(figureMeta(f))}_`, '');
    const trend = trendLine(f);
    if (trend) out.push(mdEscape(trend), '', ...figureQuotes(f).map(quote));
    else out.push(quote(f.citation));
  });
  h(3);
  if (pack.commitments.length === 0) out.push('No commitments were found in earlier papers.', '');
  pack.commitments.forEach((c) => {
    out.push(`**${mdEscape(commitmentHeading(c))}**`, '', `_${mdEscape(markLine(c))}_`, '', quote(c.promise));
    c.evidence.forEach((e) => out.push('Evidence reported:', '', quote(e)));
  });
  h(4);
  if (pack.questionsNote) out.push(mdEscape(pack.questionsNote), '');
  pack.questions.forEach((q, i) => {
    out.push(`${i + 1}. **${mdEscape(q.question)}**`, '');
    out.push(`   - _Follow-up:_ ${mdEscape(q.followUp)}`, `   - _Why it matters:_ ${mdEscape(q.why)} (${KIND_LABEL[q.kind] ?? q.kind})`, '');
    q.citations.forEach((c) => out.push(quote(c).replace(/^/gm, '   ')));
  });
  h(5);
  pack.sources.forEach((s) => out.push(`- ${mdEscape(sourceEntry(s))}`));
  out.push('');
  return out.join('\n');
}
