import { z } from 'zod';
import type { LabelledSentence } from './types.ts';
import { readJsonLines } from '../jsonl.ts';

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
  return readJsonLines(file, LabelledSchema) as LabelledSentence[];
}
