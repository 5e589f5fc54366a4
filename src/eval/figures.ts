import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Deps } from '../deps.ts';
import { classify, figuresOfPaper, trendPair, type Figure, type FigureUnit, type PaperFigure } from '../figures/index.ts';
import { authorityOf, splitOf, type Split } from './split.ts';
import { readJsonLines } from '../jsonl.ts';

export const LABELLED_FIGURES = 'eval/figures/figures.jsonl';

const RowSchema = z.object({
  id: z.string(),
  file: z.string(),
  authority: z.string(),
  page: z.number().int().nullable(),
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  value: z.string().min(1),
  unit: z.string().nullable(),
  measure: z.string().nullable(),
  body: z.string().nullable(),
  date: z.string().nullable(),
  isFigure: z.boolean(),
});
export type LabelledFigure = z.infer<typeof RowSchema>;

/** Precision and recall of figure finding on one part of the labelled set. */
export interface FigureScores {
  split: Split;
  rows: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** Of the figures found and labelled, the share with the labelled unit. */
  unitAccuracy: number;
  /** Pairs the trend rule would join (same measure, different year): how many, and how many join different bodies or measures. */
  trendPairs: number;
  trendWrongBody: number;
  trendWrongMeasure: number;
  errors: Array<{ kind: 'fp' | 'fn'; row: LabelledFigure }>;
}

/** Reads the labelled figures (JSON lines), naming the line that is wrong. */
export function loadLabelledFigures(file = LABELLED_FIGURES): LabelledFigure[] {
  return readJsonLines(file, RowSchema);
}

/** Scores figure extraction on the labelled rows, tuning and held-out apart (split by authority). */
export function scoreFigures(rows: LabelledFigure[]): FigureScores[] {
  return (['tuning', 'held-out'] as const).map((split) => scoreSplit(split, rows.filter((r) => splitOf(authorityOf(r.file)) === split)));
}

function scoreSplit(split: Split, rows: LabelledFigure[]): FigureScores {
  let tp = 0, fp = 0, fn = 0, tn = 0, unitsRight = 0;
  const errors: FigureScores['errors'] = [];
  const found: Array<{ row: LabelledFigure; figure: Figure }> = [];
  for (const row of rows) {
    const figure = classify(row.sentence, { date: row.date, body: row.authority }).figures.find((f) => f.start === row.start) ?? null;
    if (figure && row.isFigure) {
      tp++;
      if (figure.unit === (row.unit as FigureUnit)) unitsRight++;
      found.push({ row, figure: { ...figure, body: row.body === 'England' ? figure.body : row.authority } });
    } else if (figure) {
      fp++;
      errors.push({ kind: 'fp', row });
    } else if (row.isFigure) {
      fn++;
      errors.push({ kind: 'fn', row });
    } else tn++;
  }
  let trendPairs = 0, trendWrongBody = 0, trendWrongMeasure = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i]!, b = found[j]!;
      if (!trendPair(a.figure, b.figure)) continue;
      trendPairs++;
      if (a.row.body !== b.row.body) trendWrongBody++;
      if (norm(a.row.measure) !== norm(b.row.measure)) trendWrongMeasure++;
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return { split, rows: rows.length, tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), unitAccuracy: ratio(unitsRight, tp), trendPairs, trendWrongBody, trendWrongMeasure, errors };
}

