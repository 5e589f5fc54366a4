import fs from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../deps.ts';
import { AppError, toAppError } from '../errors.ts';
import { loadWithWarnings } from './load.ts';
import { oneLine } from './names.ts';
import { SAME_TEXT, sameTextShare, textFingerprint } from './fingerprint.ts';
import type { PaperMeta } from '../domain.ts';
import { committeeFromPath, paperId, sha256 } from './paper-id.ts';
import { openParserPool, parserThreads, type Parsed, type ParserPool } from './pool.ts';
import { sniffFormat } from './sniff.ts';
import type { IngestOptions, IngestOutcome, IngestProgress, IngestWatch, LoadOptions } from './types.ts';

export type IngestDeps = Pick<Deps, 'papers' | 'index' | 'clock' | 'log'>;

/**
 * Loads files and folders (recursively, skipping dotfiles) into the store, one outcome per file, in the order given.
 * PDFs are parsed on worker threads (see parserThreads); each good file is committed by PaperRepo.put as soon as it is
 * parsed, and a bad one is reported and leaves the store as it was. The search index catches up as papers land,
 * and is up to date when this returns. `watch` hears of the load's size and of each file as it finishes.
 */
export async function ingestPaths(deps: IngestDeps, paths: string[], opts: IngestOptions, watch: IngestWatch = {}): Promise<IngestOutcome[]> {
  const slots: Array<IngestOutcome | string> = [];
  for (const p of paths) {
    const found: IngestOutcome[] = [];
    const files = await listFiles(p, found);
    slots.push(...found, ...files);
  }
  const files = slots.filter((s): s is string => typeof s === 'string');
  watch.onStart?.(files.length);
  const run = new LoadRun(deps, watch, files.length, Math.min(parserThreads(), files.filter(isPdfName).length));
  // The parser threads start now, and load the PDF library while the files are measured, read and hashed.
  if (run.threads > 0) run.startParsers();
  try {
    const outcomes = new Array<IngestOutcome>(slots.length);
    // Largest files first, so that no long parse starts last and leaves the other threads idle at the end.
    const order = await largestFirst(slots);
    let next = 0;
    const worker = async () => {
      for (let k = next++; k < order.length; k = next++) {
        const i = order[k]!;
        const slot = slots[i]!;
        outcomes[i] = typeof slot === 'string' ? await run.loadFile(slot, opts) : slot;
      }
    };
    // Enough files in flight to keep every parser thread busy, not so many that all their bytes sit in memory.
    await Promise.all(Array.from({ length: Math.max(1, run.threads * 2) }, worker));
    await run.finish();
    return outcomes;
  } finally {
    await run.close();
  }
}

/** Loads one uploaded file (for example from Slack) off the main thread, and brings the index up to date when it changed anything. */
export async function ingestBytes(deps: IngestDeps, file: string, bytes: Buffer, opts: IngestOptions): Promise<IngestOutcome> {
  const run = new LoadRun(deps, {}, 1, 1);
  try {
    const outcome = await run.loadBytes(file, file, bytes, opts);
    await run.finish();
    return outcome;
  } finally {
    await run.close();
  }
}

/** One load: its parser threads (started on the first PDF), the hashes in flight, the index catching up, the tally. */
class LoadRun {
  private pool: ParserPool | null = null;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private indexing: Promise<void> = Promise.resolve();
  private fileReads: Promise<unknown> = Promise.resolve();
  private indexQueued = false;
  private indexError: unknown = null;
  private changed = false;
  private readonly progress: IngestProgress;

  constructor(
    private readonly deps: IngestDeps,
    private readonly watch: IngestWatch,
    total: number,
    readonly threads: number,
  ) {
    this.progress = { done: 0, total, pages: 0, failed: 0 };
  }

