import { z } from 'zod';
import type { Answer } from '../answer/types.ts';
import type { Citation } from '../domain.ts';
import { foldForCompare, foldWhitespace } from '../quote.ts';
import type { Llm } from './client.ts';
import { dataBlock } from './delimit.ts';
import { numbersGrounded, quotesGrounded, verifiedQuote } from './verify.ts';

/** A stored passage offered to the model under a number; page and date come from `citationBase`, never from the model. */
export interface NumberedPassage {
  n: number;
  citationBase: Omit<Citation, 'quote'>;
  /** The passage's verbatim text from the stored paper. */
  text: string;
}

const ClaimSchema = z.object({
  statement: z.string(),
  excerpt: z.number().int(),
  quote: z.string(),
});

export const AnswerOutputSchema = z.object({
  claims: z.array(ClaimSchema),
  unanswered: z.string().nullable(),
});

const MAX_CLAIMS = 6;
const MAX_CITATIONS = 5;
const MAX_STATEMENT_CHARS = 600;

/** Renders numbered passages as delimited data blocks for a prompt. */
export function excerptBlocks(passages: NumberedPassage[]): string {
  return passages
    .map((p) =>
      dataBlock(
        'excerpt',
        { n: p.n, paper: p.citationBase.paper.title, date: p.citationBase.paper.date ?? 'undated', page: p.citationBase.pageLabel ?? p.citationBase.page },
        p.text,
      ),
    )
    .join('\n\n');
}

/**
 * Asks the model to phrase an answer from the numbered passages, then keeps only claims whose quote stands
 * verbatim in the passage they name. Any failure, or nothing verifiable, returns the offline answer with a note.
 * A refusal (offline.answered false) stays a refusal: the model is not asked.
 */
export async function improveAnswer(llm: Llm | null, question: string, passages: NumberedPassage[], offline: Answer): Promise<Answer> {
  const keep = (note: string): Answer => ({ ...offline, model: { used: false, note } });
  if (!llm) return keep('no model configured');
  if (!offline.answered) return keep('not asked: the papers do not answer this question');
  if (passages.length === 0) return keep('not asked: no passages to work from');
  const result = await llm.chatJson(
    'answer',
    { question: dataBlock('question', {}, question), excerpts: excerptBlocks(passages) },
    AnswerOutputSchema,
  );
  if (!result.ok) return keep(`model not used: ${result.reason}`);
  const checked = checkClaims(result.value.claims, passages);
  if (checked.statements.length === 0) {
    return keep(`model not used: none of its quotes could be found in the papers${checked.dropped ? ` (${checked.dropped} dropped)` : ''}`);
  }
  return {
    ...offline,
    answer: checked.statements.join(' '),
    citations: mergeCitations(offline.citations, checked.citations),
    model: { used: true, note: checked.dropped > 0 ? `${checked.dropped} claim(s) left out: their quotes could not be found in the papers` : null },
  };
}

/**
 * The evidence keeps the product's own ranking: the offline citations first, then the model's verified quotes that
 * add something, up to five. The model changes the wording of the answer, never which evidence leads.
 */
function mergeCitations(offline: Citation[], fromModel: Citation[]): Citation[] {
  const covered = (c: Citation) => offline.some((o) => o.paper.id === c.paper.id && o.page === c.page && (o.quote.includes(c.quote) || c.quote.includes(o.quote)));
  return [...offline, ...fromModel.filter((c) => !covered(c))].slice(0, Math.max(5, offline.length));
}

interface Checked {
  statements: string[];
  citations: Citation[];
  dropped: number;
}

/** Verifies each claim's quote against the passage it names; unverifiable claims are dropped, never shown. */
export function checkClaims(claims: Array<z.infer<typeof ClaimSchema>>, passages: NumberedPassage[]): Checked {
  const byN = new Map(passages.map((p) => [p.n, p]));
  const out: Checked = { statements: [], citations: [], dropped: 0 };
  const seen = new Set<string>();
  for (const claim of claims.slice(0, MAX_CLAIMS)) {
    const passage = byN.get(claim.excerpt);
    const quote = passage ? verifiedQuote(claim.quote, passage.text) : null;
    const statement = foldWhitespace(claim.statement).slice(0, MAX_STATEMENT_CHARS);
    const sources = passage ? [passage.text, passage.citationBase.paper.title, passage.citationBase.paper.date ?? ''] : [];
    if (!passage || !quote || statement.length === 0 || !numbersGrounded(statement, sources) || !quotesGrounded(statement, [passage.text])) {
      out.dropped++;
      continue;
    }
    out.statements.push(/[.!?]$/.test(statement) ? statement : `${statement}.`);
    const key = `${passage.citationBase.paper.id}|${passage.citationBase.page}|${foldForCompare(quote)}`;
    if (!seen.has(key) && out.citations.length < MAX_CITATIONS) {
      seen.add(key);
      out.citations.push({ ...passage.citationBase, quote });
    }
  }
  return out;
}