function norm(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The figure scores as a table, tuning and held-out side by side, with the errors of the tuning part. */
export function figureLines(scores: FigureScores[], file = LABELLED_FIGURES, showErrors = true): string[] {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const col = (f: (s: FigureScores) => string) => scores.map((s) => f(s).padEnd(20)).join('');
  const out = [
    `Figures (${file}; split by authority)`,
    `  ${'measure'.padEnd(42)}${col((s) => s.split)}`,
    `  ${'labelled numbers (figures)'.padEnd(42)}${col((s) => `${s.rows} (${s.tp + s.fn})`)}`,
    `  ${'precision'.padEnd(42)}${col((s) => `${s.tp}/${s.tp + s.fp}  ${pct(s.precision)}`)}`,
    `  ${'recall'.padEnd(42)}${col((s) => `${s.tp}/${s.tp + s.fn}  ${pct(s.recall)}`)}`,
    `  ${'unit right (of found)'.padEnd(42)}${col((s) => pct(s.unitAccuracy))}`,
    `  ${'trend pairs / other body / other measure'.padEnd(42)}${col((s) => `${s.trendPairs} / ${s.trendWrongBody} / ${s.trendWrongMeasure}`)}`,
  ];
  if (showErrors) for (const s of scores.filter((x) => x.split === 'tuning')) for (const e of s.errors) out.push(`  ${e.kind}: “${e.row.value}” in ${e.row.sentence.slice(Math.max(0, e.row.start - 50), e.row.start + 50)}`);
  return out;
}

export const LABELLED_TRENDS = 'eval/figures/trends.jsonl';

const SideSchema = z.object({ file: z.string(), authority: z.string(), page: z.number().int(), sentence: z.string(), start: z.number().int(), value: z.string() });
const PairSchema = z.object({ id: z.string(), a: SideSchema, b: SideSchema, sameMeasure: z.boolean() });
type LabelledPair = z.infer<typeof PairSchema>;

/** How the trend rule does on labelled pairs of figures (same measure of the same body, or not). */
export interface TrendScores {
  pairs: number;
  joined: number;
  joinedRight: number;
  /** Labelled pairs whose figures the extractor no longer finds. */
  missing: number;
  precision: number;
  recall: number;
  wrong: LabelledPair[];
}

/** Scores the trend rule on labelled pairs over the loaded papers (papers are found by file name). */
export async function scoreTrends(deps: Pick<Deps, 'papers'>, file = LABELLED_TRENDS): Promise<TrendScores | null> {
  if (!fs.existsSync(file)) return null;
  const pairs = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const parsed = PairSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new AppError('BAD_INPUT', `${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    return parsed.data;
  });
  const byFile = new Map<string, PaperFigure[]>();
  for (const meta of await deps.papers.list()) {
    if (!pairs.some((p) => p.a.file === meta.file || p.b.file === meta.file)) continue;
    const paper = await deps.papers.load(meta);
    if (paper) byFile.set(meta.file, [...(byFile.get(meta.file) ?? []), ...figuresOfPaper(paper)]);
  }
  const find = (s: LabelledPair['a']) => byFile.get(s.file)?.find((f) => f.page.number === s.page && f.sentence === s.sentence && f.start === s.start) ?? null;
  let joined = 0, joinedRight = 0, missing = 0, labelledSame = 0, foundSame = 0;
  const wrong: LabelledPair[] = [];
  for (const p of pairs) {
    if (p.sameMeasure) labelledSame++;
    const a = find(p.a), b = find(p.b);
    if (!a || !b) {
      missing++;
      continue;
    }
    const join = trendPair(a, b);
    if (join) joined++;
    if (join && p.sameMeasure) joinedRight++;
    if (join && p.sameMeasure) foundSame++;
    if (join !== p.sameMeasure) wrong.push(p);
  }
  return { pairs: pairs.length, joined, joinedRight, missing, precision: joined === 0 ? 1 : joinedRight / joined, recall: labelledSame === 0 ? 1 : foundSame / labelledSame, wrong };
}

/** The trend scores in a few lines. */
export function trendLines(s: TrendScores, file = LABELLED_TRENDS): string[] {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  return [
    `Trends (${file}: ${s.pairs} labelled pairs of figures; all from authorities in the tuning part)`,
    `  pairs joined ${s.joined}, of the same measure and body ${s.joinedRight} (precision ${pct(s.precision)}), recall ${pct(s.recall)}${s.missing ? `, ${s.missing} pairs no longer found` : ''}`,
    ...s.wrong.map((p) => `  ${p.sameMeasure ? 'missed' : 'wrongly joined'}: “${p.a.value}” (${p.a.sentence.slice(0, 60)}…) with “${p.b.value}” (${p.b.sentence.slice(0, 60)}…)`),
  ];
}
