import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/** The store URLs a behaviour test runs on: always the embedded ones, plus the real Redis and PostgreSQL when their URLs are set. */
export function storeUrls(): Array<{ name: string; url: () => string }> {
  const urls: Array<{ name: string; url: () => string }> = [
    { name: 'sqlite (embedded default)', url: () => `sqlite://${path.join(tempDir(), 'store.sqlite')}` },
  ];
  const env = process.env;
  if (env.REDIS_URL) urls.push({ name: 'redis', url: () => env.REDIS_URL! });
  if (env.DATABASE_URL) urls.push({ name: 'postgresql', url: () => env.DATABASE_URL! });
  return urls;
}

/** A fresh namespace, so that tests sharing one Redis or PostgreSQL never see each other's keys. */
export function freshNamespace(): string {
  return `test-${randomUUID().slice(0, 8)}`;
}

/** A new empty temporary directory. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-test-'));
}

/** A store that several processes share: the embedded SQLite file of one data folder (url null), or a server's URL. */
export interface SharedStore {
  name: string;
  url: string | null;
}

/** The shared stores a multi-process test runs on, saying which are skipped and why. */
export function sharedStores(what: string): SharedStore[] {
  const list: SharedStore[] = [{ name: 'embedded SQLite (one data folder)', url: null }];
  if (process.env.REDIS_URL) list.push({ name: 'Redis', url: process.env.REDIS_URL });
  else console.warn(`${what} on Redis skipped: REDIS_URL is not set`);
  if (process.env.DATABASE_URL) list.push({ name: 'PostgreSQL', url: process.env.DATABASE_URL });
  else console.warn(`${what} on PostgreSQL skipped: DATABASE_URL is not set`);
  return list;
}
