import path from 'node:path';
import { openKvStore, PaperRepo, type KvStore } from '../../src/store/index.ts';
import { openSearchIndex } from '../../src/search/index.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { fixedClock } from '../../src/clock.ts';
import { silentLogger } from '../../src/log.ts';
import type { ActionDeps } from '../../src/actions/index.ts';

export const SEEDS = path.resolve('seeds');
export const CPP_DIR = path.resolve('../shared/corpus/kent/full_council_2025-03-13');
export const CPP_OCT = path.join(CPP_DIR, 'CPP Minutes 29.10.24.pdf');
export const CPP_DEC = path.join(CPP_DIR, 'CPP Minutes 10.12.24.pdf');

/** A real store, search index and ingest pipeline in memory, loaded with the given files under one committee each. */
export async function loadedDeps(loads: Array<{ paths: string[]; committee: string }>, storeUrl = 'memory:'): Promise<ActionDeps & { store: KvStore; clock: ReturnType<typeof fixedClock>; log: typeof silentLogger }> {
  const store = await openKvStore(storeUrl);
  const deps = { store, kv: store.kv, papers: new PaperRepo(store.kv), index: openSearchIndex(':memory:'), clock: fixedClock('2026-11-22T09:00:00Z'), log: silentLogger };
  for (const l of loads) {
    const outcomes = await ingestPaths(deps, l.paths, { committee: l.committee });
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw new Error(`could not load ${failed.map((f) => f.file).join(', ')}`);
  }
  return deps;
}
