import { z } from 'zod';
import type { Citation } from '../domain.ts';
import { foldWhitespace } from '../quote.ts';
import type { Llm } from './client.ts';
import { dataBlock } from './delimit.ts';
import { numbersGrounded, quotesGrounded } from './verify.ts';

/** The wording of a challenge question; citations are carried from the draft, never from the model. */
export interface ChallengeDraft {
  question: string;
  followUp: string;
  why: string;
  citations: Citation[];
}

export const ChallengeOutputSchema = z.object({
  question: z.string(),
  followUp: z.string(),
  why: z.string(),
});

const CLOSED_OPENERS = /^(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b/i;
const MAX_CHARS = 400;

/** True when text is one open question: ends in '?', does not open like a yes/no question, and is not too long. */
export function isOpenQuestion(text: string): boolean {
  const t = text.trim();
  return t.length > 10 && t.length <= MAX_CHARS && t.endsWith('?') && !CLOSED_OPENERS.test(t);
}

/**
 * Rewords a drafted challenge question. Each field is taken from the model only when it stays grounded (no new
 * figures, any quoted words verbatim in the cited excerpts) and the questions stay open and end in '?'.
 * Citations always come from the draft. On any failure the draft is returned unchanged.
 */
export async function phraseChallenge<T extends ChallengeDraft>(llm: Llm | null, draft: T): Promise<T> {
  if (!llm) return draft;
  const quotes = draft.citations.map((c) => c.quote);
  const excerpts = draft.citations
    .map((c, i) => dataBlock('excerpt', { n: i + 1, paper: c.paper.title, date: c.paper.date ?? 'undated', page: c.pageLabel ?? c.page }, c.quote))
    .join('\n\n');
  const result = await llm.chatJson(
    'challenge',
    {
      question: dataBlock('draft-question', {}, draft.question),
      followUp: dataBlock('draft-follow-up', {}, draft.followUp),
      why: dataBlock('draft-why', {}, draft.why),
      excerpts: excerpts || '(no excerpts)',
    },
    ChallengeOutputSchema,
  );
  if (!result.ok) return draft;
  const sources = [draft.question, draft.followUp, draft.why, ...quotes, ...draft.citations.map((c) => `${c.paper.title} ${c.paper.date ?? ''}`)];
  const grounded = (text: string) => numbersGrounded(text, sources) && quotesGrounded(text, quotes);
  const pick = (proposed: string, original: string, question: boolean) => {
    const t = foldWhitespace(proposed);
    const ok = grounded(t) && (question ? isOpenQuestion(t) : t.length > 0 && t.length <= MAX_CHARS * 2);
    return ok ? t : original;
  };
  return {
    ...draft,
    question: pick(result.value.question, draft.question, true),
    followUp: pick(result.value.followUp, draft.followUp, true),
    why: pick(result.value.why, draft.why, false),
    citations: draft.citations,
  };
}