  async loadFile(filePath: string, opts: IngestOptions): Promise<IngestOutcome> {
    let bytes: Buffer;
    // Files are read one after another, in the order started, so that of two identical files the first given is the one loaded.
    const read = this.fileReads.then(() => fs.readFile(filePath));
    this.fileReads = read.catch(() => undefined);
    try {
      bytes = await read;
    } catch (err) {
      const error = new AppError('NOT_FOUND', `${oneLine(path.basename(filePath))}: cannot read the file (${(err as Error).message})`);
      return this.tally({ status: 'failed', file: path.basename(filePath), path: filePath, error });
    }
    return this.loadBytes(filePath, path.basename(filePath), bytes, opts);
  }

  async loadBytes(filePath: string, file: string, bytes: Buffer, opts: IngestOptions): Promise<IngestOutcome> {
    return this.tally(await this.commit(filePath, file, bytes, { ...opts, committee: opts.committee ?? committeeFromPath(filePath) }));
  }

  /** Starts the parser threads before the first PDF is read. */
  startParsers(): void {
    this.pool ??= openParserPool(Math.max(1, this.threads));
  }

  /** Waits for the index to take in every paper committed. */
  async finish(): Promise<void> {
    if (this.changed) this.catchUpIndex();
    await this.indexing;
    if (this.indexError) throw this.indexError;
  }

  async close(): Promise<void> {
    await this.indexing;
    await this.pool?.close();
    this.pool = null;
  }

  private async commit(filePath: string, file: string, bytes: Buffer, opts: IngestOptions & { committee: string }): Promise<IngestOutcome> {
    const hash = sha256(bytes);
    // The same bytes twice in one load: the second waits for the first, then finds it loaded.
    while (this.inFlight.has(hash)) await this.inFlight.get(hash)!.catch(() => undefined);
    const work = this.commitOnce(filePath, file, bytes, hash, opts);
    this.inFlight.set(hash, work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(hash);
    }
  }

  private async commitOnce(filePath: string, file: string, bytes: Buffer, hash: string, opts: IngestOptions & { committee: string }): Promise<IngestOutcome> {
    const { deps } = this;
    try {
      const holder = await deps.papers.findByHash(hash);
      if (holder) {
        const id = paperId(opts.committee, file);
        const warnings = holder.id === id ? [] : [`identical to ${holder.file} (${holder.id}, committee ${holder.committee}), already loaded`];
        let paper = holder;
        if (holder.id === id && opts.confidential !== undefined && opts.confidential !== holder.confidential) {
          paper = (await deps.papers.update(id, { confidential: opts.confidential })) ?? holder;
          this.changed = true;
        }
        return { status: 'unchanged', file, path: filePath, paper, warnings };
      }
      const { paper, warnings, passages } = await this.parse(file, bytes, { ...opts, now: deps.clock.now() });
      paper.textPrint = textFingerprint(paper.pages.map((p) => p.text).join('\n'));
      const twin = opts.allowDuplicate ? null : await sameText(deps, paper);
      if (twin) {
        const note = `same text as ${oneLine(twin.file)} (${twin.id}, committee ${twin.committee}), already loaded: not loaded again (--allow-duplicate loads it anyway)`;
        return { status: 'unchanged', file, path: filePath, paper: twin, warnings: [note] };
      }
      const previous = await deps.papers.put(paper);
      if (passages) deps.index.offer?.(paper, passages);
      this.changed = true;
      this.catchUpIndex();
      const { pages: _pages, ...meta } = paper;
      return { status: previous ? 'replaced' : 'added', file, path: filePath, paper: meta, warnings };
    } catch (err) {
      const error = toAppError(err);
      const shown = oneLine(file);
      const message = error.message.startsWith(`${file}:`) ? `${shown}:${error.message.slice(file.length + 1)}` : `${shown}: ${error.message}`;
      const named = message === error.message ? error : new AppError(error.code, message, error.details, { cause: err });
      deps.log.info(named.message);
      return { status: 'failed', file, path: filePath, error: named };
    }
  }

