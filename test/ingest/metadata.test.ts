import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committeeFromPath, loadDocument } from '../../src/ingest/index.ts';

const now = new Date('2026-01-01T00:00:00Z');
const loadFile = (file: string, opts: { date?: string; confidential?: boolean } = {}) =>
  loadDocument({ file, bytes: fs.readFileSync(file) }, { committee: committeeFromPath(file), now, ...opts });
const seed = (prefix: string) => path.resolve('seeds', fs.readdirSync('seeds').find((f) => f.startsWith(prefix))!);
const corpus = (rel: string) => path.resolve('../shared/corpus', rel);

describe('metadata of the seed papers', () => {
  it('000: a councillor’s statement with no date of its own', async () => {
    const p = await loadFile(seed('000'));
    expect(p).toMatchObject({ title: 'We are sorting out Children\'s Social Care in Birmingham and I will not resign', kind: 'statement', date: null, dateSource: null, format: 'text', pageCount: 1 });
    expect(p.author).toBe('Cllr Les Lawrence, the Cabinet Member for Children, Young People and Families');
    expect(p.pages[0]!.label).toBeNull();
  });

  it('001: a position statement signed and dated by the director', async () => {
    const p = await loadFile(seed('001'));
    expect(p).toMatchObject({ title: 'Current position of children\'s services in Birmingham', kind: 'statement', date: '2014-03-19', dateSource: 'text' });
    expect(p.author).toBe('Peter Hay, Strategic Director for People');
  });

  it('002: responses to the Le Grand review, dated 27 March 2014', async () => {
    const p = await loadFile(seed('002'));
    expect(p).toMatchObject({ title: 'Le Grand Review into Birmingham\'s children\'s services', kind: 'statement', date: '2014-03-27' });
    expect(p.author).toContain('Sir Albert Bore');
  });

  it('003: a news article dated by its "🕔26.Jun 2014" byline', async () => {
    const p = await loadFile(seed('003'));
    expect(p).toMatchObject({ kind: 'news', date: '2014-06-26', dateSource: 'text' });
    expect(p.title).toBe('‘We’ve still no idea about needs of all children at risk’ admits Birmingham social services chief');
  });

  it('004: a cabinet member’s response dated by "By on 03/06/2015" (UK day first)', async () => {
    const p = await loadFile(seed('004'));
    expect(p).toMatchObject({ title: 'Response to children’s safeguarding report to scrutiny', kind: 'statement', date: '2015-06-03' });
    expect(p.author).toBe('Councillor Brigid Jones, cabinet member, children’s services');
  });

  it('takes the committee from the folder, and --date over everything', async () => {
    const p = await loadFile(seed('001'), { date: '2020-01-02' });
    expect(p).toMatchObject({ date: '2020-01-02', dateSource: 'option', committee: 'seeds', confidential: false });
  });
});

describe('metadata of corpus PDFs', () => {
  it('CPP Minutes 29.10.24 are minutes dated 2024-10-29', async () => {
    const p = await loadFile(corpus('kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf'));
    expect(p).toMatchObject({ kind: 'minutes', date: '2024-10-29', dateSource: 'text', committee: 'full_council' });
    expect(p.title).toContain('CORPORATE PARENTING PANEL');
  });

  it('Ofsted 2014 is an inspection report by Ofsted, dated by its publication in 2014', async () => {
    const p = await loadFile(corpus('birmingham/ofsted-2014.pdf'));
    expect(p).toMatchObject({ kind: 'inspection-report', author: 'Ofsted', date: '2014-05-23' });
    expect(p.title).toContain('Inspection of services for children in need of help');
  });

  it('Ofsted 2023 is dated by the end of its inspection', async () => {
    const p = await loadFile(corpus('birmingham/ofsted-2023.pdf'));
    expect(p).toMatchObject({ kind: 'inspection-report', date: '2023-03-03' });
  });

  it('a Kent officer report takes its title from Subject:, date from To:, author from From:', async () => {
    const p = await loadFile(corpus('kent/cabinet_2025-01-30/24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf'));
    expect(p).toMatchObject({
      title: 'Commissioning Plan for Education Provision in Kent 2025-29',
      kind: 'officer-report',
      date: '2025-01-30',
      author: 'Rory Love, Cabinet Member for Education and Skills',
      committee: 'cabinet',
    });
  });

  it('an agenda frontsheet is dated by its meeting, not the day it was published', async () => {
    const p = await loadFile(corpus('kent/cabinet_2025-03-04/Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf'));
    expect(p).toMatchObject({ kind: 'agenda', date: '2025-03-04', confidential: false });
  });

  it('cabinet minutes are dated by the meeting, not the earlier minutes they approve', async () => {
    const p = await loadFile(corpus('kent/cabinet_2025-01-30/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf'));
    expect(p).toMatchObject({ kind: 'minutes', date: '2025-01-30' });
  });

  it('never takes a meaningless info Title, and falls back to the PDF metadata date', async () => {
    const p = await loadFile(corpus('kent/cabinet_2025-01-30/Appendix I Budget Risk Register 22.01.25.pdf'));
    expect(p.title).toBe('Appendix I: Budget Risks Register 2025-26');
    expect(p).toMatchObject({ date: '2025-01-22', dateSource: 'metadata' });
    const minutes = await loadFile(corpus('kent/cabinet_2025-01-30/Minutes of the meeting held on 9th January 2025.pdf'));
    expect(minutes.title).not.toBe('Minutes');
  });

  it('is not fooled by "there were no exempt items" or "do not include exempt information"', async () => {
    expect((await loadFile(corpus('kent/cabinet_2025-01-30/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf'))).confidential).toBe(false);
    expect((await loadFile(corpus('kent/full_council_2025-03-13/Appendix 4 - 24-00093 Record of Decision.pdf'))).confidential).toBe(false);
  });

  it('gives a stable id from committee and file name, and the sha256 of the bytes', async () => {
    const file = corpus('merton/audit-committee-2009-10-22-pack-extract.pdf');
    const p = await loadFile(file);
    expect(p.id).toMatch(/^audit-committee-2009-10-22-pack-extract-[0-9a-f]{6}$/);
    expect(p.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(p).toMatchObject({ committee: 'merton', date: '2009-10-22', kind: 'agenda' });
  });
});
