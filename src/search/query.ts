import { analyzeQuery } from './analyzer.ts';
import { chooseCandidates, type CandidateSource } from './candidates.ts';
import { paperNumOf, type PaperRow } from './fts.ts';
import { inverseDocumentFrequency, scorePassage, type CorpusStats, type WeightedTerm } from './ranking.ts';
import type { SearchHit, SearchOptions } from './types.ts';

/** What a search reads besides the tables; cached by the index between changes. */
export interface SearchContext extends CandidateSource {
  papers(): Map<number, PaperRow>;
  stats(): CorpusStats;
}

const MAX_LIMIT = 200;

/**
 * Finds the passages that best answer a query. Candidates come from FTS5 within a scan budget (see chooseCandidates),
 * then each candidate is
 * scored by BM25 x coverage over its own terms plus its paper's context terms (title, committee, year: see contextTerms),
 * so `matched` and `coverage` may include a term that only the paper's title or committee holds.
 * Empty or stop-word-only queries give [].
 */
export function runSearch(ctx: SearchContext, query: string, options: SearchOptions): SearchHit[] {
  const limit = Math.min(Math.max(Math.floor(options.limit ?? 10), 1), MAX_LIMIT);
  const terms = [...new Set(analyzeQuery(query).map((t) => t.term))];
  if (terms.length === 0) return [];
  const papers = ctx.papers();
  const allowed = allowedPapers([...papers.values()], options);
  if (allowed !== null && allowed.length === 0) return [];

  const stats = ctx.stats();
  const weighted: WeightedTerm[] = terms.map((term) => ({ term, idf: inverseDocumentFrequency(ctx.docFrequency(term), stats.passages) }));
  const rowids = chooseCandidates(ctx, terms, allowed, limit);

  const scored = rowids.flatMap((rowid) => {
    const row = ctx.tables.passage(rowid);
    const paper = papers.get(paperNumOf(rowid));
    if (!row || !paper) return [];
    const terms = `${row.terms} ${paper.context}`.split(' ').filter((t) => t !== '');
    return [{ row, paper, ...scorePassage(terms, weighted, stats, row.role) }];
  });
  scored.sort((a, b) => b.score - a.score || a.row.rowid - b.row.rowid);
  return scored.slice(0, limit).map(({ row, paper, score, matched, coverage }) => ({
    passageId: `${paper.id}:${row.page}:${row.start}`,
    paperId: paper.id,
    page: row.page,
    pageLabel: row.label,
    start: row.start,
    end: row.end,
    role: row.role,
    text: row.text,
    sentences: JSON.parse(row.sentences) as Array<[number, number]>,
    score,
    matched,
    coverage,
  }));
}

/** The papers a search may return, or null when every indexed paper may be returned. Dates are inclusive; undated papers fall outside any date range. */
export function allowedPapers(rows: PaperRow[], options: SearchOptions): number[] | null {
  const { scope, after, before } = options;
  const committees = scope.committees && scope.committees.length > 0 ? new Set(scope.committees) : null;
  const ids = scope.paperIds && scope.paperIds.length > 0 ? new Set(scope.paperIds) : null;
  const kept = rows.filter(
    (r) =>
      (scope.allowConfidential || r.confidential === 0) &&
      (!committees || committees.has(r.committee)) &&
      (!ids || ids.has(r.id)) &&
      (!after || (r.date !== null && r.date >= after)) &&
      (!before || (r.date !== null && r.date <= before)),
  );
  return kept.length === rows.length ? null : kept.map((r) => r.num);
}

