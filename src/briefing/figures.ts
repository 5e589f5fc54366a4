import { figureWords } from '../challenge/index.ts';
import type { Citation, Paper } from '../domain.ts';
import { figuresOfPaper, trendFor, type PaperFigure } from '../figures/index.ts';
import { citeSpan } from '../quote.ts';
import type { PackFigure } from './types.ts';

const SUBJECT = /\b(child|children|young people|famil|pupils|care leavers|social workers?|staff|posts|cases|referrals|assessments|plans|placements|adoptions|budget|spend|cost|saving|overspend|vacanc|agency|caseloads?|households|residents|funding|grant|indicators?|target)/i;
const SURVEY = /\b(?:respondents?|consultees?|commented|said|answered)\b/i;

/**
 * Key figures: typed figures (value, unit, measure, body, date) from the meeting's own papers first, then from older
 * papers marked as context; each with a trend when other dates give the same measure of the same body, every value
 * quoted. At most three from one paper. Never a date, age, year, page or paragraph number, nor background about the area.
 */
export function keyFigures(own: Paper[], all: Paper[], limit = 8): PackFigure[] {
  const ownIds = new Set(own.map((p) => p.id));
  const figures = all.flatMap(figuresOfPaper).filter(usable);
  const scored = figures.map((f) => {
    const trend = trendFor(f, figures);
    const score =
      (ownIds.has(f.paper.id) ? 4 : 0) +
      (trend.length > 1 ? 1.5 : 0) +
      (f.unit === 'gbp' || f.unit === 'percent' || f.unit === 'rate' ? 1 : 0) +
      (SUBJECT.test(f.measure) ? 1 : 0) -
      (SURVEY.test(f.sentence) ? 1.5 : 0) -
      (f.source === 'table' ? 0.5 : 0);
    return { f, trend, score };
  });
  scored.sort((a, b) => b.score - a.score || (b.f.paper.date ?? '').localeCompare(a.f.paper.date ?? ''));
  const out: PackFigure[] = [];
  const used = new Set<string>();
  const perPaper = new Map<string, number>();
  for (const { f, trend } of scored) {
    const key = spanKey(f);
    if (used.has(key) || trend.some((t) => used.has(spanKey(t))) || (perPaper.get(f.paper.id) ?? 0) >= 3) continue;
    [key, ...trend.map(spanKey)].forEach((k) => used.add(k));
    perPaper.set(f.paper.id, (perPaper.get(f.paper.id) ?? 0) + 1);
    out.push({
      label: figureWords(f, f.sentence).replace(/^“|”(?= \(|$)/g, ''),
      citation: citeOf(f),
      value: f.text,
      unit: f.unit,
      measure: f.measure,
      body: f.body,
      date: f.date,
      context: !ownIds.has(f.paper.id),
      trend: trend.map((t) => ({ value: t.text, date: t.date, citation: citeOf(t) })),
    });
    if (out.length >= limit) break;
  }
  return out.sort((a, b) => Number(a.context) - Number(b.context));
}

function usable(f: PaperFigure): boolean {
  if (f.context || f.measureTerms.length < 2) return false;
  if (f.source === 'sentence' && (!/^[A-Z0-9£“‘"']/.test(f.sentence) || f.sentence.split(' ').length < 5)) return false;
  return f.unit !== 'count' || f.head.length > 0;
}

function spanKey(f: PaperFigure): string {
  return `${f.paper.id}:${f.page.number}:${f.spanStart}`;
}

function citeOf(f: PaperFigure): Citation {
  return citeSpan(f.paper, f.page, f.spanStart, f.spanEnd);
}
