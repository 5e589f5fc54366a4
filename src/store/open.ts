import path from 'node:path';
import Keyv from 'keyv';
import { AppError } from '../errors.ts';
import { SqliteKeyvAdapter } from './sqlite-adapter.ts';
import { AtomicStore, type AtomicBackend } from './atomic.ts';
import { MemoryAtomicBackend } from './atomic-memory.ts';
import { SqliteAtomicBackend } from './atomic-sqlite.ts';

export type StoreKind = 'sqlite' | 'redis' | 'postgres' | 'memory';

/** The keyv store the whole product keeps its state in, with a way to close its connection. */
export interface KvStore {
  kv: Keyv;
  /** The same store's atomic state (compare-and-set, claims), for every write that must not be lost. */
  atomic: AtomicStore;
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
  let backend: AtomicBackend;
  try {
    if (kind === 'memory') {
      kv = new Keyv({ ...options, store: new Map() });
      backend = new MemoryAtomicBackend();
    } else if (kind === 'sqlite') {
      const file = url.replace(/^sqlite:(\/\/)?/, '');
      const resolved = file === ':memory:' ? file : path.resolve(file);
      const adapter = new SqliteKeyvAdapter(resolved);
      kv = new Keyv(adapter, options);
      backend = resolved === ':memory:' ? new MemoryAtomicBackend() : new SqliteAtomicBackend(resolved, namespace);
      closeAdapter = () => adapter.disconnect();
    } else if (kind === 'redis') {
      const { default: KeyvRedis } = await import('@keyv/redis');
      const { RedisAtomicBackend } = await import('./atomic-redis.ts');
      const adapter = new KeyvRedis(url, { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 5000 });
      kv = new Keyv(adapter, options);
      closeAdapter = () => adapter.disconnect();
      await kv.get('__ping__');
      backend = await RedisAtomicBackend.open(url, namespace);
    } else {
      const { default: KeyvPostgres } = await import('@keyv/postgres');
      const { PostgresAtomicBackend } = await import('./atomic-postgres.ts');
      const adapter = new KeyvPostgres({ uri: url, table: 'scrutiny_kv', max: 4 });
      kv = new Keyv(adapter, options);
      // @keyv/postgres shares one pool per process: a second store on the same URL may find it already ended.
      closeAdapter = () => adapter.disconnect().catch((err: Error) => {
        if (!/more than once/.test(err.message)) throw err;
      });
      await kv.get('__ping__');
      backend = await PostgresAtomicBackend.open(url, namespace);
    }
  } catch (err) {
    throw new AppError('STORE', `Cannot open the ${kind} store at ${redact(url)}: ${(err as Error).message}`, {}, { cause: err });
  }
  const keyv = kv;
  const atomic = new AtomicStore(backend, (key) => keyv.get(key));
  registered.set(kv, atomic);
  return {
    kv,
    atomic,
    kind,
    url,
    async close() {
      await backend.close();
      await closeAdapter();
    },
  };
}

const registered = new WeakMap<Keyv, AtomicStore>();

/**
 * The atomic state of the store a keyv instance belongs to (opened with it by openKvStore). A keyv made
 * elsewhere gets in-process atomic state of its own, which is all a single process can share.
 */
export function atomicFor(kv: Keyv): AtomicStore {
  let atomic = registered.get(kv);
  if (!atomic) {
    atomic = new AtomicStore(new MemoryAtomicBackend(), (key) => kv.get(key));
    registered.set(kv, atomic);
  }
  return atomic;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
