import { AppError } from '../errors.ts';

/** A value as a backend holds it: its JSON text (null when absent or deleted) and a version that moves on every write. */
export interface Versioned {
  data: string | null;
  version: number;
}

/**
 * What a store must give so that no write is lost: compare-and-set on a version, and a claim that expires.
 * Each backend uses its own client (SQLite `BEGIN IMMEDIATE`, a Redis Lua script and `SET NX PX`,
 * PostgreSQL row-conditional `UPDATE`/`INSERT … ON CONFLICT`), so two processes are as safe as two calls in one.
 */
export interface AtomicBackend {
  read(key: string): Promise<Versioned>;
  /** The version alone (0 when never written): cheap, for caches. */
  version(key: string): Promise<number>;
  /** Writes `data` (null deletes) only when the key's version is still `version`; true when written. */
  cas(key: string, version: number, data: string | null): Promise<boolean>;
  /** Takes a claim on a key unless a live claim holds it; a claim with a ttl lapses by itself. */
  claim(key: string, ttlMs: number | null): Promise<boolean>;
  release(key: string): Promise<void>;
  close(): Promise<void>;
}

/** What a read-modify-write decides: the value to write (undefined deletes) and what to return; or no write at all. */
export type Change<T, R> = { value: T | undefined; result: R } | { skip: true; result: R };

const MAX_TRIES = 200;

/** Atomic state on any backend: read, read-modify-write with retries on conflict, claims. Values are JSON. */
export class AtomicStore {
  /**
   * @param legacy reads a value kept by an earlier release in the plain keyv store, so a key never written here
   *   starts from it (and the first atomic write carries it over).
   */
  constructor(
    private readonly backend: AtomicBackend,
    private readonly legacy: (key: string) => Promise<unknown> = async () => undefined,
  ) {}

  /** The value at a key, or undefined. */
  async get<T>(key: string): Promise<T | undefined> {
    return (await this.read<T>(key)).value;
  }

  /** The version of a key: a cheap way to tell whether a copy is current. */
  version(key: string): Promise<number> {
    return this.backend.version(key);
  }

  /** Reads a key with its version. */
  async read<T>(key: string): Promise<{ value: T | undefined; version: number }> {
    const { data, version } = await this.backend.read(key);
    if (version === 0) return { value: (await this.legacyValue(key)) as T | undefined, version };
    return { value: data === null ? undefined : (JSON.parse(data) as T), version };
  }

  private async legacyValue(key: string): Promise<unknown> {
    const v = await this.legacy(key);
    return v === null ? undefined : v;
  }

  /**
   * Changes a key as one atomic step: `change` sees the current value and returns the next; when another writer
   * got there first, it runs again on that writer's value. `change` must be pure (it may run more than once).
   */
  async update<T, R>(key: string, change: (current: T | undefined) => Change<T, R>): Promise<R> {
    for (let tries = 0; tries < MAX_TRIES; tries++) {
      const { value, version } = await this.read<T>(key);
      const decided = change(value);
      if ('skip' in decided) return decided.result;
      const next = decided.value === undefined ? null : JSON.stringify(decided.value);
      if (await this.backend.cas(key, version, next)) return decided.result;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 + tries * 2)));
    }
    throw new AppError('STORE', `The store is too busy: "${key}" could not be written after ${MAX_TRIES} tries`);
  }

  /** Writes a value, whatever was there. */
  async set<T>(key: string, value: T | undefined): Promise<void> {
    await this.update<T, void>(key, () => ({ value, result: undefined }));
  }

  /** True for the first caller and false for every other while the claim lives (ttl null: until released). */
  claim(key: string, ttlMs: number | null = null): Promise<boolean> {
    return this.backend.claim(key, ttlMs);
  }

  /** Gives a claim back so the work can be tried again. */
  release(key: string): Promise<void> {
    return this.backend.release(key);
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}
