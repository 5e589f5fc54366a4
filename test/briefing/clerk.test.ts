import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions, markAction } from '../../src/actions/index.ts';
import { buildPack, renderPack } from '../../src/briefing/index.ts';
import { draftChallenges } from '../../src/challenge/index.ts';
import type { Deps } from '../../src/deps.ts';
import { classify } from '../../src/figures/index.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { addMeeting } from '../../src/meetings/index.ts';
import { AS_OF, loadCorpus, storedPapers } from '../challenge/corpus.ts';

const scope = { allowConfidential: false };
const KENT = path.resolve('../shared/corpus/kent');
/** Positive findings the issue saw drafted as risks; none may be the premise of "what is being done about". */
const PRAISE = [/Cultural dimensions to risk are understood/, /no health and safety concerns/i, /are Disclosure and Barring/];

/** Numbers quoted in a question (inside “…”) that its own source sentence reads as a paragraph number, age or page. */
function wrongFigures(question: string, quote: string): string[] {
  const quoted = [...question.matchAll(/“([^”]+)”/g)].map((m) => m[1]!).join(' ');
  const bad = classify(quote, { date: null, body: null }).others.filter((o) => ['list-number', 'age', 'page'].includes(o.reason));
  return bad.filter((o) => quoted.includes(o.text) && !classify(quote, { date: null, body: null }).figures.some((f) => f.text === o.text)).map((o) => `${o.text} (${o.reason})`);
}

describe('packs and questions a clerk can circulate', () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await loadCorpus(true);
    await ingestPaths(deps, [KENT], { committee: 'kent' });
  });
  afterAll(async () => deps.close());

  it('quotes no paragraph number, age or page number as a figure, and no praise as a risk', async () => {
    for (const committee of ['seeds', 'kent']) {
      const questions = await draftChallenges(deps, { committee, asOf: AS_OF, scope });
      const pack = await buildPack(deps, { committee, asOf: AS_OF, scope });
      expect(questions.length, committee).toBeGreaterThanOrEqual(5);
      for (const q of [...questions, ...pack.questions]) {
        if (q.kind === 'figure-without-comparator') expect(wrongFigures(q.question, q.citations[0]!.quote), q.question).toEqual([]);
        if (q.kind === 'unaddressed-risk') for (const p of PRAISE) expect(q.citations[0]!.quote).not.toMatch(p);
      }
      for (const l of pack.changes.lines) for (const c of l.citations) expect(c.quote, l.text).not.toMatch(/\d[.:]\d\d\s?(?:am|pm)|rising of|^From:|Yours sincerely/i);
      for (const f of pack.figures) {
        const own = classify(f.citation.quote, { date: null, body: null });
        if (f.trend.length < 2) expect(own.figures.map((x) => x.text), f.citation.quote).toContain(f.value);
        expect(own.others.filter((o) => o.text === f.value && ['list-number', 'age', 'page', 'year', 'date'].includes(o.reason))).toEqual([]);
      }
    }
  });

  it('gives a plain reason when a topic yields fewer than five questions, and matches the topic by meaning', async () => {
    const hubs = await draftChallenges(deps, { committee: 'kent', topic: 'family hubs', asOf: AS_OF, scope });
    for (const q of hubs) expect(q.citations.map((c) => c.quote).join(' '), q.question).not.toMatch(/Growth Hub/);
    const pack = await buildPack(deps, { committee: 'seeds', topic: 'agency workers', asOf: AS_OF, scope });
    if (pack.questions.length < 5) expect(pack.questionsNote).toMatch(/^Only /);
    else expect(pack.questionsNote).toBeNull();
  });

  it("shows a clerk's mark in the next pack and in the challenge questions", async () => {
    const open = (await listActions(deps, { asOf: AS_OF, committee: 'seeds', scope })).filter((a) => a.reportBack === 'not-reported');
    const target = open.find((a) => a.overdue) ?? open[0]!;
    await markAction(deps, target.id, 'slipped', { note: 'Now expected next quarter', by: 'U0CLERK01' });
    const pack = await buildPack(deps, { committee: 'seeds', asOf: AS_OF, scope });
    const shown = pack.commitments.find((c) => c.text === target.text);
    expect(shown?.mark).toMatchObject({ progress: 'slipped', note: 'Now expected next quarter', by: 'U0CLERK01' });
    const md = await renderPack(pack, 'md');
    expect(md).toContain('Clerk’s mark: slipped – “Now expected next quarter”');
    const questions = await draftChallenges(deps, { committee: 'seeds', asOf: AS_OF, scope });
    const asked = questions.find((q) => q.mark?.progress === 'slipped');
    expect(asked?.kind).toBe('slipped-commitment');
    expect(asked?.question).toMatch(/^Why has the commitment/);
    expect(asked?.why).toContain('Now expected next quarter');
  });

  it("puts the meeting's own papers first and marks older papers as context", async () => {
    const papers = [...(await storedPapers(deps)).values()].filter((p) => p.committee === 'seeds' && p.kind === 'inspection-report');
    const newest = papers.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0]!;
    const m = await addMeeting(deps, { committee: 'seeds', date: '2026-01-15', papers: [newest.id] });
    const pack = await buildPack(deps, { meetingId: m.id, asOf: AS_OF, scope });
    expect(pack.papers.map((p) => p.id)).toEqual([newest.id]);
    expect(pack.changes.covers).toBe('meeting-papers');
    expect(pack.changes.lines[0]!.citations.every((c) => c.paper.id === newest.id)).toBe(true);
    for (const f of pack.figures) expect(f.context).toBe(f.citation.paper.id !== newest.id && f.trend.every((t) => t.citation.paper.id !== newest.id));
    const firstOlder = pack.figures.findIndex((f) => f.context);
    if (firstOlder >= 0) expect(pack.figures.slice(firstOlder).every((f) => f.context)).toBe(true);
    for (const c of pack.commitments) expect(c.context).toBe(c.promise.paper.id !== newest.id);
  });

  it('writes a Word document with headings, quotes and their sources', async () => {
    const pack = await buildPack(deps, { committee: 'kent', asOf: AS_OF, scope });
    const docx = await renderPack(pack, 'docx');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const files = unzipSync(new Uint8Array(docx));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Quote"');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Key figures');
    const c = pack.changes.lines[0]!.citations[0]!;
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
    expect(text.includes(esc(c.quote)) || text.includes(c.quote)).toBe(true);
    expect(text).toContain(`— ${c.paper.title}`);
  });
});
