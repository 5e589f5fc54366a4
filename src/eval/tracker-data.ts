import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ActionDeps } from '../actions/index.ts';
import { fixedClock } from '../clock.ts';
import type { Paper } from '../domain.ts';
import { ingestPaths } from '../ingest/index.ts';
import { silentLogger } from '../log.ts';
import { openSearchIndex } from '../search/index.ts';
import { openKvStore, PaperRepo } from '../store/index.ts';
import { splitOf, type Split } from './split.ts';
import { readJsonLines } from '../jsonl.ts';
import { inInspectionSeries } from './config.ts';

/** Where the tracker's labels live (written by hand; see eval/tracker/README.md). */
export const TRACKER_LABELS = { sentences: 'eval/tracker/sentences.jsonl', reportback: 'eval/tracker/reportback.jsonl' };

const SentenceLabel = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  file: z.string().min(1),
  authority: z.string().min(1),
  page: z.number().int().positive().nullable().optional().transform((v) => v ?? null),
  sentence: z.string().min(1),
  commitment: z.boolean(),
  kind: z.string().nullable().optional(),
  lookalike: z.string().nullable().optional(),
  owner: z.string().nullable().optional(),
  due: z.string().nullable().optional(),
  dueText: z.string().nullable().optional(),
  leadIn: z.string().nullable().optional(),
});
export type SentenceLabel = z.infer<typeof SentenceLabel>;

const ReportBackLabel = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  authority: z.string().min(1),
  file: z.string().min(1),
  page: z.number().int().positive().nullable().optional().transform((v) => v ?? null),
  item: z.string().min(1),
  laterFile: z.string().nullable().optional(),
  laterPage: z.number().int().positive().nullable().optional(),
  evidence: z.string().nullable().optional(),
  verdict: z.enum(['progress', 'no-progress', 'not-reported']),
});
export type ReportBackLabel = z.infer<typeof ReportBackLabel>;

/** Reads a JSON-lines label file, naming the line that is wrong; a missing file gives []. */
export function readLabels<T>(file: string, schema: z.ZodType<T>): T[] {
  return fs.existsSync(file) ? (readJsonLines(file, schema) as T[]) : [];
}

export function readSentenceLabels(file = TRACKER_LABELS.sentences): SentenceLabel[] {
  return readLabels(file, SentenceLabel);
}

export function readReportBackLabels(file = TRACKER_LABELS.reportback): ReportBackLabel[] {
  return readLabels(file, ReportBackLabel);
}

/** The file a label names, found under the repository, ../shared, or as given. */
export function resolveLabelFile(file: string, authority?: string): string | null {
  const shared = path.resolve('..', 'shared');
  const tries = [file, path.resolve(file), path.join(shared, file), path.join(shared, file.replace(/^(?:\.\.\/)?shared\//, ''))];
  if (authority) tries.push(path.join(shared, 'ofsted', authority, file), path.join(shared, 'corpus', authority, file), path.resolve('seeds', file), path.join(shared, 'seeds', file));
  const hit = tries.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (hit || !authority) return hit ?? null;
  const root = path.join(shared, 'corpus', authority);
  if (!fs.existsSync(root)) return null;
  for (const sub of fs.readdirSync(root)) {
    const f = path.join(root, sub, path.basename(file));
    if (fs.existsSync(f)) return f;
  }
  return null;
}

/** One authority's papers loaded into an in-memory store and index, as the product would hold them. */
export interface LoadedAuthority {
  authority: string;
  split: Split;
  deps: ActionDeps;
  /** By file base name. */
  papers: Map<string, Paper>;
  missing: string[];
  close(): void;
}

/**
 * Loads the papers an authority's labels name (and, for inspection folders, every report in the folder, so the
 * "next inspection" is the real next one), each under the committee its folder names.
 */
export async function loadAuthority(authority: string, files: string[]): Promise<LoadedAuthority> {
  const store = await openKvStore('memory:');
  const index = openSearchIndex(':memory:');
  const deps = { store, kv: store.kv, papers: new PaperRepo(store.kv), index, clock: fixedClock('2026-11-30T09:00:00Z'), log: silentLogger };
  const missing: string[] = [];
  const wanted = new Set<string>();
  for (const f of files) {
    const full = resolveLabelFile(f, authority);
    if (!full) {
      missing.push(f);
      continue;
    }
    wanted.add(full);
    if (inInspectionSeries(full)) {
      for (const sib of fs.readdirSync(path.dirname(full))) if (sib.endsWith('.pdf')) wanted.add(path.join(path.dirname(full), sib));
    }
  }
  const committee = (f: string) => (inInspectionSeries(f) ? authority : undefined);
  for (const f of [...wanted].sort()) await ingestPaths(deps, [f], { committee: committee(f) });
  const papers = new Map<string, Paper>();
  for (const meta of await deps.papers.list()) {
    const p = await deps.papers.load(meta);
    if (p) papers.set(p.file, p);
  }
  return { authority, split: splitOf(authority), deps, papers, missing, close: () => index.close() };
}

/** The labels grouped by authority, in a stable order. */
export function byAuthority<T extends { authority: string }>(labels: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const l of labels) out.set(l.authority, [...(out.get(l.authority) ?? []), l]);
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
}
