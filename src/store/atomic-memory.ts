import type { AtomicBackend, Versioned } from './atomic.ts';

/** In-process atomic state (the `memory:` store and bare keyv instances in tests). */
export class MemoryAtomicBackend implements AtomicBackend {
  private readonly values = new Map<string, Versioned>();
  private readonly claims = new Map<string, number>();

  async read(key: string): Promise<Versioned> {
    return this.values.get(key) ?? { data: null, version: 0 };
  }

  async version(key: string): Promise<number> {
    return this.values.get(key)?.version ?? 0;
  }

  async cas(key: string, version: number, data: string | null): Promise<boolean> {
    const current = this.values.get(key)?.version ?? 0;
    if (current !== version) return false;
    this.values.set(key, { data, version: current + 1 });
    return true;
  }

  async claim(key: string, ttlMs: number | null): Promise<boolean> {
    const until = this.claims.get(key);
    if (until !== undefined && until > Date.now()) return false;
    this.claims.set(key, ttlMs === null ? Number.POSITIVE_INFINITY : Date.now() + ttlMs);
    return true;
  }

  async release(key: string): Promise<void> {
    this.claims.delete(key);
  }

  async close(): Promise<void> {}
}
