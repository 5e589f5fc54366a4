import type { Citation } from '../domain.ts';
import { commitmentHeading, figureMeta, figureQuotes, KIND_LABEL, markLine, meetingLine, paperLine, sinceLine, sourceEntry, sourceLine, subtitle, trendLine } from './format.ts';
import { SECTION_TITLES, type BriefingPack } from './types.ts';

/** Escapes text for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body{font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:46em;margin:2em auto;padding:0 1.2em;line-height:1.45;font-size:11pt}
h1{font-size:1.8em;margin:0 0 .2em;color:#0b3d62}
h2{font-size:1.25em;color:#0b3d62;border-bottom:2px solid #0b3d62;padding-bottom:.2em;margin-top:2em}
h3{font-size:1em;margin:1.2em 0 .4em}
.subtitle{color:#555;margin:0 0 1.5em}
blockquote{margin:.5em 0 1em;padding:.4em .9em;border-left:4px solid #9bb7cf;background:#f3f6f9;font-style:italic}
blockquote footer{font-style:normal;font-size:.85em;color:#555;margin-top:.3em}
.big{font-size:1.1em;font-weight:bold}
.meta{color:#555;font-size:.92em}
ol.questions>li{margin-bottom:1.2em}
.kind{font-size:.8em;color:#fff;background:#0b3d62;border-radius:3px;padding:0 .4em;margin-left:.3em}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}blockquote{break-inside:avoid}}
`;

function quote(c: Citation): string {
  return `<blockquote><p>“${esc(c.quote)}”</p><footer>${esc(sourceLine(c))}</footer></blockquote>`;
}

/** Renders a pack as one standalone HTML document with inline CSS; every text is escaped. */
export function renderHtml(pack: BriefingPack): string {
  const s: string[] = [];
  const h = (i: number) => s.push(`<h2 id="s${i + 1}">${i + 1}. ${esc(SECTION_TITLES[i]!)}</h2>`);
  h(0);
  s.push(`<p>${esc(meetingLine(pack))}</p><h3>Papers in this pack</h3><ul>${pack.papers.map((p) => `<li>${esc(paperLine(p))}</li>`).join('')}</ul>`);
  s.push(`<p class="big">The big question: ${esc(pack.bigQuestion.text)}</p>`, ...pack.bigQuestion.citations.map(quote));
  h(1);
  s.push(`<p class="meta">${esc(sinceLine(pack))}</p>`);
  if (pack.changes.summary) s.push(`<p>${esc(pack.changes.summary)}</p>`);
  if (pack.changes.lines.length === 0) s.push('<p>No new papers since then.</p>');
  pack.changes.lines.forEach((l) => s.push(`<h3>${esc(l.text)}</h3>`, ...l.citations.flatMap((c, i) => (l.captions?.[i] ? [`<p class="meta">${esc(l.captions[i]!)}:</p>`, quote(c)] : [quote(c)]))));
  h(2);
  if (pack.figures.length === 0) s.push('<p>The papers give no figures on this.</p>');
  pack.figures.forEach((f) => {
    const trend = trendLine(f);
    s.push(`<h3>${esc(f.label)}</h3>`, `<p class="meta">${esc(figureMeta(f))}</p>`, ...(trend ? [`<p class="meta">${esc(trend)}</p>`, ...figureQuotes(f).map(quote)] : [quote(f.citation)]));
  });
  h(3);
  if (pack.commitments.length === 0) s.push('<p>No commitments were found in earlier papers.</p>');
  pack.commitments.forEach((c) => {
    s.push(`<h3>${esc(commitmentHeading(c))}</h3>`, `<p class="meta">${esc(markLine(c))}</p>`, quote(c.promise));
    if (c.evidence.length) s.push('<p class="meta">Evidence reported:</p>', ...c.evidence.map(quote));
  });
  h(4);
  if (pack.questionsNote) s.push(`<p>${esc(pack.questionsNote)}</p>`);
  s.push(`<ol class="questions">${pack.questions
    .map((q) => `<li><p><strong>${esc(q.question)}</strong><span class="kind">${esc(KIND_LABEL[q.kind] ?? q.kind)}</span></p><p><em>Follow-up:</em> ${esc(q.followUp)}</p><p><em>Why it matters:</em> ${esc(q.why)}</p>${q.citations.map(quote).join('')}</li>`)
    .join('')}</ol>`);
  h(5);
  s.push(`<ul>${pack.sources.map((x) => `<li>${esc(sourceEntry(x))}</li>`).join('')}</ul>`);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(pack.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${esc(pack.title)}</h1><p class="subtitle">${esc(subtitle(pack))}</p></header>
<main>
${s.join('\n')}
</main>
</body>
</html>
`;
}
