import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Paper } from '../domain.ts';
import { loadDocument } from '../ingest/index.ts';

export interface IngestBench {
  files: number;
  pages: number;
  oursSeconds: number;
  pdftotextSeconds: number | null;
  papers: Paper[];
}

/** Every PDF below a folder, skipping the deliberately bad ones. */
export function pdfsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.pdf') && !path.join(e.parentPath, e.name).includes(`${path.sep}bad${path.sep}`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Loads every corpus PDF with the product's loader, then extracts the same files with poppler's pdftotext, in the same run. */
export async function benchIngest(files: string[]): Promise<IngestBench> {
  const papers: Paper[] = [];
  const t0 = performance.now();
  for (const file of files) {
    papers.push(await loadDocument({ file, bytes: fs.readFileSync(file) }, { committee: path.basename(path.dirname(file)), now: new Date() }));
  }
  const oursSeconds = (performance.now() - t0) / 1000;
  let pdftotextSeconds: number | null = null;
  try {
    const t1 = performance.now();
    for (const file of files) execFileSync('pdftotext', ['-q', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    pdftotextSeconds = (performance.now() - t1) / 1000;
  } catch {
    pdftotextSeconds = null;
  }
  return { files: files.length, pages: papers.reduce((n, p) => n + p.pages.length, 0), oursSeconds, pdftotextSeconds, papers };
}
