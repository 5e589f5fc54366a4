import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ANALYZER_VERSION } from './analyzer.ts';
import { SEGMENTATION_VERSION } from '../ingest/segmentation.ts';
import { retryBusy } from '../store/sqlite-file.ts';

/** How long opening the index waits for another process building or loading it. */
const SEARCH_WAIT_MS = 60_000;

/** Bumped whenever the tables, the analysis or the segmentation change: a file of another version is rebuilt from the store. */
export const SCHEMA_VERSION = `8/${ANALYZER_VERSION}/${SEGMENTATION_VERSION}`;

/** Passage rowids are `paper number * PAPER_STRIDE + passage number`, so a scope filter needs no join. */
export const PAPER_SHIFT = 20;
export const PAPER_STRIDE = 2 ** PAPER_SHIFT;

const TABLES = `
  CREATE TABLE papers (
    num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, committee TEXT NOT NULL,
    confidential INTEGER NOT NULL, date TEXT, context TEXT NOT NULL, passages INTEGER NOT NULL, terms INTEGER NOT NULL);
  CREATE TABLE passages (
    rowid INTEGER PRIMARY KEY, page INTEGER NOT NULL, label TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
    role TEXT NOT NULL, text TEXT NOT NULL, sentences TEXT NOT NULL, terms TEXT NOT NULL);
  CREATE VIRTUAL TABLE fts USING fts5(terms, content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");
  CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
  CREATE TABLE champions (term TEXT PRIMARY KEY, rowids TEXT NOT NULL);
`;

/** Opens (or creates) the index file; a file of another schema version, or not a database, is started afresh. */
export function openDatabase(file: string): Database.Database {
  const onDisk = file !== ':memory:' && file !== '';
  if (onDisk) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  try {
    return prepare(new Database(file, { timeout: SEARCH_WAIT_MS }), onDisk);
  } catch (err) {
    if (!onDisk || (err as { code?: string }).code !== 'SQLITE_NOTADB') throw err;
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    return prepare(new Database(file, { timeout: SEARCH_WAIT_MS }), onDisk);
  }
}

function prepare(db: Database.Database, onDisk: boolean): Database.Database {
  try {
    if (onDisk) retryBusy(() => db.pragma('journal_mode = WAL'), SEARCH_WAIT_MS);
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -32000');
    const ensure = db.transaction(() => {
      db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      if (readMeta(db, 'schema') !== SCHEMA_VERSION) recreate(db);
    });
    retryBusy(() => ensure.immediate(), SEARCH_WAIT_MS);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function recreate(db: Database.Database): void {
  db.transaction(() => {
    db.exec('DROP TABLE IF EXISTS champions; DROP TABLE IF EXISTS vocab; DROP TABLE IF EXISTS fts; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS papers; DELETE FROM meta;');
    db.exec(TABLES);
    writeMeta(db, 'schema', SCHEMA_VERSION);
  })();
}

export function readMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeMeta(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
