import type Database from 'better-sqlite3';
import { openSqliteFile } from './sqlite-file.ts';
import type { AtomicBackend, Versioned } from './atomic.ts';

/**
 * Atomic state in the embedded SQLite file, beside keyv's table: every write is one `BEGIN IMMEDIATE` transaction,
 * so command lines and bots sharing one data folder never overwrite each other.
 */
export class SqliteAtomicBackend implements AtomicBackend {
  private readonly db: Database.Database;
  private readonly casTx: (key: string, version: number, data: string | null) => boolean;
  private readonly claimTx: (key: string, until: number) => boolean;

  constructor(file: string, private readonly namespace: string) {
    this.db = openSqliteFile(file, (db) =>
      db.exec(
        'CREATE TABLE IF NOT EXISTS atomic_kv (key TEXT PRIMARY KEY, data TEXT, version INTEGER NOT NULL);' +
          'CREATE TABLE IF NOT EXISTS atomic_claims (key TEXT PRIMARY KEY, until INTEGER NOT NULL)',
      ),
    );
    const versionOf = this.db.prepare('SELECT version FROM atomic_kv WHERE key = ?');
    const upsert = this.db.prepare(
      'INSERT INTO atomic_kv (key, data, version) VALUES (?, ?, 1) ON CONFLICT(key) DO UPDATE SET data = excluded.data, version = atomic_kv.version + 1',
    );
    this.casTx = this.immediate((key: string, version: number, data: string | null) => {
      const row = versionOf.get(key) as { version: number } | undefined;
      if ((row?.version ?? 0) !== version) return false;
      upsert.run(key, data);
      return true;
    });
    const claimOf = this.db.prepare('SELECT until FROM atomic_claims WHERE key = ?');
    const putClaim = this.db.prepare('INSERT INTO atomic_claims (key, until) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET until = excluded.until');
    this.claimTx = this.immediate((key: string, until: number) => {
      const row = claimOf.get(key) as { until: number } | undefined;
      if (row && row.until > Date.now()) return false;
      putClaim.run(key, until);
      return true;
    });
  }

  private immediate<A extends unknown[]>(fn: (...args: A) => boolean): (...args: A) => boolean {
    const tx = this.db.transaction(fn);
    return (...args: A) => tx.immediate(...args);
  }

  private k(key: string): string {
    return `${this.namespace}:${key}`;
  }

  async read(key: string): Promise<Versioned> {
    const row = this.db.prepare('SELECT data, version FROM atomic_kv WHERE key = ?').get(this.k(key)) as Versioned | undefined;
    return row ?? { data: null, version: 0 };
  }

  async version(key: string): Promise<number> {
    return (this.db.prepare('SELECT version FROM atomic_kv WHERE key = ?').get(this.k(key)) as { version: number } | undefined)?.version ?? 0;
  }

  async cas(key: string, version: number, data: string | null): Promise<boolean> {
    return this.casTx(this.k(key), version, data);
  }

  async claim(key: string, ttlMs: number | null): Promise<boolean> {
    return this.claimTx(this.k(key), ttlMs === null ? Number.MAX_SAFE_INTEGER : Date.now() + ttlMs);
  }

  async release(key: string): Promise<void> {
    this.db.prepare('DELETE FROM atomic_claims WHERE key = ?').run(this.k(key));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
