import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { Logger } from '../log.ts';

/** The keyv key of one text's vector under one embedding model. */
export function embeddingKey(model: string, text: string): string {
  return `llm:embedding:${model}:${createHash('sha256').update(text).digest('hex')}`;
}

/** Returns a vector per text, embedding only the texts not already cached; null when embedding fails. */
export async function cachedEmbeddings(
  kv: Keyv | null,
  model: string,
  texts: string[],
  embed: (texts: string[]) => Promise<number[][] | null>,
  log: Logger,
): Promise<number[][] | null> {
  const keys = texts.map((t) => embeddingKey(model, t));
  const found: Array<number[] | undefined> = kv ? await readAll(kv, keys, log) : texts.map(() => undefined);
  const missing = [...new Set(texts.filter((_, i) => !found[i]))];
  if (missing.length > 0) {
    const vectors = await embed(missing);
    if (!vectors) return null;
    const byText = new Map(missing.map((t, i) => [t, vectors[i]!]));
    texts.forEach((t, i) => {
      if (!found[i]) found[i] = byText.get(t);
    });
    if (kv) await writeAll(kv, missing.map((t) => [embeddingKey(model, t), byText.get(t)!] as const), log);
  }
  return found.every((v) => Array.isArray(v)) ? (found as number[][]) : null;
}

async function readAll(kv: Keyv, keys: string[], log: Logger): Promise<Array<number[] | undefined>> {
  try {
    const values = await Promise.all(keys.map((k) => kv.get<number[]>(k)));
    return values.map((v) => (Array.isArray(v) && v.every((x) => typeof x === 'number') ? v : undefined));
  } catch (err) {
    log.warn(`embedding cache read failed: ${(err as Error).message}`);
    return keys.map(() => undefined);
  }
}

async function writeAll(kv: Keyv, entries: ReadonlyArray<readonly [string, number[]]>, log: Logger): Promise<void> {
  try {
    await Promise.all(entries.map(([k, v]) => kv.set(k, v)));
  } catch (err) {
    log.warn(`embedding cache write failed: ${(err as Error).message}`);
  }
}
