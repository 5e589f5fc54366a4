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
    if (!p || points.has(p) || !sameMeasure(figure, other, minOverlap)) continue;
    if (samePaper(figure, other) && !(figure.datedInText && other.datedInText)) continue;
    points.set(p, other);
  }
  if (points.size < 2) return [];
  return [...points.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f);
}
