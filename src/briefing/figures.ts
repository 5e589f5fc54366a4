import { citeOf, figurePhrase, findFigures, type Signal } from '../challenge/index.ts';
import type { Citation, Paper } from '../domain.ts';
import { foldForCompare } from '../quote.ts';
import { analyzeText } from '../search/index.ts';
import type { PackFigure } from './types.ts';

const NUMBER = /£?\d[\d,]*(?:\.\d+)?\s?(?:%|m\b|bn\b|k\b|million|billion)?/g;
const DATEISH = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d{2}\b|\b[A-Z][a-z]+\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}(?:[/-]\d{2,4})?\b/g;
const CONTEXT = /\b(population|ethnic|poverty|free school meals|census|additional language|aged under)\b/i;

interface Measure {
  value: string;
  terms: Set<string>;
}

interface Candidate {
  s: Signal;
  measures: Measure[];
  key: string;
}

/** The measures a sentence states: each figure with the analysed words of the clause it stands in. */
export function measuresOf(text: string): Measure[] {
  const masked = text.replace(DATEISH, (m) => ' '.repeat(m.length));
  const clauses = [...masked.matchAll(/[^;:()–—]+/g)];
  return clauses.flatMap((c) => {
    const numbers = [...c[0].matchAll(NUMBER)].filter((m) => /\d/.test(m[0]));
    if (numbers.length === 0) return [];
    const terms = new Set(analyzeText(c[0]).filter((t) => !/\d/.test(t)));
    return terms.size >= 3 ? [{ value: numbers[0]![0].trim(), terms }] : [];
  });
}

function sameMeasure(a: Measure, b: Measure): boolean {
  const unit = (v: string) => (v.includes('%') ? '%' : v.includes('£') ? '£' : '#');
  if (unit(a.value) !== unit(b.value)) return false;
  const shared = [...a.terms].filter((t) => b.terms.has(t)).length;
  return shared >= 3 && shared / (a.terms.size + b.terms.size - shared) >= 0.5;
}

/**
 * Key figures of the papers: sentences with figures about children, families, staff or money, best first,
 * each with the same measure in papers of other years as its trend. At most three from one paper.
 */
export function keyFigures(papers: Paper[], limit = 8): PackFigure[] {
  const all: Candidate[] = papers
    .flatMap(findFigures)
    .filter((s) => /^[A-Z0-9£“‘"']/.test(s.text))
    .map((s) => ({ s, measures: measuresOf(s.text), key: foldForCompare(s.text) }));
  const scored = all.map((x) => {
    const trend = trendOf(x, all);
    const score = x.s.score + (trend.length > 1 ? 1.5 : 0) + (x.s.compared ? 0.5 : 0) - (CONTEXT.test(x.s.text) ? 2 : 0);
    return { ...x, trend, score };
  });
  scored.sort((a, b) => b.score - a.score || (b.s.paper.date ?? '').localeCompare(a.s.paper.date ?? ''));
  const out: PackFigure[] = [];
  const used = new Set<string>();
  const perPaper = new Map<string, number>();
  for (const x of scored) {
    if (used.has(x.key) || x.trend.some((t) => used.has(t.key)) || (perPaper.get(x.s.paper.id) ?? 0) >= 3) continue;
    [x.key, ...x.trend.map((t) => t.key)].forEach((k) => used.add(k));
    perPaper.set(x.s.paper.id, (perPaper.get(x.s.paper.id) ?? 0) + 1);
    out.push({ label: figurePhrase(x.s.text), citation: citeOf(x.s), trend: x.trend.map(({ key: _k, ...t }) => t) });
    if (out.length >= limit) break;
  }
  return out;
}

/** The same measure in papers of other years, one point per year, oldest first; empty when there is none. */
function trendOf(x: Candidate, all: Candidate[]): Array<{ key: string; value: string; date: string | null; citation: Citation }> {
  const first = x.measures[0];
  const year = (s: Signal) => s.paper.date?.slice(0, 4) ?? null;
  if (!first || !year(x.s)) return [];
  const points = new Map<string, { key: string; value: string; date: string | null; citation: Citation }>();
  for (const y of all) {
    const yy = year(y.s);
    if (!yy || yy === year(x.s) || points.has(yy) || y.key === x.key) continue;
    const match = y.measures.find((n) => sameMeasure(first, n));
    if (match) points.set(yy, { key: y.key, value: match.value, date: y.s.paper.date, citation: citeOf(y.s) });
  }
  if (points.size === 0) return [];
  points.set(year(x.s)!, { key: x.key, value: first.value, date: x.s.paper.date, citation: citeOf(x.s) });
  return [...points.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
