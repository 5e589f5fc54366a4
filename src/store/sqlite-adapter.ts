import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import type Database from 'better-sqlite3';
import { openSqliteFile } from './sqlite-file.ts';

/**
 * A keyv storage adapter on better-sqlite3: the embedded default store.
 * It shares its native binding with the search index, so a clean install compiles one SQLite, not two.
 */
export class SqliteKeyvAdapter extends EventEmitter {
  readonly opts: { dialect: 'sqlite'; url: string };
  namespace?: string;
  private readonly db: Database.Database;

  constructor(file: string) {
    super();
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = openSqliteFile(file, (db) => db.exec('CREATE TABLE IF NOT EXISTS keyv (key TEXT PRIMARY KEY, value TEXT NOT NULL)'));
    this.opts = { dialect: 'sqlite', url: `sqlite://${file}` };
  }

  async get(key: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT value FROM keyv WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  async getMany(keys: string[]): Promise<Array<string | undefined>> {
    const stmt = this.db.prepare('SELECT value FROM keyv WHERE key = ?');
    return keys.map((k) => (stmt.get(k) as { value: string } | undefined)?.value);
  }

  async set(key: string, value: string): Promise<boolean> {
    this.db.prepare('INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    return true;
  }

  async delete(key: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM keyv WHERE key = ?').run(key).changes > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    const del = this.db.prepare('DELETE FROM keyv WHERE key = ?');
    let any = false;
    this.db.transaction(() => keys.forEach((k) => (any = del.run(k).changes > 0 || any))).immediate();
    return any;
  }

  async has(key: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM keyv WHERE key = ?').get(key) !== undefined;
  }

  async clear(): Promise<void> {
    if (this.namespace) this.db.prepare('DELETE FROM keyv WHERE key LIKE ?').run(`${this.namespace}:%`);
    else this.db.exec('DELETE FROM keyv');
  }

  async *iterator(namespace?: string): AsyncGenerator<[string, string]> {
    const rows = this.db.prepare('SELECT key, value FROM keyv WHERE key LIKE ?').all(`${namespace ? `${namespace}:` : ''}%`) as Array<{ key: string; value: string }>;
    for (const r of rows) yield [r.key, r.value];
  }

  async disconnect(): Promise<void> {
    this.db.close();
  }
}
