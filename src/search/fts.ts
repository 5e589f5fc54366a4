import type Database from 'better-sqlite3';
import type { PaperMeta, SpanRole } from '../domain.ts';
import { AppError } from '../errors.ts';
import type { Passage } from './passages.ts';
import { PAPER_SHIFT, PAPER_STRIDE, readMeta, writeMeta } from './schema.ts';

/** A paper as the index knows it: enough to diff with the catalogue and to filter by scope. */
export interface PaperRow {
  num: number;
  id: string;
  hash: string;
  committee: string;
  confidential: number;
  date: string | null;
  /** Terms of the paper's title, committee and year, indexed with each of its passages. */
  context: string;
  passages: number;
  terms: number;
}

export interface PassageRow {
  rowid: number;
  page: number;
  label: string | null;
  start: number;
  end: number;
  role: SpanRole;
  text: string;
  sentences: string;
  terms: string;
}

/** A passage ready to be written: its analysed terms alongside. */
export interface AnalysedPassage {
  passage: Passage;
  terms: string[];
}

/** The index's tables behind prepared statements: papers, passages, the FTS5 table and its vocabulary. */
export class FtsTables {
  private readonly st;

  constructor(private readonly db: Database.Database) {
    this.st = {
      papers: db.prepare('SELECT num, id, hash, committee, confidential, date, context, passages, terms FROM papers'),
      paperById: db.prepare('SELECT num, id, hash, committee, confidential, date, context, passages, terms FROM papers WHERE id = ?'),
      insertPaper: db.prepare(
        'INSERT INTO papers (id, hash, committee, confidential, date, context, passages, terms) VALUES (@id, @hash, @committee, @confidential, @date, @context, @passages, @terms)',
      ),
      updatePaper: db.prepare(
        'UPDATE papers SET hash = @hash, committee = @committee, confidential = @confidential, date = @date, context = @context, passages = @passages, terms = @terms WHERE num = @num',
      ),
      updateMeta: db.prepare(
        'UPDATE papers SET committee = @committee, confidential = @confidential, date = @date, context = @context, terms = @terms WHERE num = @num',
      ),
      paperTerms: db.prepare('SELECT rowid, terms FROM passages WHERE rowid BETWEEN ? AND ?'),
      deletePaper: db.prepare('DELETE FROM papers WHERE num = ?'),
      paperRowids: db.prepare('SELECT rowid FROM passages WHERE rowid BETWEEN ? AND ?').pluck(),
      deletePassages: db.prepare('DELETE FROM passages WHERE rowid BETWEEN ? AND ?'),
      deleteFts: db.prepare('DELETE FROM fts WHERE rowid = ?'),
      insertPassage: db.prepare(
        'INSERT INTO passages (rowid, page, label, start, end, role, text, sentences, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertFts: db.prepare('INSERT INTO fts (rowid, terms) VALUES (?, ?)'),
      passage: db.prepare('SELECT rowid, page, label, start, end, role, text, sentences, terms FROM passages WHERE rowid = ?'),
      docFrequency: db.prepare('SELECT doc FROM vocab WHERE term = ?').pluck(),
      phrasePapers: db.prepare(`SELECT count(DISTINCT rowid >> ${PAPER_SHIFT}) FROM fts WHERE fts MATCH ?`).pluck(),
      spread: db.prepare(
        `SELECT (p.rowid >> ${PAPER_SHIFT}) AS num, count(*) AS hits, max(p.page = 1) AS firstPage FROM fts JOIN passages p ON p.rowid = fts.rowid WHERE fts MATCH ? GROUP BY num`,
      ),
      champions: db.prepare('SELECT rowids FROM champions WHERE term = ?').pluck(),
      saveChampions: db.prepare('INSERT OR REPLACE INTO champions (term, rowids) VALUES (?, ?)'),
      clearChampions: db.prepare('DELETE FROM champions'),
      match: db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?').pluck(),
      matchIn: db.prepare(
        `SELECT rowid FROM fts WHERE fts MATCH ? AND (rowid >> ${PAPER_SHIFT}) IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?`,
      ).pluck(),
    };
  }

  papers(): PaperRow[] {
    return this.st.papers.all() as PaperRow[];
  }

  meta(key: string): string | null {
    return readMeta(this.db, key);
  }

  setMeta(key: string, value: string): void {
    writeMeta(this.db, key, value);
  }

  /**
   * Writes a paper and its passages in one transaction, replacing the passages of an older version.
   * Each passage's FTS row holds its own terms then the paper's context terms. The row is read again inside the
   * (immediate) transaction, so another process that indexed the same version meanwhile is not indexed twice.
   */
  writePaper(meta: PaperMeta, context: string[], passages: AnalysedPassage[], _existing: PaperRow | undefined): void {
    if (passages.length >= PAPER_STRIDE) throw new AppError('INTERNAL', `Paper ${meta.file} has too many passages to index (${passages.length})`);
    this.db.transaction(() => {
      const existing = this.st.paperById.get(meta.id) as PaperRow | undefined;
      if (existing && existing.hash === meta.hash) return;
      const row = {
        ...paperFields(meta, context),
        hash: meta.hash,
        passages: passages.length,
        terms: passages.reduce((n, p) => n + p.terms.length + context.length, 0),
      };
      let num: number;
      if (existing) {
        this.deletePassages(existing.num);
        num = existing.num;
        this.st.updatePaper.run({ ...row, num });
      } else {
        num = Number(this.st.insertPaper.run(row).lastInsertRowid);
      }
      passages.forEach(({ passage: p, terms }, i) => {
        const rowid = num * PAPER_STRIDE + i;
        this.st.insertPassage.run(rowid, p.page, p.pageLabel, p.start, p.end, p.role, p.text, JSON.stringify(p.sentences), terms.join(' '));
        this.st.insertFts.run(rowid, ftsText(terms.join(' '), context));
      });
    }).immediate();
  }

  /** Updates the catalogue fields of a paper without loading its pages; a new context rewrites its FTS rows from the stored terms. */
  updatePaperMeta(existing: PaperRow, meta: PaperMeta, context: string[]): void {
    this.db.transaction(() => {
      const lo = existing.num * PAPER_STRIDE;
      const rows = this.st.paperTerms.all(lo, lo + PAPER_STRIDE - 1) as Array<{ rowid: number; terms: string }>;
      const own = rows.reduce((n, r) => n + (r.terms ? r.terms.split(' ').length : 0), 0);
      this.st.updateMeta.run({ ...paperFields(meta, context), num: existing.num, terms: own + rows.length * context.length });
      if (existing.context === context.join(' ')) return;
      for (const r of rows) {
        this.st.deleteFts.run(r.rowid);
        this.st.insertFts.run(r.rowid, ftsText(r.terms, context));
      }
    }).immediate();
  }

  removePaper(num: number): void {
    this.db.transaction(() => {
      this.deletePassages(num);
      this.st.deletePaper.run(num);
    }).immediate();
  }

  /** Rowids of the passages matching an FTS5 query, best bm25 first, optionally only of some papers. */
  match(query: string, papers: number[] | null, limit: number): number[] {
    if (papers === null) return this.st.match.all(query, limit) as number[];
    return this.st.matchIn.all(query, JSON.stringify(papers), limit) as number[];
  }

  /** The stored champion list of a term: its best passages by bm25 alone, or null when not computed since the last change. */
  champions(term: string): number[] | null {
    const stored = this.st.champions.get(term) as string | undefined;
    return stored === undefined ? null : (JSON.parse(stored) as number[]);
  }

  saveChampions(term: string, rowids: number[]): void {
    this.st.saveChampions.run(term, JSON.stringify(rowids));
  }

  /** Champion lists go stale with any change to the passages. */
  clearChampions(): void {
    this.st.clearChampions.run();
  }

  passage(rowid: number): PassageRow | undefined {
    return this.st.passage.get(rowid) as PassageRow | undefined;
  }

  /** Per paper, in how many passages a term stands and whether one of them is on the first page. */
  spread(term: string): Array<{ num: number; hits: number; firstPage: number }> {
    return this.st.spread.all(`"${term.replace(/"/g, '""')}"`) as Array<{ num: number; hits: number; firstPage: number }>;
  }

  /** In how many papers a run of analysed terms stands, in that order (a phrase query). */
  phrasePapers(terms: string[]): number {
    const phrase = `"${terms.map((t) => t.replace(/"/g, '""')).join(' ')}"`;
    return this.st.phrasePapers.get(phrase) as number;
  }

  /** In how many passages a term stands. */
  docFrequency(term: string): number {
    return (this.st.docFrequency.get(term) as number | undefined) ?? 0;
  }

  private deletePassages(num: number): void {
    const lo = num * PAPER_STRIDE;
    const hi = lo + PAPER_STRIDE - 1;
    for (const rowid of this.st.paperRowids.all(lo, hi) as number[]) this.st.deleteFts.run(rowid);
    this.st.deletePassages.run(lo, hi);
  }
}

/** The paper a passage rowid belongs to. */
export function paperNumOf(rowid: number): number {
  return Math.floor(rowid / PAPER_STRIDE);
}

function paperFields(meta: PaperMeta, context: string[]) {
  return { id: meta.id, committee: meta.committee, confidential: meta.confidential ? 1 : 0, date: meta.date, context: context.join(' ') };
}

function ftsText(terms: string, context: string[]): string {
  return context.length > 0 ? `${terms} ${context.join(' ')}` : terms;
}
