import { paperNumOf, type FtsTables } from './fts.ts';

/** What choosing candidates reads: the tables, document frequencies, and the champion lists of common terms. */
export interface CandidateSource {
  tables: FtsTables;
  docFrequency(term: string): number;
  /** The best passages for one term alone, by bm25 (computed once per index state, then cached). */
  champions(term: string): number[];
}

/**
 * Most passages one FTS5 ranked query may have to score. FTS5 computes bm25() for every row it matches before
 * sorting, so the cost of a query grows with its matches (about 3 µs each); queries are planned to stay under this.
 */
export const SCAN_BUDGET = 8000;

/**
 * Picks the passages worth scoring for a query, cheaply, best first:
 * 1. all terms AND-ed, ranked by bm25, when the rarest term bounds the matches within the budget;
 * 2. if that gives fewer than `limit`, an OR of the rarest terms whose summed frequencies stay within the budget;
 * 3. if still short (every term is common), the champion lists of the two rarest terms, filtered by scope.
 * A passage left out by all three holds only very common query terms, so it would score low anyway.
 */
export function chooseCandidates(src: CandidateSource, terms: string[], allowed: number[] | null, limit: number): number[] {
  const byRarity = terms
    .map((term) => ({ term, df: src.docFrequency(term) }))
    .filter((t) => t.df > 0)
    .sort((a, b) => a.df - b.df);
  if (byRarity.length === 0) return [];
  const wanted = Math.max(limit * 3, 30);
  const found = new Set<number>();
  const add = (rowids: number[]) => rowids.forEach((r) => found.add(r));

  if (byRarity.length > 1 && byRarity[0]!.df <= SCAN_BUDGET) {
    add(src.tables.match(byRarity.map((t) => quote(t.term)).join(' AND '), allowed, wanted));
  }
  if (found.size < limit) {
    const rare: string[] = [];
    let scanned = 0;
    for (const t of byRarity) {
      if (scanned + t.df > SCAN_BUDGET) break;
      rare.push(t.term);
      scanned += t.df;
    }
    if (rare.length > 0) add(src.tables.match(rare.map(quote).join(' OR '), allowed, wanted));
  }
  if (found.size < limit) {
    const permitted = allowed === null ? null : new Set(allowed);
    for (const t of byRarity.slice(0, 2)) {
      if (t.df <= SCAN_BUDGET) continue;
      add(src.champions(t.term).filter((rowid) => permitted === null || permitted.has(paperNumOf(rowid))));
    }
  }
  return [...found];
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
