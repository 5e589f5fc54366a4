import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { loadLabelledFigures, scoreFigures } from '../../src/eval/figures.ts';
import { bodyOf, classify, figuresIn, figuresOfPaper, trendFor, type PaperFigure } from '../../src/figures/index.ts';
import { loadDocument } from '../../src/ingest/index.ts';
import { loadCorpus, storedPapers } from '../challenge/corpus.ts';

const ctx = { date: '2014-05-23', body: 'Somewhere' };
const reasonOf = (sentence: string, value: string) => classify(sentence, ctx).others.find((o) => o.text.trim() === value)?.reason ?? null;

describe('figures as typed measures', () => {
  it('never takes a paragraph or list number, an age, a year, a date, a page number or a time for a figure', () => {
    const cases: Array<[string, string]> = [
      ['116. The Workforce Strategy is comprehensive and detailed.', '116'],
      ['2.2 The report sets out the options for the committee.', '2.2'],
      ['When children aged 16 or 17 present as homeless, they are offered advice.', '16'],
      ['When children aged 16 or 17 present as homeless, they are offered advice.', '17'],
      ['The response to homeless 16- and 17-year-olds is weak.', '16'],
      ['The previous inspection was in September 2012 and found services inadequate.', '2012'],
      ['The budget for 2024-25 was agreed in February.', '2024'],
      ['See page 12 of the report for the full list of actions.', '12'],
      ['Thursday, 13th March, 2025, at 3.00 pm (or on the rising of Full Council)', '3.00'],
      ['Inspection dates: 3 to 14 October 2022', '3'],
      ['The response met the requirements of section 47 of the Children Act.', '47'],
    ];
    for (const [sentence, value] of cases) {
      expect(figuresIn(sentence, ctx).map((f) => f.text), `${value} in ${sentence}`).not.toContain(value);
      expect(reasonOf(sentence, value), `${value} in ${sentence}`).not.toBeNull();
    }
  });

  it('reads contents lines, chained paragraph numbers, ages, footnotes, distances and financial years as such in real papers', () => {
    // Each sentence as the loader gives it from the PDF named beside it.
    const cases: Array<[string, string[], string[]]> = [
      // corpus/kent/full_council_2025-03-13/Appendix 6 - Commissioned Family Hub Contracts Consultation Report.pdf, page 2 (contents)
      ['Response to consultation – Seashells Family Hub 16 Response to consultation – Millmead Family Hub 27 Any other proposal comments or suggestions 37 Professionals / organisation feedback Consultation awareness 40', ['16', '27', '37', '40'], []],
      // ofsted/southampton/southampton-2014-09-15.pdf (contents run into one sentence)
      ['4 The local authority’s strengths 8 Progress since the last inspection 10 Summary for children and young people 11 Information about this local authority area 12 Inspection judgements about the local authority 14 The Local Safeguarding Children Board (LSCB) 37 Summary of findings 37', ['8', '10', '11', '12', '14', '37'], []],
      // corpus/kent/full_council_2025-03-13/Appendix 1 - Kent CMPB 2024 Annual Report.pdf (dot leaders)
      ['8 2024 Events ..................................................................................................................', ['8'], []],
      // ofsted/lancashire/lancashire-2015-11-27.pdf
      ['3. Ensure elected members have an accurate understanding of the quality of service provided to children to enable rigorous challenge to senior managers to make improvements (paragraphs 121, 123, 132, 133).', ['121', '123', '132', '133'], []],
      // corpus/kent/cabinet_2025-01-30/24-00109 - Transfer the 18-25 section of the Strengthening Independence Service - Report.pdf
      ['Parents previously made decisions, but at 16, young people gain legal rights and can make their own choices about social care and their future.', ['16'], []],
      // ofsted/reading/reading-2016-08-05.pdf
      ['Five of the six young people who turned 18 during 2015 benefited from these ‘staying put’ arrangements.', ['18'], []],
      // ofsted/south-tyneside/south-tyneside-2017-11-24.pdf
      ['72. Unfortunately, the more positive picture for the 16 to 18 cohort of care leavers being supported to continue their education and training is not replicated for the older cohort aged 19 to 21.', ['16', '18', '19', '21'], []],
      // ofsted/merton/merton-2017-08-25.pdf
      ['With good support from carers, the 14-plus team and housing providers, many young people make a successful transition from care to living independently.', ['14'], []],
      // ofsted/stockton-on-tees/stockton-on-tees-2016-08-05.pdf
      ['Operation ‘Encompass’3 has been operational since January 2016.', ['3'], []],
      // ofsted/leicestershire/leicestershire-2017-02-13.pdf (a minus sign between the years)
      ['There is no annual report on private fostering for 2015−16 available, and it is not clear who currently has a strategic overview of this area of work.', ['16'], []],
      // ofsted/waltham-forest/waltham-forest-2015-01-20.pdf: the distance is a threshold, the shares are figures
      ['About 26% of children looked after were placed more than 20 miles from home in September, an increase from 22% for 2013–14 and considerably more than the previous year’s 17% average for similar authorities.', ['20'], ['26%', '22%', '17%']],
      // corpus/kent/full_council_2025-03-13/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.pdf
      ['Cliftonville Family Hub is 1.3 miles away while Margate Family Hub is 1.4 miles away and Northdown Road Family Hub is 1.45 miles away.', ['1.3', '1.4', '1.45'], []],
      // ofsted/leicestershire/leicestershire-2024-07-12.pdf: a span of two sentences, the next paragraph's number opening the second line
      ['Newly qualified social workers have protected workloads and are well supported\nduring their assessed and supported year in employment.\n66. The vast majority of social workers', ['66'], []],
      // ofsted/knowsley/knowsley-2025-01-20.pdf: people over an age
      ['Senior leaders did not know about the\nyoung carers waiting list, the premature closure of care-experienced young\npeople over 21, and the lack of management grip', ['21'], []],
      // a count that opens a line after a finished sentence stays a figure
      ['The service met its target.\n66 children were in care at the end of March.', [], ['66']],
      // corpus/kent/full_council_2025-03-13/Printed minutes 13th-Mar-2025 10.00 County Council.pdf: a count right after a comma stays a figure
      ['In accordance with Sections 14.15 to 14.22 of the Constitution,12 questions were submitted by the deadline and 12 questions were put to the Executive.', ['14.15', '14.22'], ['12']],
    ];
    for (const [sentence, not, figures] of cases) {
      const found = figuresIn(sentence, ctx).map((f) => f.text);
      for (const value of not) expect(found, `${value} in ${sentence}`).not.toContain(value);
      for (const value of figures) expect(found, `${value} in ${sentence}`).toContain(value);
    }
  });

  it('types a figure with its unit, what it counts, the body and the date it refers to', () => {
    const s = 'As at 31 March 2014, 1,826 children were being looked after by the local authority (a rate of 67 per 10,000 children) compared with 1,931 (70 per 10,000 children) at 31 March 2013.';
    const [now, , before] = figuresIn(s, ctx);
    expect(now).toMatchObject({ text: '1,826', value: 1826, unit: 'count', body: 'Somewhere', date: '2014-03-31', datedInText: true });
    expect(now!.measure).toMatch(/looked after/);
    expect(before).toMatchObject({ text: '1,931', unit: 'count', date: '2013-03-31', measureTerms: now!.measureTerms });
    const national = figuresIn('in primary schools is 34% (the national average is 19%)', ctx);
    expect(national.map((f) => [f.text, f.unit, f.body])).toEqual([['34%', 'percent', 'Somewhere'], ['19%', 'percent', 'England']]);
    expect(figuresIn('The council will save £426k in 2025-26.', ctx)[0]).toMatchObject({ value: 426000, unit: 'gbp', date: '2025/26' });
  });
});

