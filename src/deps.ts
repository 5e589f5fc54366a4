import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Keyv from 'keyv';
import type { Config } from './config.ts';
import { systemClock, type Clock } from './clock.ts';
import { consoleLogger, type Logger } from './log.ts';
import { openKvStore, PaperRepo, type KvStore } from './store/index.ts';
import { openSearchIndex, type SearchIndex } from './search/index.ts';
import type { Llm } from './llm/index.ts';

/** Everything a capability needs from the outside world, built once at start-up and passed in. */
export interface Deps {
  config: Config;
  kv: Keyv;
  papers: PaperRepo;
  index: SearchIndex;
  clock: Clock;
  llm: Llm | null;
  log: Logger;
  close(): Promise<void>;
}

export interface DepsOverrides {
  clock?: Clock;
  log?: Logger;
  /** A model layer to use instead of the one the config names (null: none). */
  llm?: Llm | null;
}

/** Opens the store and the search index named by the config and brings the index up to date. */
export async function buildDeps(config: Config, overrides: DepsOverrides = {}): Promise<Deps> {
  const store: KvStore = await openKvStore(config.storeUrl, config.namespace);
  const papers = new PaperRepo(store.kv);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const index = openSearchIndex(indexFile(config));
  await index.sync(papers);
  const log = overrides.log ?? consoleLogger();
  // The model client (and the openai library) is imported only when a model is configured.
  const llm = overrides.llm !== undefined ? overrides.llm : config.model ? (await import('./llm/index.ts')).createLlm(config.model, { kv: store.kv, log }) : null;
  return {
    config,
    kv: store.kv,
    papers,
    index,
    clock: overrides.clock ?? systemClock,
    llm,
    log,
    async close() {
      index.close();
      await store.close();
    },
  };
}

/** The local index file for a store: one per store URL and namespace, so two stores never share an index. */
export function indexFile(config: Config): string {
  const id = createHash('sha256').update(`${config.storeUrl}\n${config.namespace}`).digest('hex').slice(0, 12);
  return path.join(config.dataDir, `index-${id}.sqlite`);
}

/** @deprecated Import `today` from clock.ts: importing deps.ts for it pulls in the store, the index and the model client. */
export { today } from './clock.ts';
