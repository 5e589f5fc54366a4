import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import type { Paper } from '../../src/domain.ts';
import { committeeFromPath, loadDocument } from '../../src/ingest/index.ts';
import { isVerbatimIn } from '../../src/quote.ts';

const CORPUS = path.resolve('../shared/corpus');

/** Physical page counts from ../shared/README.md. */
const PAGE_COUNTS: Record<string, number> = {
  'birmingham/ofsted-2014.pdf': 37,
  'birmingham/ofsted-2016.pdf': 40,
  'birmingham/ofsted-2019.pdf': 13,
  'birmingham/ofsted-2023.pdf': 12,
  'kent/cabinet_2025-01-30/24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf': 6,
  'kent/cabinet_2025-01-30/24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf': 9,
  'kent/cabinet_2025-01-30/Agenda frontsheet 30th-Jan-2025 10.00 Cabinet.pdf': 2,
  'kent/cabinet_2025-01-30/Appendix I Budget Risk Register 22.01.25.pdf': 11,
  'kent/cabinet_2025-01-30/Minutes of the meeting held on 9th January 2025.pdf': 9,
  'kent/cabinet_2025-01-30/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf': 17,
  'kent/cabinet_2025-03-04/Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf': 1,
  'kent/cabinet_2025-03-04/Cabinet QPR Q3 Cover.pdf': 3,
  'kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf': 71,
  'kent/cabinet_2025-03-04/Scrutiny Committee - call-in Family Hubs Report to Cabinet - FINAL.pdf': 3,
  'kent/cabinet_2025-03-13/Public reports pack 13th-Mar-2025 15.00 Cabinet.pdf': 2,
  'kent/full_council_2025-02-13/Printed minutes 13th-Feb-2025 09.30 County Council.pdf': 14,
  'kent/full_council_2025-03-13/Agenda frontsheet 13th-Mar-2025 10.00 County Council.pdf': 4,
  'kent/full_council_2025-03-13/Appendix 1 - Executive Response.pdf': 14,
  'kent/full_council_2025-03-13/Appendix 1 - Kent CMPB 2024 Annual Report.pdf': 25,
  'kent/full_council_2025-03-13/Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.pdf': 4,
  'kent/full_council_2025-03-13/Appendix 3 - 24-00093 Decision Report.pdf': 24,
  'kent/full_council_2025-03-13/Appendix 3 - TMG meeting note 14 November 2024.pdf': 2,
  'kent/full_council_2025-03-13/Appendix 4 - 24-00093 Record of Decision.pdf': 6,
  'kent/full_council_2025-03-13/Appendix 5 - Service Offer Comparison.pdf': 2,
  'kent/full_council_2025-03-13/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf': 57,
  'kent/full_council_2025-03-13/Appendix 7 - Draft Responses to Consultation Feedback.pdf': 18,
  'kent/full_council_2025-03-13/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.pdf': 27,
  'kent/full_council_2025-03-13/CPP Minutes 10.12.24.pdf': 6,
  'kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf': 9,
  'kent/full_council_2025-03-13/Council Report Mid Year 24-25.pdf': 12,
  'kent/full_council_2025-03-13/Governance Update Report.pdf': 8,
  'kent/full_council_2025-03-13/JHOSC ToR - report to full Council.pdf': 6,
  'kent/full_council_2025-03-13/Printed minutes 13th-Mar-2025 10.00 County Council.pdf': 19,
  'kent/full_council_2025-03-13/Questions put and answers given 13th-Mar-2025 10.00 County Council.pdf': 20,
  'kent/full_council_2025-03-13/Scrutiny Committee - call-in Family Hubs Report to County Council - Final.pdf': 6,
  'merton/audit-committee-2009-10-22-pack-extract.pdf': 8,
};

const papers = new Map<string, Paper>();
const load = (rel: string) => {
  const file = path.join(CORPUS, rel);
  return loadDocument({ file, bytes: fs.readFileSync(file) }, { committee: committeeFromPath(file), now: new Date('2026-01-01T00:00:00Z') });
};
const paper = (rel: string) => papers.get(rel)!;
const pageText = (rel: string, n: number) => paper(rel).pages[n - 1]!.text;

beforeAll(async () => {
  for (const rel of Object.keys(PAGE_COUNTS)) papers.set(rel, await load(rel));
});

