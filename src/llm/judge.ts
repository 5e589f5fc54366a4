import { z } from 'zod';
import type { Llm } from './client.ts';
import { dataBlock } from './delimit.ts';

export const CommitmentOutputSchema = z.object({
  isCommitment: z.boolean(),
  confidence: z.number(),
  reason: z.string().nullable(),
});

export const ReportBackOutputSchema = z.object({
  reportsBack: z.boolean(),
  reason: z.string().nullable(),
});

/**
 * A second opinion over the rules: is this sentence a commitment (someone undertaking to do something)?
 * Returns null when the model is off or fails, so the caller keeps the rules' answer.
 */
export async function judgeCommitment(
  llm: Llm | null,
  sentence: string,
  context: string,
): Promise<{ isCommitment: boolean; confidence: number } | null> {
  if (!llm || sentence.trim() === '') return null;
  const result = await llm.chatJson(
    'commitment',
    { sentence: dataBlock('sentence', {}, sentence), context: dataBlock('context', {}, context) },
    CommitmentOutputSchema,
  );
  if (!result.ok || !Number.isFinite(result.value.confidence)) return null;
  return { isCommitment: result.value.isCommitment, confidence: Math.min(1, Math.max(0, result.value.confidence)) };
}

/**
 * Does this later passage report back on the commitment (progress, completion, or a reason it slipped)?
 * Returns null when the model is off or fails, so the caller keeps the rules' answer.
 */
export async function judgeReportBack(llm: Llm | null, commitment: string, passage: string): Promise<boolean | null> {
  if (!llm || commitment.trim() === '' || passage.trim() === '') return null;
  const result = await llm.chatJson(
    'report-back',
    { commitment: dataBlock('commitment', {}, commitment), passage: dataBlock('passage', {}, passage) },
    ReportBackOutputSchema,
  );
  return result.ok ? result.value.reportsBack : null;
}
