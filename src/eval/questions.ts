import { z } from 'zod';
import { readJsonLines } from '../jsonl.ts';

/** One line of a question file, in the format of shared/eval/questions.jsonl. */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  expect: z.array(z.string()).default([]),
  source: z.string().optional(),
  page: z.number().int().positive().optional(),
  kind: z.string().optional(),
  /** Any one of these must stand in the answer's lead line (the figure, name, date or grade asked for). */
  expectLead: z.array(z.string()).default([]),
  /** Earlier questions of the same thread, oldest first (follow-ups). */
  history: z.array(z.string()).default([]),
  /** Other pages of the source that give the same answer in the same words. */
  alsoOn: z.array(z.number().int().positive()).default([]),
  /** Other papers (and pages) that repeat the answer word for word. */
  alsoIn: z.array(z.object({ source: z.string(), page: z.number().int().positive().optional() })).default([]),
  /** The authority (or body) the question is about: decides its split. */
  authority: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** True when the papers hold no answer and the right reply is to say so. */
export function isUnanswerable(q: EvalQuestion): boolean {
  return q.kind === 'unanswerable' || q.expect.length === 0;
}

/** Reads a JSON-lines question file, naming the file and line of anything malformed. */
export function loadQuestions(file: string): EvalQuestion[] {
  return readJsonLines(file, EvalQuestionSchema);
}
