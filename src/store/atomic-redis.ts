import { createClient } from '@keyv/redis';
import type { AtomicBackend, Versioned } from './atomic.ts';

/** Compare-and-set on a hash {d: data, v: version}: one Lua script, so it is atomic on the server. */
const CAS = `
local v = redis.call('HGET', KEYS[1], 'v')
if (v or '0') ~= ARGV[1] then return 0 end
local next = tonumber(ARGV[1]) + 1
if ARGV[2] == '1' then
  redis.call('HSET', KEYS[1], 'v', next)
  redis.call('HDEL', KEYS[1], 'd')
else
  redis.call('HSET', KEYS[1], 'v', next, 'd', ARGV[3])
end
return 1`;

/** The few calls made on the client: raw commands. */
interface Client {
  sendCommand(args: string[]): Promise<unknown>;
  quit(): Promise<unknown>;
}

/** Atomic state in Redis with its own client: a Lua compare-and-set for values, `SET NX PX` for claims. */
export class RedisAtomicBackend implements AtomicBackend {
  private constructor(private readonly client: Client, private readonly namespace: string) {}

  static async open(url: string, namespace: string): Promise<RedisAtomicBackend> {
    const client = createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: false } });
    await client.connect();
    return new RedisAtomicBackend(client as unknown as Client, namespace);
  }

  private k(key: string): string {
    return `${this.namespace}:atomic:${key}`;
  }

  async read(key: string): Promise<Versioned> {
    const [d, v] = (await this.client.sendCommand(['HMGET', this.k(key), 'd', 'v'])) as Array<string | null>;
    return { data: d ?? null, version: v ? Number(v) : 0 };
  }

  async version(key: string): Promise<number> {
    const v = (await this.client.sendCommand(['HGET', this.k(key), 'v'])) as string | null;
    return v ? Number(v) : 0;
  }

  async cas(key: string, version: number, data: string | null): Promise<boolean> {
    const args = ['EVAL', CAS, '1', this.k(key), String(version), data === null ? '1' : '0', data ?? ''];
    return Number(await this.client.sendCommand(args)) === 1;
  }

  async claim(key: string, ttlMs: number | null): Promise<boolean> {
    const args = ['SET', `${this.namespace}:claim:${key}`, '1', 'NX'];
    if (ttlMs !== null) args.push('PX', String(Math.max(1, Math.round(ttlMs))));
    return (await this.client.sendCommand(args)) === 'OK';
  }

  async release(key: string): Promise<void> {
    await this.client.sendCommand(['DEL', `${this.namespace}:claim:${key}`]);
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => undefined);
  }
}