describe('the body a paper is about', () => {
  it('is the council the paper names with its kind when its opening pages name none, never the committee', async () => {
    // The opening pages of these Kent papers name no council; later pages name "Kent County Council" more than once.
    for (const name of ['Appendix 1 - Kent CMPB 2024 Annual Report.pdf', 'Printed minutes 13th-Mar-2025 10.00 County Council.pdf', 'JHOSC ToR - report to full Council.pdf']) {
      const file = path.resolve('..', 'shared', 'corpus', 'kent', 'full_council_2025-03-13', name);
      const paper = await loadDocument({ file, bytes: fs.readFileSync(file) }, { committee: 'full_council', now: new Date('2025-03-20') });
      expect(bodyOf(paper), name).toBe('Kent');
    }
  });
});

describe('trends on the Birmingham inspections', () => {
  let deps: Deps;
  let papers: Paper[];
  let all: PaperFigure[];
  beforeAll(async () => {
    deps = await loadCorpus(true);
    papers = [...(await storedPapers(deps)).values()].filter((p) => p.kind === 'inspection-report');
    all = papers.flatMap(figuresOfPaper);
  });
  afterAll(async () => deps.close());

  it('pairs only the same measure of the same body at different dates, each value quoted', () => {
    let trends = 0;
    for (const f of all) {
      const trend = trendFor(f, all);
      if (trend.length < 2) continue;
      trends++;
      const years = trend.map((t) => t.date!.slice(0, 4));
      expect(new Set(years).size, years.join(',')).toBe(years.length);
      for (const t of trend) {
        expect(t.unit).toBe(f.unit);
        expect(t.body?.toLowerCase()).toBe(f.body?.toLowerCase());
        expect(t.head).toEqual(f.head);
        expect(t.sentence).toContain(t.text);
      }
    }
    expect(trends).toBeGreaterThan(0);
    const homes = all.find((f) => /children’s homes/.test(f.sentence) && f.text === '10');
    if (homes) expect(trendFor(homes, all).every((t) => /children’s homes/.test(t.sentence))).toBe(true);
  });
});

describe('the labelled figures', () => {
  it('holds at least 200 labelled numbers from the corpus and the Ofsted reports, with negatives', () => {
    const rows = loadLabelledFigures();
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.some((r) => r.isFigure) && rows.some((r) => !r.isFigure)).toBe(true);
    for (const r of rows.slice(0, 50)) expect(fs.existsSync(path.resolve('..', 'shared', r.file)), r.file).toBe(true);
  });

  it('keeps precision on the tuning part at 95% or more and pairs no different bodies in a trend', () => {
    for (const s of scoreFigures(loadLabelledFigures())) {
      expect(s.trendWrongBody).toBe(0);
      if (s.split === 'tuning') expect(s.precision).toBeGreaterThanOrEqual(0.95);
    }
  });
});
