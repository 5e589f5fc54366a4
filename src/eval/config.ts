import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const EvalConfigSchema = z.object({
  seenBefore: z.array(z.string()),
  corpus: z.array(z.string()),
  inspectionSeries: z.array(z.string()),
});

/** What the evaluation knows of the labelled material (eval/config.json): the data's names stay out of src/. */
export type EvalConfig = z.infer<typeof EvalConfigSchema>;

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../eval/config.json');

/** Reads eval/config.json once. */
export const evalConfig: EvalConfig = EvalConfigSchema.parse(JSON.parse(fs.readFileSync(FILE, 'utf8')));

/** True when a file stands in a folder of one authority's successive inspections. */
export function inInspectionSeries(file: string): boolean {
  const parts = path.normalize(file).split(path.sep);
  return evalConfig.inspectionSeries.some((s) => {
    const want = s.split('/');
    return parts.some((_, i) => want.every((w, k) => parts[i + k] === w));
  });
}
