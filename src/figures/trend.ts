import type { Figure } from './types.ts';

/** The share of terms two measures have in common (Jaccard). */
export function measureOverlap(a: Figure, b: Figure): number {
  const x = new Set(a.measureTerms);
  const y = new Set(b.measureTerms);
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

/**
 * True when two figures are the same measure of the same body: same unit, same body, the same counted thing next to
 * the value (for counts), and most of the measure's words in common.
 */
export function sameMeasure(a: Figure, b: Figure, minOverlap = 0.5): boolean {
  if (a.unit !== b.unit || !a.body || !b.body || a.body.toLowerCase() !== b.body.toLowerCase()) return false;
  if ((a.unit === 'count' || a.unit === 'rate') && (a.head.length === 0 || a.head.join(' ') !== b.head.join(' '))) return false;
  if (a.measureTerms.length < 2 || b.measureTerms.length < 2) return false;
  if (a.head.length === 0) {
    const shared = a.measureTerms.filter((t) => b.measureTerms.includes(t)).length;
    if (shared < 3 || measureOverlap(a, b) < Math.max(minOverlap, 0.6)) return false;
  }
  return measureOverlap(a, b) >= minOverlap;
}

function samePaper(a: Figure, b: Figure): boolean {
  const pa = (a as Figure & { paper?: { id: string } }).paper?.id;
  const pb = (b as Figure & { paper?: { id: string } }).paper?.id;
  return pa === undefined || pa === pb;
}

/** Words between two values of one sentence that set them side by side as one measure over time. */
const SIDE_BY_SIDE = /\b(?:compared|from|to|than|versus|vs|against|and|before|after|then|while|whereas|up|down|previous(?:ly)?)\b/i;

/**
 * True when two figures can stand in one trend: the same measure of the same body at different periods; two values of
 * one paper only when both are dated in the text, and two values of one sentence only when set side by side.
 */
export function trendPair<T extends Figure>(a: T, b: T, minOverlap = 0.5): boolean {
  if (periodOf(a) === null || periodOf(a) === periodOf(b) || !sameMeasure(a, b, minOverlap)) return false;
  if (samePaper(a, b) && !(a.datedInText && b.datedInText)) return false;
  const sa = (a as Figure & { sentence?: string }).sentence;
  const sb = (b as Figure & { sentence?: string }).sentence;
  if (sa !== undefined && sa === sb && samePaper(a, b)) {
    const [x, y] = a.start < b.start ? [a, b] : [b, a];
    if (!SIDE_BY_SIDE.test(sa.slice(x.end, y.start))) return false;
  }
  return true;
}

/** The period a figure's date names, to the year (financial years to their first year). */
export function periodOf(f: Figure): string | null {
  return f.date ? f.date.slice(0, 4) : null;
}

/**
 * A trend for a figure: the same measure of the same body at other dates, one point per year, oldest first, the
 * figure itself included. Empty when no other date has the measure.
 */
export function trendFor<T extends Figure>(figure: T, all: T[], minOverlap = 0.5): T[] {
  const own = periodOf(figure);
  if (!own) return [];
  const points = new Map<string, T>([[own, figure]]);
  for (const other of all) {
    const p = periodOf(other);
    if (!p || points.has(p) || !trendPair(figure, other, minOverlap)) continue;
    points.set(p, other);
  }
  if (points.size < 2) return [];
  return [...points.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f);
}
