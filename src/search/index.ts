import type Database from 'better-sqlite3';
import type { PaperMeta } from '../domain.ts';
import type { PaperRepo } from '../store/index.ts';
import { analyzeText } from './analyzer.ts';
import { FtsTables, type PaperRow } from './fts.ts';
import { runSearch, type SearchContext } from './query.ts';
import { inverseDocumentFrequency, type CorpusStats } from './ranking.ts';
import { openDatabase } from './schema.ts';
import { offeredKey, syncTables, type SyncReport } from './sync.ts';
import type { AnalysedPassage } from './fts.ts';
import type { SearchHit, SearchIndex, SearchOptions, TermSpread } from './types.ts';

export type { SearchHit, SearchIndex, SearchOptions, TermSpread } from './types.ts';
export { analyzeText, analyzeQuery, termSet, ANALYZER_VERSION, COUNTED, type QueryTerm } from './analyzer.ts';
export { isLabelLine, isLabelledRow, passagesOf, type Passage } from './passages.ts';
export { QUANTITY } from './synonyms.ts';
export { MONTHS } from './numbers.ts';
export { FORMER_GRADES, GRADES, POST_QUALIFIERS, POSTS } from './thesaurus.ts';
export type { SyncReport } from './sync.ts';
export { analysePaper } from './sync.ts';
export type { AnalysedPassage } from './fts.ts';

/** The search index with the report of its last sync, for logs and tests. */
export interface SqliteSearchIndex extends SearchIndex {
  /** What the last sync changed; null when it found nothing to do. */
  lastSync(): SyncReport | null;
  offer(paper: Pick<PaperMeta, 'id' | 'hash'>, passages: AnalysedPassage[]): void;
}

/**
 * Opens the persistent full-text index kept in `file` (SQLite FTS5; ':memory:' for a throw-away one).
 * The index is a materialised view of the papers in the store: `sync(repo)` brings it up to the catalogue,
 * and reopening the file reads nothing from the store but the catalogue.
 */
export function openSearchIndex(file: string): SqliteSearchIndex {
  const db = openDatabase(file);
  return new FtsSearchIndex(db);
}

/** How many passages a common term's champion list keeps. */
const CHAMPIONS = 400;

class FtsSearchIndex implements SqliteSearchIndex, SearchContext {
  readonly tables: FtsTables;
  private running: Promise<void> = Promise.resolve();
  private report: SyncReport | null = null;
  private paperCache: Map<number, PaperRow> | null = null;
  private statsCache: CorpusStats | null = null;
  private readonly dfCache = new Map<string, number>();
  private seen: string | null = null;
  /** The store and catalogue revision this process last brought the index up to. */
  private synced: { repo: PaperRepo; revision: number } | null = null;
  private readonly championCache = new Map<string, number[]>();
  /** Passages analysed elsewhere (a parser thread), waiting for the next sync. */
  private readonly offered = new Map<string, AnalysedPassage[]>();

  constructor(private readonly db: Database.Database) {
    this.tables = new FtsTables(db);
  }

  /**
   * Syncs run one at a time, so two callers never index the same paper twice. When the catalogue revision is the one
   * this process last synced to, nothing is read but the revision: asking a question does no index work.
   */
  sync(repo: PaperRepo): Promise<void> {
    const next = this.running.then(async () => {
      const revision = await repo.revision();
      if (revision !== null && this.synced?.repo === repo && this.synced.revision === revision) {
        this.report = null;
        return;
      }
      await this.syncOnce(repo);
      // A sync that could not read every paper is retried next time.
      const complete = (this.report?.missing ?? 0) === 0;
      this.synced = revision !== null && complete ? { repo, revision } : null;
    });
    this.running = next.catch(() => undefined);
    return next;
  }

  offer(paper: Pick<PaperMeta, 'id' | 'hash'>, passages: AnalysedPassage[]): void {
    this.offered.set(offeredKey(paper), passages);
  }

  search(query: string, options: SearchOptions): SearchHit[] {
    return runSearch(this, query, options);
  }

  /** BM25 inverse document frequency per analysed term; a term no passage holds gets the highest weight. */
  idf(terms: string[]): Map<string, number> {
    const passages = this.stats().passages;
    return new Map(terms.map((term) => [term, inverseDocumentFrequency(this.docFrequency(term), passages)]));
  }

  known(terms: string[]): Set<string> {
    return new Set(terms.filter((t) => this.docFrequency(t) > 0));
  }

  spread(term: string): TermSpread[] {
    const papers = this.papers();
    return this.tables.spread(term).flatMap((r) => {
      const row = papers.get(r.num);
      if (!row) return [];
      return [{ paperId: row.id, inContext: row.context.split(' ').includes(term), onFirstPage: r.firstPage === 1, hits: r.hits, share: row.passages > 0 ? r.hits / row.passages : 0 }];
    });
  }

  papersWith(text: string): number {
    const terms = analyzeText(text).slice(0, 12);
    return terms.length < 3 ? 0 : this.tables.phrasePapers(terms);
  }

  size(): number {
    return this.stats().passages;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  lastSync(): SyncReport | null {
    return this.report;
  }

  papers(): Map<number, PaperRow> {
    this.paperCache ??= new Map(this.tables.papers().map((row) => [row.num, row]));
    return this.paperCache;
  }

  stats(): CorpusStats {
    if (!this.statsCache) {
      let passages = 0;
      let terms = 0;
      for (const row of this.papers().values()) {
        passages += row.passages;
        terms += row.terms;
      }
      this.statsCache = { passages, avgTerms: passages > 0 ? terms / passages : 0 };
    }
    return this.statsCache;
  }

  docFrequency(term: string): number {
    let df = this.dfCache.get(term);
    if (df === undefined) {
      df = this.tables.docFrequency(term);
      if (this.dfCache.size > 50_000) this.dfCache.clear();
      this.dfCache.set(term, df);
    }
    return df;
  }

  champions(term: string): number[] {
    let rowids = this.championCache.get(term) ?? this.tables.champions(term);
    if (!rowids) {
      rowids = this.tables.match(`"${term.replace(/"/g, '""')}"`, null, CHAMPIONS);
      this.tables.saveChampions(term, rowids);
    }
    this.championCache.set(term, rowids);
    return rowids;
  }

  private async syncOnce(repo: PaperRepo): Promise<void> {
    try {
      this.report = await syncTables(this.tables, repo, this.offered);
    } finally {
      const seen = this.tables.meta('fingerprint');
      if (this.report !== null || seen !== this.seen) this.forget();
      this.seen = seen;
    }
  }

  private forget(): void {
    this.paperCache = null;
    this.statsCache = null;
    this.dfCache.clear();
    this.championCache.clear();
  }
}
