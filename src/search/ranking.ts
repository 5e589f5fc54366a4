import type { SpanRole } from '../domain.ts';

/** BM25 parameters, as FTS5's bm25() uses them. */
export const K1 = 1.2;
export const B = 0.75;
/** Readers' comments under a web article are not the paper's own words: they rank below its body. */
export const COMMENT_WEIGHT = 0.7;

export interface CorpusStats {
  passages: number;
  avgTerms: number;
}

/** A query term with its inverse document frequency. */
export interface WeightedTerm {
  term: string;
  idf: number;
}

export interface PassageScore {
  score: number;
  matched: string[];
  coverage: number;
}

/** BM25's inverse document frequency, never negative: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function inverseDocumentFrequency(df: number, passages: number): number {
  return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
}

/**
 * Scores a passage for a query: score = BM25 x coverage (x 0.7 for comments).
 * Coverage is the IDF-weighted share of the query's terms the passage contains, a weighted form of Lucene's
 * coordination factor: a passage holding every concept of the question beats one repeating a single term,
 * and missing a rare term costs more than missing a common one. Committee questions name several things at once
 * ("agency staff" + "2016/17"); pure BM25 lets one frequent term win, this soft AND does not.
 */
export function scorePassage(passageTerms: string[], query: WeightedTerm[], stats: CorpusStats, role: SpanRole): PassageScore {
  const counts = new Map<string, number>();
  for (const t of passageTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const norm = K1 * (1 - B + (B * passageTerms.length) / Math.max(stats.avgTerms, 1));
  let bm25 = 0;
  let covered = 0;
  let total = 0;
  const matched: string[] = [];
  for (const { term, idf } of query) {
    total += idf;
    const tf = counts.get(term) ?? 0;
    if (tf === 0) continue;
    matched.push(term);
    covered += idf;
    bm25 += (idf * tf * (K1 + 1)) / (tf + norm);
  }
  const coverage = total > 0 ? covered / total : 0;
  const score = bm25 * coverage * (role === 'comment' ? COMMENT_WEIGHT : 1);
  return { score, matched, coverage };
}
