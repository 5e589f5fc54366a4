import { createHash } from 'node:crypto';
import type { Paper, PaperMeta } from '../domain.ts';
import type { Catalog, PaperRepo } from '../store/index.ts';
import { analyzeText } from './analyzer.ts';
import { QUANTITY } from './synonyms.ts';
import type { AnalysedPassage, FtsTables, PaperRow } from './fts.ts';
import { passagesOf } from './passages.ts';

/** What a sync changed. */
export interface SyncReport {
  added: number;
  replaced: number;
  updated: number;
  removed: number;
  /** Catalogued papers whose pages could not be read this time: the revision is not recorded, so the next sync retries. */
  missing: number;
}

/**
 * Brings the index up to the catalogue. Returns null at once when the catalogue revision and content are the ones
 * last indexed. Otherwise diffs by paper id and hash: new papers and new versions are indexed, metadata-only
 * changes update the paper row, papers no longer catalogued are dropped; each paper in its own transaction.
 */
export async function syncTables(tables: FtsTables, repo: PaperRepo, offered: Map<string, AnalysedPassage[]> = new Map()): Promise<SyncReport | null> {
  const catalog = await repo.catalog();
  const fingerprint = catalogFingerprint(catalog);
  if (tables.meta('revision') === String(catalog.revision) && tables.meta('fingerprint') === fingerprint) return null;

  const report: SyncReport = { added: 0, replaced: 0, updated: 0, removed: 0, missing: 0 };
  const known = new Map(tables.papers().map((row) => [row.id, row]));
  for (const meta of Object.values(catalog.papers)) {
    const row = known.get(meta.id);
    known.delete(meta.id);
    const context = contextTerms(meta);
    if (row && row.hash === meta.hash) {
      if (metaChanged(row, meta, context)) {
        tables.updatePaperMeta(row, meta, context);
        report.updated += 1;
      }
      continue;
    }
    let passages = offered.get(offeredKey(meta));
    offered.delete(offeredKey(meta));
    if (!passages) {
      const paper = await repo.load(meta);
      if (!paper) {
        report.missing += 1;
        continue;
      }
      passages = analysePaper(paper);
    }
    tables.writePaper(meta, context, passages, row);
    if (row) report.replaced += 1;
    else report.added += 1;
  }
  for (const row of known.values()) {
    tables.removePaper(row.num);
    report.removed += 1;
  }
  tables.clearChampions();
  if (report.missing === 0) {
    tables.setMeta('revision', String(catalog.revision));
    tables.setMeta('fingerprint', fingerprint);
  }
  return report;
}

/** A paper's passages with their analysed terms, as the index stores them (pure: it may run on a parser thread). */
export function analysePaper(paper: Paper): AnalysedPassage[] {
  return passagesOf(paper)
    .map((passage) => ({ passage, terms: analyzeText(passage.text) }))
    .filter((p) => p.terms.length > 0);
}

/** The key of a paper version's offered passages. */
export function offeredKey(meta: Pick<PaperMeta, 'id' | 'hash'>): string {
  return `${meta.id}\n${meta.hash}`;
}

function metaChanged(row: PaperRow, meta: PaperMeta, context: string[]): boolean {
  return (
    row.committee !== meta.committee ||
    row.confidential !== (meta.confidential ? 1 : 0) ||
    row.date !== meta.date ||
    row.context !== context.join(' ')
  );
}

/**
 * What a paper is about beyond each passage's own words: the terms of its title and committee, and its year.
 * They are indexed with every passage, so "Barsetshire Corporate Parenting Panel chair" finds "(Chair)" in that panel's minutes.
 */
export function contextTerms(meta: PaperMeta): string[] {
  const terms = new Set(analyzeText(`${meta.title}\n${meta.committee}`).filter((t) => t !== QUANTITY));
  if (meta.date) terms.add(meta.date.slice(0, 4));
  return [...terms];
}

/** A digest of what the index depends on in the catalogue, so a different store with the same revision number is noticed. */
function catalogFingerprint(catalog: Catalog): string {
  const hash = createHash('sha1');
  for (const id of Object.keys(catalog.papers).sort()) {
    const p = catalog.papers[id]!;
    hash.update(`${p.id}\t${p.hash}\t${p.committee}\t${p.confidential ? 1 : 0}\t${p.date ?? ''}\t${p.title}\n`);
  }
  return hash.digest('hex');
}
