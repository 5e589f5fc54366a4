import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack, renderPack, SECTION_TITLES, toWinAnsi, type BriefingPack } from '../../src/briefing/index.ts';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { addMeeting } from '../../src/meetings/index.ts';
import { citationHolds, foldWhitespace, isVerbatimIn } from '../../src/quote.ts';
import { AS_OF, loadCorpus, storedPapers } from '../challenge/corpus.ts';

const scope = { allowConfidential: false };
let deps: Deps;
let papers: Map<string, Paper>;
let pack: BriefingPack;

beforeAll(async () => {
  deps = await loadCorpus(true);
  papers = await storedPapers(deps);
  pack = await buildPack(deps, { committee: 'seeds', asOf: AS_OF, scope });
});
afterAll(async () => deps.close());

function allCitations(p: BriefingPack) {
  return [
    ...p.bigQuestion.citations,
    ...p.changes.lines.flatMap((l) => l.citations),
    ...p.figures.flatMap((f) => [f.citation, ...f.trend.map((t) => t.citation)]),
    ...p.commitments.flatMap((c) => [c.promise, ...c.evidence]),
    ...p.questions.flatMap((q) => q.citations),
  ];
}

describe('buildPack', () => {
  it('fills every section, each line resting on citations that hold in the stored papers', () => {
    expect(pack.papers.length).toBe(papers.size);
    expect(pack.bigQuestion.text).toMatch(/^To what extent/);
    expect(pack.changes.lines.length).toBeGreaterThan(0);
    expect(pack.figures.length).toBeGreaterThan(3);
    expect(pack.figures.some((f) => f.trend.length >= 2)).toBe(true);
    expect(pack.commitments[0]!.status).toBe('overdue');
    expect(pack.questions.some((q) => q.kind === 'contradiction')).toBe(true);
    for (const line of [pack.bigQuestion, ...pack.changes.lines]) expect(line.citations.length).toBeGreaterThan(0);
    for (const c of allCitations(pack)) expect(citationHolds(c, papers.get(c.paper.id)!), c.quote).toBe(true);
  });

  it('orders commitments overdue first, then not reported, then reported', () => {
    const rank = { overdue: 0, 'not-reported': 1, reported: 2 } as const;
    const ranks = pack.commitments.map((c) => rank[c.status]);
    expect([...ranks].sort()).toEqual(ranks);
  });

  it('takes what changed from the previous meeting of the committee when the pack is for a meeting', async () => {
    const ofsted2016 = [...papers.values()].find((p) => p.date?.startsWith('2016'))!;
    await addMeeting(deps, { committee: 'seeds', date: '2015-07-01' });
    const m = await addMeeting(deps, { committee: 'seeds', date: '2016-12-01', papers: [ofsted2016.id], chair: 'U0CHAIR01' });
    const forMeeting = await buildPack(deps, { meetingId: m.id, asOf: AS_OF, scope });
    expect(forMeeting.meeting?.id).toBe(m.id);
    expect(forMeeting.papers.map((p) => p.id)).toEqual([ofsted2016.id]);
    expect(forMeeting.changes).toMatchObject({ basis: 'previous-meeting', since: '2015-07-01' });
    expect(forMeeting.changes.lines.map((l) => l.text).join('\n')).toContain(ofsted2016.title);
    expect(forMeeting.asOf).toBe('2016-12-01');
    for (const c of allCitations(forMeeting)) expect(c.paper.date === null || c.paper.date <= '2016-12-01').toBe(true);
    await expect(buildPack(deps, { meetingId: 'no-such-meeting', asOf: AS_OF, scope })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('renderPack pdf', () => {
  let text: string;
  let pages: number;
  beforeAll(async () => {
    const pdf = await renderPack(pack, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: pdf });
    try {
      const result = await parser.getText();
      pages = result.pages.length;
      text = result.pages.map((p) => p.text).join('\n');
    } finally {
      await parser.destroy();
    }
  });

  it('is several A4 pages with the six section headings in order and page numbers in the footer', () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    const folded = foldWhitespace(text);
    let at = -1;
    SECTION_TITLES.forEach((title, i) => {
      const found = folded.search(new RegExp(`${i + 1}\\.\\s+${title}`));
      expect(found, title).toBeGreaterThan(at);
      at = found;
    });
    for (let i = 1; i <= pages; i++) expect(folded).toContain(`Page ${i} of ${pages}`);
  });

  it('prints quotes that stand verbatim in the papers their source lines name', () => {
    const blocks = [...text.matchAll(/(?:^|\n)[ \t]*“([\s\S]+?)”\s*\n\s*— ([^\n]+)\n?([^\n]*)/g)];
    expect(blocks.length).toBeGreaterThan(15);
    const byTitle = [...papers.values()].sort((a, b) => b.title.length - a.title.length);
    for (const [, quote, first, second] of blocks) {
      const source = foldWhitespace(`${first} ${second}`);
      const title = (p: Paper) => foldWhitespace(toWinAnsi(p.title));
      const paper = byTitle.find((p) => source.startsWith(title(p)) || title(p).startsWith(foldWhitespace(first!)));
      expect(paper, source).toBeDefined();
      const pageNo = /, p\. (\d+)/.exec(source)?.[1];
      const pageText = paper!.pages.filter((p) => !pageNo || p.number === Number(pageNo)).map((p) => toWinAnsi(p.text)).join('\n');
      const unwrapped = quote!.replace(/([-–—/])\n/g, '$1');
      expect(isVerbatimIn(unwrapped, pageText), quote).toBe(true);
    }
  });
});

describe('renderPack md and html', () => {
  it('writes Markdown with six numbered sections in order and every quote followed by its source line', async () => {
    const md = await renderPack(pack, 'md');
    const headings = [...md.matchAll(/^## (\d)\. (.+)$/gm)].map((m) => m[2]);
    expect(headings).toEqual([...SECTION_TITLES]);
    const lines = md.split('\n');
    const quoteLines = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*> “/.test(l));
    expect(quoteLines.length).toBeGreaterThan(15);
    for (const [, i] of quoteLines) expect(lines[i + 2]).toMatch(/^\s*> — .+/);
  });

  it('writes one standalone, escaped HTML document with inline CSS', async () => {
    const hostile = { ...pack, title: 'Pack <script>alert(1)</script> & "more"' };
    const html = await renderPack(hostile, 'html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script>|<link /);
    expect(html).toContain('Pack &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;');
    const h2 = [...html.matchAll(/<h2 id="s\d">\d\. ([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(h2).toEqual([...SECTION_TITLES]);
    expect((html.match(/<blockquote>/g) ?? []).length).toBe((html.match(/<\/blockquote>/g) ?? []).length);
  });
});
