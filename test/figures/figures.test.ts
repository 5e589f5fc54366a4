import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { loadLabelledFigures, scoreFigures } from '../../src/eval/figures.ts';
import { classify, figuresIn, figuresOfPaper, trendFor, type PaperFigure } from '../../src/figures/index.ts';
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
