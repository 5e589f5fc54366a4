import { z } from 'zod';
import type { Citation } from '../domain.ts';
import { foldWhitespace } from '../quote.ts';
import type { Llm } from './client.ts';
import { dataBlock } from './delimit.ts';
import { numbersGrounded, quotesGrounded } from './verify.ts';

export interface ChangeItem {
  text: string;
  citation: Citation;
}

export const ChangesOutputSchema = z.object({
  summary: z.string(),
});

const MAX_SUMMARY_CHARS = 1200;

/**
 * Summarises what changed in a few plain sentences. Returns null when the model is off or fails, or when the
 * summary quotes words that are not in the items or states figures they do not contain.
 */
export async function summariseChanges(llm: Llm | null, items: ChangeItem[]): Promise<string | null> {
  if (!llm || items.length === 0) return null;
  const blocks = items
    .map((it, i) =>
      dataBlock(
        'item',
        { n: i + 1, paper: it.citation.paper.title, date: it.citation.paper.date ?? 'undated', page: it.citation.pageLabel ?? it.citation.page },
        `${it.text}\n\nQuote: ${it.citation.quote}`,
      ),
    )
    .join('\n\n');
  const result = await llm.chatJson('changes', { items: blocks }, ChangesOutputSchema);
  if (!result.ok) return null;
  const summary = foldWhitespace(result.value.summary);
  const sources = items.flatMap((it) => [it.text, it.citation.quote, it.citation.paper.title, it.citation.paper.date ?? '']);
  if (summary.length === 0 || summary.length > MAX_SUMMARY_CHARS) return null;
  if (!numbersGrounded(summary, sources)) return null;
  if (!quotesGrounded(summary, sources)) return null;
  return summary;
}
