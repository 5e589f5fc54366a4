import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { classify, periodOf, sameMeasure, type Figure, type FigureUnit } from '../figures/index.ts';
import { authorityOf, splitOf, type Split } from './split.ts';

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
  return fs.readFileSync(file, 'utf8').split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = RowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new AppError('BAD_INPUT', `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    return [parsed.data];
  });
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
      if (periodOf(a.figure) === periodOf(b.figure) || !sameMeasure(a.figure, b.figure)) continue;
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
    `  ${'measure'.padEnd(34)}${col((s) => s.split)}`,
    `  ${'labelled numbers (figures)'.padEnd(34)}${col((s) => `${s.rows} (${s.tp + s.fn})`)}`,
    `  ${'precision'.padEnd(34)}${col((s) => `${s.tp}/${s.tp + s.fp}  ${pct(s.precision)}`)}`,
    `  ${'recall'.padEnd(34)}${col((s) => `${s.tp}/${s.tp + s.fn}  ${pct(s.recall)}`)}`,
    `  ${'unit right (of found)'.padEnd(34)}${col((s) => pct(s.unitAccuracy))}`,
    `  ${'trend pairs / other body / other measure'.padEnd(34)}${col((s) => `${s.trendPairs} / ${s.trendWrongBody} / ${s.trendWrongMeasure}`)}`,
  ];
  if (showErrors) for (const s of scores.filter((x) => x.split === 'tuning')) for (const e of s.errors) out.push(`  ${e.kind}: “${e.row.value}” in ${e.row.sentence.slice(Math.max(0, e.row.start - 50), e.row.start + 50)}`);
  return out;
}
