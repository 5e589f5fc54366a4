import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { Citation } from '../domain.ts';
import { judgeCommitment, judgeReportBack, type Llm } from '../llm/index.ts';
import type { Commitment } from './types.ts';

/** How sure the model must be before its "not a commitment" overrides the rules. */
const VETO_CONFIDENCE = 0.7;

interface Opinion {
  isCommitment: boolean;
  /** One verdict per evidence quote, in order: false when the model says it does not report on the commitment. */
  reports: boolean[];
}

/**
 * The model's second opinion over the rules: it may set aside a sentence the rules took for a commitment (when
 * confident) and evidence it judges not to report on it. It never adds either. Without a model, or when the model
 * fails, the rules' answer stands. Opinions are kept in the store per model, commitment and evidence.
 */
export async function withSecondOpinion(llm: Llm | null | undefined, kv: Keyv, c: Commitment, evidence: Citation[]): Promise<{ keep: boolean; evidence: Citation[] }> {
  if (!llm) return { keep: true, evidence };
  const key = `action-opinion:${llm.model}:${c.id}:${digest(evidence.map((e) => e.quote).join('\n'))}`;
  let opinion = (await kv.get(key)) as Opinion | undefined;
  if (!opinion) {
    const judged = await judgeCommitment(llm, c.text, `${c.paper.title} (${c.paper.date ?? 'undated'})`);
    const reports = await Promise.all(evidence.map((e) => judgeReportBack(llm, c.text, e.quote)));
    opinion = { isCommitment: !(judged && !judged.isCommitment && judged.confidence >= VETO_CONFIDENCE), reports: reports.map((r) => r !== false) };
    if (judged !== null) await kv.set(key, opinion);
  }
  return { keep: opinion.isCommitment, evidence: evidence.filter((_, i) => opinion!.reports[i] !== false) };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
