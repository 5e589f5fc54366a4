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
