import type { PaperMeta, Scope } from '../domain.ts';
import type { AnalysedPassage } from './fts.ts';
import type { Passage } from './passages.ts';
import type { PaperRepo } from '../store/index.ts';

/** A passage that matched a query: a verbatim span of one page (see Passage), with how well it matched. */
export interface SearchHit extends Omit<Passage, 'id'> {
  passageId: string;
  /** Ranking score, higher is better (BM25 from the engine). */
  score: number;
  /** Analysed query terms that the passage contains. */
  matched: string[];
  /** IDF-weighted share of the query's terms the passage contains, 0..1. */
  coverage: number;
}

export interface SearchOptions {
  scope: Scope;
  limit?: number;
  /** Only papers dated on or after / before this YYYY-MM-DD. */
  after?: string;
  before?: string;
}

/** The persistent full-text index: a local materialised view of the papers in the store. */
export interface SearchIndex {
  /** Brings the index up to the store's catalogue: indexes new versions, drops removed papers. Cheap when nothing changed. */
  sync(repo: PaperRepo): Promise<void>;
  /**
   * Hands over a paper version's passages already analysed (by `analysePaper`, for example on a parser thread):
   * the next sync indexes them instead of loading the paper back and analysing it again.
   */
  offer?(paper: Pick<PaperMeta, 'id' | 'hash'>, passages: AnalysedPassage[]): void;
  search(query: string, options: SearchOptions): SearchHit[];
  /** Inverse document frequency of analysed terms (unknown terms get the highest weight), for weighting sentences within hits. */
  idf(terms: string[]): Map<string, number>;
  /** The terms at least one passage holds. */
  known(terms: string[]): Set<string>;
  /** Which papers hold a term, and how: see TermSpread. */
  spread(term: string): TermSpread[];
  /** In how many papers a text's words stand in the same order: boilerplate stands in many. */
  papersWith(text: string): number;
  /** Number of passages indexed. */
  size(): number;
  close(): void;
}

/** How one paper holds a term: in its title or committee (its context), on its first page, in what share of its passages. */
export interface TermSpread {
  paperId: string;
  inContext: boolean;
  onFirstPage: boolean;
  /** How many of the paper's passages hold the term (its own words or its context). */
  hits: number;
  /** Share of the paper's passages holding the term, 0..1. */
  share: number;
}
