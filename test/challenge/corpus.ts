import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { tempDeps } from '../support/deps.ts';

export const AS_OF = '2026-11-22';
export const BIRMINGHAM = path.resolve('../shared/corpus/birmingham');

/** Real deps on a memory store with the seeds (and the Birmingham Ofsted reports) loaded in one committee, "seeds". */
export async function loadCorpus(withBirmingham: boolean, env: Record<string, string> = {}): Promise<Deps> {
  const deps = await tempDeps({ storeUrl: 'memory:', env });
  const paths = [path.resolve('seeds')];
  if (withBirmingham) paths.push(...fs.readdirSync(BIRMINGHAM).filter((f) => f.endsWith('.pdf')).map((f) => path.join(BIRMINGHAM, f)));
  const outcomes = await ingestPaths(deps, paths, { committee: 'seeds' });
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`could not load: ${failed.map((f) => f.file).join(', ')}`);
  return deps;
}

/** Every stored paper, by id. */
export async function storedPapers(deps: Deps): Promise<Map<string, Paper>> {
  const out = new Map<string, Paper>();
  for (const meta of await deps.papers.list()) {
    const p = await deps.papers.load(meta);
    if (p) out.set(p.id, p);
  }
  return out;
}

/** An open question as scrutiny guidance has it: starts with How/What/Why/To what extent/Which and ends with "?". */
export function isOpen(question: string): boolean {
  return /^(How|What|Why|To what extent|Which)\b/.test(question) && question.trim().endsWith('?') &&
    !/^(Is|Are|Do|Does|Did|Will|Has|Have|Can|Should|Isn't)\b/.test(question);
}