describe('the corpus PDFs', () => {
  it('lists every PDF of the corpus in the page table', () => {
    const found: string[] = [];
    const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : found.push(path.relative(CORPUS, path.join(d, e.name)))));
    walk(CORPUS);
    expect(found.filter((f) => !f.startsWith('bad/')).sort()).toEqual(Object.keys(PAGE_COUNTS).sort());
  });

  it('loads every good PDF with its physical page count, pages numbered 1..n', () => {
    for (const [rel, count] of Object.entries(PAGE_COUNTS)) {
      const p = paper(rel);
      expect(p.pageCount, rel).toBe(count);
      expect(p.pages.map((pg) => pg.number), rel).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(p.format).toBe('pdf');
    }
  });

  it('refuses the HTML page saved as a .pdf, by name and reason', async () => {
    await expect(load('bad/ofsted-2012-not-a-pdf.pdf')).rejects.toMatchObject({
      code: 'NOT_A_PDF',
      message: 'ofsted-2012-not-a-pdf.pdf: not a PDF (the file is an HTML web page saved with a .pdf name)',
    });
  });

  it('reads printed page labels: lone numbers, "Page N of M", "Page N", and a number after a running header', () => {
    expect(paper('birmingham/ofsted-2014.pdf').pages[2]!.label).toBe('3');
    const qpr = paper('kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf');
    expect(qpr.pages[44]!.label).toBe('44');
    expect(paper('kent/full_council_2025-03-13/Appendix 1 - Kent CMPB 2024 Annual Report.pdf').pages[1]!.label).toBe('2');
    const questions = paper('kent/full_council_2025-03-13/Questions put and answers given 13th-Mar-2025 10.00 County Council.pdf');
    expect(questions.pages[0]!.label).toBeNull();
    expect(questions.pages[2]!.label).toBe('1');
    const ofsted23 = paper('birmingham/ofsted-2023.pdf');
    expect(ofsted23.pages[0]!.label).toBeNull();
    expect(ofsted23.pages[4]!.label).toBe('5');
    expect(paper('kent/cabinet_2025-01-30/Minutes of the meeting held on 9th January 2025.pdf').pages[1]!.label).toBeNull();
  });

  it('drops running headers, footers and page numbers from the page text', () => {
    const ofsted23 = paper('birmingham/ofsted-2023.pdf');
    for (const pg of ofsted23.pages.slice(1)) {
      expect(pg.text).not.toContain('Inspection of Birmingham local authority children’s services');
      expect(pg.text).not.toMatch(/^20 February to 3 March 2023/);
    }
    const merton = paper('merton/audit-committee-2009-10-22-pack-extract.pdf');
    expect(merton.pages.some((pg) => pg.text.includes('All minutes are draft until agreed'))).toBe(false);
    const qpr = paper('kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf');
    expect(qpr.pages[44]!.text.startsWith('Children in Care')).toBe(true);
    const questions = paper('kent/full_council_2025-03-13/Questions put and answers given 13th-Mar-2025 10.00 County Council.pdf');
    expect(questions.pages[2]!.text).not.toMatch(/^Page 1$/m);
    expect(questions.pages[2]!.text).toContain('Question by Paul Stepto');
  });

  it('keeps content lines that merely look alike across pages', () => {
    const cpp = pageText('kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf', 2);
    expect(cpp).toContain('(Item 5)');
  });

  it('keeps a table row readable on one line (Kent QPR children in care table)', () => {
    const text = pageText('kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf', 45);
    expect(text.split('\n')).toContain('Non-UASC 1,466 1,460 1,444 1,434 1,409');
    const p = paper('kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf').pages[44]!;
    expect(p.sentences.map((s) => p.text.slice(s.start, s.end))).toContain('Total 1,997 1,940 1,920 1,989 1,884');
  });

  it('makes every sentence a trimmed, non-empty, in-order slice of its page', () => {
    for (const p of papers.values()) {
      for (const pg of p.pages) {
        let last = 0;
        for (const s of pg.sentences) {
          const slice = pg.text.slice(s.start, s.end);
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(slice).toBe(slice.trim());
          expect(slice).toMatch(/[\p{L}\p{N}]/u);
          expect(slice).not.toMatch(/^[•▪●■➢]/u);
          expect(s.role).toBe('body');
          last = s.end;
        }
      }
    }
  });

  it('keeps page text to the paper’s own words: every sentence stands in pdf-parse’s own text of that page', async () => {
    for (const rel of ['kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf', 'birmingham/ofsted-2019.pdf']) {
      const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(path.join(CORPUS, rel))) });
      try {
        const raw = await parser.getText();
        for (const pg of paper(rel).pages) {
          const source = raw.pages[pg.number - 1]!.text;
          for (const s of pg.sentences) expect(isVerbatimIn(pg.text.slice(s.start, s.end), source), `${rel} p${pg.number}`).toBe(true);
        }
      } finally {
        await parser.destroy();
      }
    }
  });

  it('does not split sentences at PDF line breaks or after abbreviations', () => {
    const pg = paper('kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf').pages[0]!;
    const sentences = pg.sentences.map((s) => pg.text.slice(s.start, s.end).replace(/\s+/g, ' '));
    expect(sentences).toContain('1. RESOLVED that Mr P Bartlett be duly elected Vice Chair of the Corporate Parenting Panel.');
    expect(sentences).toContain('Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.');
  });

  it('caps runaway sentences from table dumps', () => {
    for (const p of papers.values()) {
      for (const pg of p.pages) {
        for (const s of pg.sentences) {
          const slice = pg.text.slice(s.start, s.end);
          if (slice.length > 450) expect(slice.includes('\n'), `${p.file} p${pg.number}`).toBe(false);
        }
      }
    }
  });
});
