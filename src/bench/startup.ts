import { spawnSync } from 'node:child_process';
import { AppError } from '../errors.ts';
import { CLI } from './ingest.ts';
import { percentiles } from './query.ts';

/** Wall time (ms) of a fresh process running `args`. */
function processMs(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new AppError('INTERNAL', `${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return performance.now() - t;
}

export interface StartupBench {
  /** Medians, ms. */
  nodeMs: number;
  helpMs: number;
  askSeedsMs: number;
  askLargeMs: number | null;
  runs: number;
}

type Store = { data: string; store: string };

/**
 * `node -e 0`, `scrutiny help` and `scrutiny ask` from a cold process (the compiled build), in the same run and
 * interleaved round by round, so that a busy machine slows each alike. One unmeasured round first.
 */
export function benchStartup(seeds: Store, large: Store | null, question: string, runs = 7): StartupBench {
  const ask = (d: Store) => [CLI, '--data', d.data, '--store', d.store, 'ask', question];
  const times = { node: [] as number[], help: [] as number[], seeds: [] as number[], large: [] as number[] };
  for (let round = 0; round <= runs; round++) {
    const node = processMs(['-e', '0']);
    const help = processMs([CLI, 'help']);
    const seedsAsk = processMs(ask(seeds));
    const largeAsk = large && round % 2 === 1 ? processMs(ask(large)) : null;
    if (round === 0) continue;
    times.node.push(node);
    times.help.push(help);
    times.seeds.push(seedsAsk);
    if (largeAsk !== null) times.large.push(largeAsk);
  }
  const median = (xs: number[]) => percentiles(xs).p50;
  return { nodeMs: median(times.node), helpMs: median(times.help), askSeedsMs: median(times.seeds), askLargeMs: times.large.length ? median(times.large) : null, runs };
}
