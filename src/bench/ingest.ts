import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors.ts';

/** The compiled command line the bench runs, as a user does (`npm run build` first). */
export const CLI = path.resolve('dist/cli/main.js');

export interface IngestRun {
  files: number;
  pages: number;
  failed: number;
  /** Wall time of `scrutiny ingest` from start to exit: every paper stored and indexed, so askable. */
  seconds: number;
  /** The same files through poppler's pdftotext, one file at a time, in the same run. */
  pdftotextSeconds: number | null;
  /** Peak resident memory of the ingest process (MB), when /usr/bin/time can tell. */
  peakRssMb: number | null;
}

/** Every PDF below a folder, skipping the deliberately bad ones. */
export function pdfsUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.pdf') && !path.join(e.parentPath, e.name).includes(`${path.sep}bad${path.sep}`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The store URL of a bench data folder, passed explicitly so that no store named in the environment is touched. */
export function storeOf(dataDir: string): string {
  return `sqlite://${path.join(dataDir, 'store.sqlite')}`;
}

/**
 * Loads `files` with the real command line (`scrutiny ingest --json`) into the store in `dataDir`, timed from
 * process start to exit, then extracts the same files with pdftotext one at a time. Returns both, from the same run.
 */
export function benchIngest(files: string[], dataDir: string): IngestRun {
  if (!fs.existsSync(CLI)) throw new AppError('NOT_FOUND', `${CLI} is missing: run npm run build first`);
  const timeFile = path.join(os.tmpdir(), `scrutiny-bench-time-${process.pid}.txt`);
  const timed = fs.existsSync('/usr/bin/time');
  const argv = [process.execPath, CLI, '--data', dataDir, '--store', storeOf(dataDir), 'ingest', '--json', ...files];
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, ...argv], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 })
    : spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new AppError('INTERNAL', `scrutiny ingest failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`);
  const outcomes = JSON.parse(r.stdout) as Array<{ status: string; paper?: { pages: number } }>;
  const peakKb = timed ? Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  return {
    files: files.length,
    pages: outcomes.reduce((n, o) => n + (o.paper?.pages ?? 0), 0),
    failed: outcomes.filter((o) => o.status === 'failed').length,
    seconds,
    pdftotextSeconds: pdftotext(files),
    peakRssMb: Number.isFinite(peakKb) ? peakKb / 1024 : null,
  };
}

/** Seconds for poppler's pdftotext over the files, one process per file, one after the other; null when not installed. */
export function pdftotext(files: string[]): number | null {
  const t = performance.now();
  for (const file of files) {
    // A file pdftotext cannot read fails as it would for us; only a missing pdftotext stops the comparison.
    const r = spawnSync('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error) return null;
  }
  return (performance.now() - t) / 1000;
}
