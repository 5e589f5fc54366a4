import path from 'node:path';
import Keyv from 'keyv';
import { AppError } from '../errors.ts';
import { SqliteKeyvAdapter } from './sqlite-adapter.ts';

export type StoreKind = 'sqlite' | 'redis' | 'postgres' | 'memory';

/** The keyv store the whole product keeps its state in, with a way to close its connection. */
export interface KvStore {
  kv: Keyv;
  kind: StoreKind;
  url: string;
  close(): Promise<void>;
}

/** Tells which backend a store URL names. */
export function storeKind(url: string): StoreKind {
  if (url === 'memory:' || url === 'memory://') return 'memory';
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('redis:') || url.startsWith('rediss:')) return 'redis';
  if (url.startsWith('postgres:') || url.startsWith('postgresql:')) return 'postgres';
  throw new AppError('CONFIG', `Unknown store URL "${url}": use sqlite://FILE, redis://HOST:PORT or postgresql://HOST/DB`);
}

/** Opens the store a URL names: embedded SQLite by default, Redis or PostgreSQL when several instances share state. */
export async function openKvStore(url: string, namespace = 'scrutiny'): Promise<KvStore> {
  const kind = storeKind(url);
  const options = { namespace, throwOnErrors: true } as const;
  let kv: Keyv;
  let closeAdapter: () => Promise<void> = async () => {};
  try {
    if (kind === 'memory') {
      kv = new Keyv({ ...options, store: new Map() });
    } else if (kind === 'sqlite') {
      const file = url.replace(/^sqlite:(\/\/)?/, '');
      const adapter = new SqliteKeyvAdapter(file === ':memory:' ? file : path.resolve(file));
      kv = new Keyv(adapter, options);
      closeAdapter = () => adapter.disconnect();
    } else if (kind === 'redis') {
      const { default: KeyvRedis } = await import('@keyv/redis');
      const adapter = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 5000 });
      kv = new Keyv(adapter, options);
      closeAdapter = () => adapter.disconnect();
      await kv.get('__ping__');
    } else {
      const { default: KeyvPostgres } = await import('@keyv/postgres');
      const adapter = new KeyvPostgres({ uri: url, table: 'scrutiny_kv', max: 4 });
      kv = new Keyv(adapter, options);
      closeAdapter = () => adapter.disconnect();
      await kv.get('__ping__');
    }
  } catch (err) {
    throw new AppError('STORE', `Cannot open the ${kind} store at ${redact(url)}: ${(err as Error).message}`, {}, { cause: err });
  }
  return { kv, kind, url, close: closeAdapter };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
