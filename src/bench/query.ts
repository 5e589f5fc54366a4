import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../answer/index.ts';
import { loadConfig } from '../config.ts';
import { buildDeps, type Deps } from '../deps.ts';
import { silentLogger } from '../log.ts';
import { passagesOf } from '../search/index.ts';
import { storeOf } from './ingest.ts';

export interface QueryBench {
  papers: number;
  passages: number;
  /** Opening the store and bringing the index up to it (for the small size: indexing every paper). */
  openSeconds: number;
  searchMs: { p50: number; p95: number };
  /** Each question the first time in a freshly opened process state (index caches empty). */
  askColdMs: { p50: number; p95: number };
  /** The same questions again. */
  askWarmMs: { p50: number; p95: number };
  rssMb: number;
  /** Peak resident memory of the bench process so far. */
  peakRssMb: number;
}

/** Percentiles of a list of durations. */
export function percentiles(xs: number[]): { p50: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function open(dataDir: string): Promise<Deps> {
  return buildDeps(loadConfig({}, { dataDir, storeUrl: storeOf(dataDir) }, dataDir), { log: silentLogger, llm: null });
}

/** Times the questions on the store in `dataDir` as loaded by the command line (the large size: every real paper). */
export async function benchStore(dataDir: string, questions: string[]): Promise<QueryBench> {
  const t0 = performance.now();
  const deps = await open(dataDir);
  try {
    return await measure(deps, questions, (performance.now() - t0) / 1000);
  } finally {
    await deps.close();
  }
}

/** Copies real papers (each once, oldest first) from the store in `fromDir` until about `target` passages, then times the questions on them. */
export async function benchSubset(fromDir: string, target: number, questions: string[]): Promise<QueryBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-bench-small-'));
  const source = await open(fromDir);
  const deps = await open(dir);
  try {
    let passages = 0;
    for (const meta of await source.papers.list()) {
      if (passages >= target) break;
      const paper = await source.papers.get(meta.id);
      if (!paper) continue;
      passages += passagesOf(paper).length;
      await deps.papers.put(paper);
    }
    await source.close();
    gc();
    const t0 = performance.now();
    await deps.index.sync(deps.papers);
    return await measure(deps, questions, (performance.now() - t0) / 1000);
  } finally {
    await source.close().catch(() => undefined);
    await deps.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(deps: Deps, questions: string[], openSeconds: number): Promise<QueryBench> {
  const scope = { allowConfidential: true };
  const time = async (f: (q: string) => unknown) => {
    const ms: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      await f(q);
      ms.push(performance.now() - t);
    }
    return percentiles(ms);
  };
  const askColdMs = await time((q) => ask(deps, q, { scope }));
  const askWarmMs = await time((q) => ask(deps, q, { scope }));
  const searchMs = await time((q) => deps.index.search(q, { scope, limit: 10 }));
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  gc();
  return {
    papers: (await deps.papers.list()).length,
    passages: deps.index.size(),
    openSeconds,
    searchMs,
    askColdMs,
    askWarmMs,
    rssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