  /** PDFs go to the parser threads; web pages and text are quick, and are read here. */
  private parse(file: string, bytes: Buffer, opts: LoadOptions): Promise<Parsed> {
    if (!isPdf(file, bytes)) return loadWithWarnings({ file, bytes }, opts);
    this.startParsers();
    return this.pool!.parse(file, bytes, opts);
  }

  /** Brings the index up to the store in the background, one sync at a time, at most one waiting. */
  private catchUpIndex(): void {
    if (this.indexQueued) return;
    this.indexQueued = true;
    this.indexing = this.indexing.then(async () => {
      this.indexQueued = false;
      // Kept, not thrown here: finish() reports it once the files are done.
      await this.deps.index.sync(this.deps.papers).catch((err: unknown) => void (this.indexError ??= err));
    });
  }

  private tally(outcome: IngestOutcome): IngestOutcome {
    this.progress.done += 1;
    if (outcome.status === 'failed') this.progress.failed += 1;
    else this.progress.pages += outcome.paper.pageCount;
    this.watch.onFile?.(outcome, { ...this.progress });
    return outcome;
  }
}

/** The slots' indices, files by size (largest first); a file that cannot be measured keeps its place at the end. */
async function largestFirst(slots: Array<IngestOutcome | string>): Promise<number[]> {
  const sizes = await Promise.all(slots.map((s) => (typeof s === 'string' ? fs.stat(s).then((st) => st.size, () => -1) : Promise.resolve(-1))));
  return slots.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

function isPdf(file: string, bytes: Buffer): boolean {
  try {
    return sniffFormat(file, bytes) === 'pdf';
  } catch {
    return false;
  }
}

function isPdfName(file: string): boolean {
  return file.toLowerCase().endsWith('.pdf');
}

/**
 * The files under a path. Symbolic links are followed, to files and to folders, except a link back into a folder
 * already being read (a loop) or a link to nothing: those are reported by name with the reason.
 */
async function listFiles(p: string, outcomes: IngestOutcome[], visiting: Set<string> = new Set()): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (err) {
    const link = await fs.lstat(p).then((s) => s.isSymbolicLink()).catch(() => false);
    const target = link ? oneLine(await fs.readlink(p).catch(() => '?')) : '';
    const why = !link
      ? `no such file or folder (${oneLine(p)})`
      : (err as NodeJS.ErrnoException).code === 'ELOOP'
        ? `a symbolic link in a chain of links that leads back to itself (a loop, via ${target}): skipped`
        : `a symbolic link to nothing (${target}): skipped`;
    outcomes.push({ status: 'failed', file: path.basename(p), path: p, error: new AppError('NOT_FOUND', `${oneLine(path.basename(p) || p)}: ${why}`) });
    return [];
  }
  if (!stat.isDirectory()) return stat.isFile() ? [p] : [];
  const real = await fs.realpath(p);
  if (visiting.has(real)) {
    outcomes.push({ status: 'failed', file: path.basename(p), path: p, error: new AppError('BAD_INPUT', `${oneLine(path.basename(p))}: a symbolic link back into a folder already being read (a loop): skipped`) });
    return [];
  }
  visiting.add(real);
  const entries = (await fs.readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    const child = path.join(p, e.name);
    if (e.isDirectory() || e.isSymbolicLink()) files.push(...(await listFiles(child, outcomes, visiting)));
    else if (e.isFile()) files.push(child);
  }
  visiting.delete(real);
  return files;
}

/** A held paper (another id) with the same text, or null. */
async function sameText(deps: IngestDeps, paper: PaperMeta): Promise<PaperMeta | null> {
  if (!paper.textPrint) return null;
  for (const held of await deps.papers.list()) {
    if (held.id === paper.id || !held.textPrint) continue;
    if (sameTextShare(held.textPrint, paper.textPrint) >= SAME_TEXT) return held;
  }
  return null;
}
