import os from 'node:os';
import { Piscina } from 'piscina';
import type { Paper } from '../domain.ts';
import { analysePaper, type AnalysedPassage } from '../search/index.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import type { LoadOptions } from './types.ts';

/** One document for a worker: its name, its bytes (moved to the worker, not copied) and how to load it. */
export interface ParseTask {
  file: string;
  bytes: Uint8Array;
  opts: LoadOptions;
  /** Whether the thread also analyses the paper's passages for the search index (otherwise the main thread does). */
  analyse: boolean;
}

export type ParseResult = { ok: true; paper: Paper; warnings: string[]; passages?: AnalysedPassage[] } | { ok: false; error: { code: ErrorCode; message: string; details: Record<string, unknown> } };

/** A parsed document: the paper, what a person should be warned of, and (from a parser thread) its analysed passages. */
export interface Parsed {
  paper: Paper;
  warnings: string[];
  passages?: AnalysedPassage[];
}

/** Parses documents on worker threads, as many as asked (at most one per core). */
export interface ParserPool {
  readonly threads: number;
  /** The loaded paper, its warnings and its analysed passages; throws the AppError the loader raised, naming the file. */
  parse(file: string, bytes: Buffer, opts: LoadOptions): Promise<Parsed>;
  close(): Promise<void>;
}

/** How many cores the process may use. */
export function coreCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * How many threads to parse with: one per core but one, and at least one. The core left over runs the main thread
 * (which stores and indexes what the parsers send) and the engine's compiler and garbage-collector threads. Measured
 * on 2 cores shared with other work, a second parser thread made a load slower, not faster: the corpus took 5.7 s
 * against 4.4 s with one, and a sample of 60 Ofsted reports 11.5 s against 10.0 s, since each thread compiles and
 * collects pdfjs for itself and both then compete for the cores with everything else.
 */
export function parserThreads(cores: number = coreCount()): number {
  return Math.max(1, cores - 1);
}

/**
 * Starts a pool of `threads` parser threads. From the compiled build the workers run dist/ingest/parse-worker.js;
 * from the TypeScript sources (tests, `tsx`) they run parse-worker.ts through tsx.
 */
export function openParserPool(threads: number): ParserPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const size = Math.max(1, Math.min(threads, coreCount()));
  const pool = new Piscina<ParseTask, ParseResult>({
    filename: new URL(fromSource ? './parse-worker.ts' : './parse-worker.js', import.meta.url).href,
    minThreads: size,
    maxThreads: size,
    // One document per thread at a time; the rest wait in the pool's queue.
    concurrentTasksPerWorker: 1,
    idleTimeout: 10_000,
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  });
  // With one parser thread, the main thread (which otherwise waits for it) analyses the passages, so that the parser
  // goes on to the next document sooner; with several, they do, so that the main thread keeps up with them.
  const analyse = size > 1;
  return {
    threads: size,
    async parse(file, bytes, opts) {
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const data = owned ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
      const result = await pool.run({ file, bytes: data, opts, analyse }, { transferList: [data.buffer as ArrayBuffer] });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      return { paper: result.paper, warnings: result.warnings, passages: result.passages ?? analysePaper(result.paper) };
    },
    close: () => pool.destroy(),
  };
}
