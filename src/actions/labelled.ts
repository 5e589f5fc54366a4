import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { LabelledSentence } from './types.ts';

const LabelledSchema = z.object({
  file: z.string().min(1),
  page: z.number().int().positive().nullable(),
  sentence: z.string().min(1),
  commitment: z.boolean(),
  owner: z.string().optional(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  reportedBack: z.boolean().optional(),
});

/** Reads a labelled set (JSON lines), naming the line that is wrong. */
export function loadLabelled(file: string): LabelledSentence[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: LabelledSentence[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new AppError('BAD_INPUT', `${file}:${i + 1} is not JSON`);
    }
    const parsed = LabelledSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('BAD_INPUT', `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    out.push(parsed.data as LabelledSentence);
  });
  return out;
}
