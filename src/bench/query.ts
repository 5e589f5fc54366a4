import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../answer/index.ts';
import { loadConfig } from '../config.ts';
import { buildDeps, type Deps } from '../deps.ts';
import type { Paper } from '../domain.ts';
import { silentLogger } from '../log.ts';
import { analyzeQuery, passagesOf } from '../search/index.ts';

export interface QueryBench {
  passages: number;
  buildSeconds: number;
  searchMs: { p50: number; p95: number };
  askMs: { p50: number; p95: number };
  /** The same questions again: each paper's term set is then in memory and the store. */
  askWarmMs: { p50: number; p95: number };
  scanMs: { p50: number; p95: number };
  rssMb: number;
  heapMb: number;
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

/** Loads copies of the real papers under new ids until the index holds about `target` passages, then times questions. */
export async function benchQueries(papers: Paper[], target: number, questions: string[]): Promise<QueryBench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-bench-'));
  const deps = await buildDeps(loadConfig({ SCRUTINY_DATA: dir }, {}, dir), { log: silentLogger });
  try {
    const perCopy = papers.reduce((n, p) => n + passagesOf(p).length, 0);
    const copies = Math.max(1, Math.ceil(target / perCopy));
    for (let k = 0; k < copies; k++) {
      await deps.papers.putMany(papers.map((p) => ({ ...p, id: `${p.id}-c${k}`, hash: `${p.hash}-c${k}`, committee: `copy-${k % 20}` })));
    }
    gc();
    const t0 = performance.now();
    await deps.index.sync(deps.papers);
    const buildSeconds = (performance.now() - t0) / 1000;
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
    await time((q) => deps.index.search(q, { scope, limit: 10 }));
    const searchMs = await time((q) => deps.index.search(q, { scope, limit: 10 }));
    const askMs = await time((q) => ask(deps, q, { scope }));
    const askWarmMs = await time((q) => ask(deps, q, { scope }));
    const scanMs = await time(scanBaseline(deps, papers, copies));
    gc();
    const mem = process.memoryUsage();
    return { passages: deps.index.size(), buildSeconds, searchMs, askMs, askWarmMs, scanMs, rssMb: mem.rss / 2 ** 20, heapMb: mem.heapUsed / 2 ** 20 };
  } finally {
    await deps.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline: a linear scan of every passage's text for the query's words, as a search without an index would do. */
function scanBaseline(_deps: Deps, papers: Paper[], copies: number): (q: string) => number {
  const texts: string[] = [];
  for (const p of papers) for (const s of passagesOf(p)) texts.push(p.pages.find((pg) => pg.number === s.page)!.text.slice(s.start, s.end).toLowerCase());
  return (q) => {
    const words = analyzeQuery(q).map((t) => t.source.toLowerCase());
    let best = 0;
    for (let k = 0; k < copies; k++) for (const t of texts) best = Math.max(best, words.filter((w) => t.includes(w)).length);
    return best;
  };
}
