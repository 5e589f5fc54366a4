import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { AppError, toAppError } from '../errors.ts';
import { loadWithWarnings } from './load.ts';
import { committeeFromPath, paperId, sha256 } from './paper-id.ts';
import type { IngestOptions, IngestOutcome } from './types.ts';

export type IngestDeps = Pick<Deps, 'papers' | 'index' | 'clock' | 'log'>;

/**
 * Loads files and folders (recursively, skipping dotfiles) into the store, one outcome per file.
 * Each good file is committed by PaperRepo.put; a bad one is reported and leaves the store as it was.
 * The search index is brought up to date once at the end.
 */
export async function ingestPaths(deps: IngestDeps, paths: string[], opts: IngestOptions): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const p of paths) {
    for (const file of await listFiles(p, outcomes)) {
      const bytes = await readBytes(file, outcomes);
      if (!bytes) continue;
      outcomes.push(await commitBytes(deps, file, bytes, { ...opts, committee: opts.committee ?? committeeFromPath(file) }));
    }
  }
  if (outcomes.some((o) => o.status === 'added' || o.status === 'replaced')) await deps.index.sync(deps.papers);
  return outcomes;
}

/** Loads one uploaded file (for example from Slack) and brings the index up to date when it changed anything. */
export async function ingestBytes(deps: IngestDeps, file: string, bytes: Buffer, opts: IngestOptions): Promise<IngestOutcome> {
  const outcome = await commitBytes(deps, file, bytes, { ...opts, committee: opts.committee ?? committeeFromPath(file) });
  if (outcome.status === 'added' || outcome.status === 'replaced') await deps.index.sync(deps.papers);
  return outcome;
}

async function commitBytes(deps: IngestDeps, filePath: string, bytes: Buffer, opts: IngestOptions & { committee: string }): Promise<IngestOutcome> {
  const file = path.basename(filePath);
  try {
    const hash = sha256(bytes);
    const holder = await deps.papers.findByHash(hash);
    if (holder) {
      const id = paperId(opts.committee, file);
      const warnings = holder.id === id ? [] : [`identical to ${holder.file} (${holder.id}, committee ${holder.committee}), already loaded`];
      let paper = holder;
      if (holder.id === id && opts.confidential !== undefined && opts.confidential !== holder.confidential) {
        paper = (await deps.papers.update(id, { confidential: opts.confidential })) ?? holder;
      }
      return { status: 'unchanged', file, path: filePath, paper, warnings };
    }
    const { paper, warnings } = await loadWithWarnings({ file, bytes }, { ...opts, now: deps.clock.now() });
    const previous = await deps.papers.put(paper);
    const { pages: _pages, ...meta } = paper;
    return { status: previous ? 'replaced' : 'added', file, path: filePath, paper: meta, warnings };
  } catch (err) {
    const error = toAppError(err);
    const named = error.message.startsWith(`${file}:`) ? error : new AppError(error.code, `${file}: ${error.message}`, error.details, { cause: err });
    deps.log.info(named.message);
    return { status: 'failed', file, path: filePath, error: named };
  }
}

async function listFiles(p: string, outcomes: IngestOutcome[]): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch {
    outcomes.push({ status: 'failed', file: path.basename(p), path: p, error: new AppError('NOT_FOUND', `${path.basename(p) || p}: no such file or folder (${p})`) });
    return [];
  }
  if (!stat.isDirectory()) return [p];
  const entries = (await fs.readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    const child = path.join(p, e.name);
    if (e.isDirectory()) files.push(...(await listFiles(child, outcomes)));
    else if (e.isFile()) files.push(child);
  }
  return files;
}

async function readBytes(file: string, outcomes: IngestOutcome[]): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    outcomes.push({ status: 'failed', file: path.basename(file), path: file, error: new AppError('NOT_FOUND', `${path.basename(file)}: cannot read the file (${(err as Error).message})`) });
    return null;
  }
}
