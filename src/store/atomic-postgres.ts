import pg from 'pg';
import type { AtomicBackend, Versioned } from './atomic.ts';

/**
 * Atomic state in PostgreSQL with its own pool: a write is a row-conditional `UPDATE … WHERE version = $n` (or an
 * `INSERT … ON CONFLICT DO NOTHING` for a new key), a claim an upsert that only takes an expired row.
 */
export class PostgresAtomicBackend implements AtomicBackend {
  private constructor(private readonly pool: pg.Pool, private readonly namespace: string) {}

  static async open(url: string, namespace: string): Promise<PostgresAtomicBackend> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(72817)');
      await client.query(
        'CREATE TABLE IF NOT EXISTS scrutiny_atomic (key TEXT PRIMARY KEY, data TEXT, version BIGINT NOT NULL);' +
          'CREATE TABLE IF NOT EXISTS scrutiny_claims (key TEXT PRIMARY KEY, until BIGINT NOT NULL)',
      );
    } finally {
      await client.query('SELECT pg_advisory_unlock(72817)').catch(() => undefined);
      client.release();
    }
    return new PostgresAtomicBackend(pool, namespace);
  }

  private k(key: string): string {
    return `${this.namespace}:${key}`;
  }

  async read(key: string): Promise<Versioned> {
    const r = await this.pool.query('SELECT data, version FROM scrutiny_atomic WHERE key = $1', [this.k(key)]);
    const row = r.rows[0] as { data: string | null; version: string } | undefined;
    return row ? { data: row.data, version: Number(row.version) } : { data: null, version: 0 };
  }

  async version(key: string): Promise<number> {
    const r = await this.pool.query('SELECT version FROM scrutiny_atomic WHERE key = $1', [this.k(key)]);
    return r.rows[0] ? Number((r.rows[0] as { version: string }).version) : 0;
  }

  async cas(key: string, version: number, data: string | null): Promise<boolean> {
    const r =
      version === 0
        ? await this.pool.query('INSERT INTO scrutiny_atomic (key, data, version) VALUES ($1, $2, 1) ON CONFLICT (key) DO NOTHING', [this.k(key), data])
        : await this.pool.query('UPDATE scrutiny_atomic SET data = $2, version = version + 1 WHERE key = $1 AND version = $3', [this.k(key), data, version]);
    return r.rowCount === 1;
  }

  async claim(key: string, ttlMs: number | null): Promise<boolean> {
    const now = Date.now();
    const until = ttlMs === null ? Number.MAX_SAFE_INTEGER : now + Math.round(ttlMs);
    const r = await this.pool.query(
      'INSERT INTO scrutiny_claims (key, until) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET until = excluded.until WHERE scrutiny_claims.until <= $3',
      [this.k(key), until, now],
    );
    return r.rowCount === 1;
  }

  async release(key: string): Promise<void> {
    await this.pool.query('DELETE FROM scrutiny_claims WHERE key = $1', [this.k(key)]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
