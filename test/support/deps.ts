import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { buildDeps, type Deps, type DepsOverrides } from '../../src/deps.ts';
import { silentLogger } from '../../src/log.ts';
import { freshNamespace, tempDir } from './stores.ts';

/** Real deps on a temporary data folder: the embedded store unless a store URL is given. */
export async function tempDeps(opts: { storeUrl?: string; env?: Record<string, string>; overrides?: DepsOverrides } = {}): Promise<Deps> {
  const dir = tempDir();
  const env: Record<string, string> = { SCRUTINY_DATA: dir, SCRUTINY_NAMESPACE: freshNamespace(), ...opts.env };
  if (opts.storeUrl) env.SCRUTINY_STORE = opts.storeUrl;
  const config = loadConfig(env, {}, dir);
  return buildDeps(config, { log: silentLogger, ...opts.overrides });
}

export const SEEDS = path.resolve('seeds');
export const CORPUS = path.resolve('../shared/corpus');
export const OFSTED = path.resolve('../shared/ofsted');
