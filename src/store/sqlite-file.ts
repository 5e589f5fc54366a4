import Database from 'better-sqlite3';

/** How long an opening waits for other connections to the same file before it gives up. */
export const SQLITE_WAIT_MS = 30_000;

/**
 * Opens a SQLite file in WAL mode and runs its schema, however many processes open it at the same moment.
 * SQLite answers some lock conflicts at once instead of waiting (switching to WAL, or a read that must become a write),
 * so these steps are retried with a short random pause until `waitMs` has passed; the schema runs in one
 * `BEGIN IMMEDIATE` transaction, which waits for the write lock rather than failing.
 */
export function openSqliteFile(file: string, schema: (db: Database.Database) => void, waitMs = SQLITE_WAIT_MS): Database.Database {
  const db = new Database(file, { timeout: waitMs });
  try {
    retryBusy(() => db.pragma('journal_mode = WAL'), waitMs);
    db.pragma('synchronous = NORMAL');
    retryBusy(() => db.transaction(() => schema(db)).immediate(), waitMs);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Runs `step`, again after a short random pause while SQLite says another connection holds the file, until `waitMs`. */
export function retryBusy<T>(step: () => T, waitMs = SQLITE_WAIT_MS): T {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return step();
    } catch (err) {
      if (!isBusy(err) || Date.now() > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5 + Math.random() * 45);
    }
  }
}

function isBusy(err: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown }).code ?? ''));
}
