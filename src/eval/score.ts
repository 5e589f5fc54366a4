import type { Answer } from '../answer/types.ts';
import type { Paper } from '../domain.ts';
import { citationHolds, foldForCompare } from '../quote.ts';
import { isUnanswerable, type EvalQuestion } from './questions.ts';
import type { Split } from './split.ts';

/** How one answer fared against its question. */
export interface QuestionScore {
  id: string;
  question: string;
  kind: string;
  split: Split;
  unanswerable: boolean;
  answered: boolean;
  /** Answerable: an expected string stands in a top-3 quote from the right paper, on the right page. Unanswerable: refused. */
  correct: boolean;
  found: boolean;
  /** null when the question names no page. */
  rightPage: boolean | null;
  /** null when the question gives no `expectLead`. */
  leadRight: boolean | null;
  verbatim: boolean;
  citations: number;
  lead: string;
  firstQuote: string | null;
}

/** Scores an answer: found in the top 3 citations, on the right page, the lead right, every quote verbatim, refused when it should be. */
export function scoreAnswer(q: EvalQuestion, a: Answer, papers: Map<string, Paper>, split: Split): QuestionScore {
  const unanswerable = isUnanswerable(q);
  const top = a.citations.slice(0, 3);
  const expected = q.expect.map(foldForCompare);
  const places = [{ source: q.source, page: q.page }, ...q.alsoOn.map((page) => ({ source: q.source, page })), ...q.alsoIn];
  const matching = top.filter(
    (c) => (!q.source || places.some((p) => p.source === c.paper.file)) && expected.some((e) => foldForCompare(c.quote).includes(e)),
  );
  const found = !unanswerable && a.answered && matching.length > 0;
  const rightPage = q.page === undefined || unanswerable ? null : matching.some((c) => places.some((p) => p.source === c.paper.file && (p.page === undefined || p.page === c.page)));
  const lead = foldForCompare(a.answer);
  const leadRight = unanswerable || q.expectLead.length === 0 ? null : a.answered && q.expectLead.some((e) => lead.includes(foldForCompare(e)));
  const all = [...a.citations, ...a.closest];
  const verbatim = all.every((c) => {
    const paper = papers.get(c.paper.id);
    return paper !== undefined && citationHolds(c, paper);
  });
  return {
    id: q.id,
    question: q.question,
    kind: unanswerable ? 'unanswerable' : (q.kind ?? 'direct'),
    split,
    unanswerable,
    answered: a.answered,
    correct: unanswerable ? !a.answered : found && rightPage !== false,
    found,
    rightPage,
    leadRight,
    verbatim,
    citations: a.citations.length,
    lead: a.answer,
    firstQuote: a.citations[0]?.quote ?? a.closest[0]?.quote ?? null,
  };
}

/** Totals over a run, as shares of the questions they apply to. */
export interface EvalTotals {
  questions: number;
  answerable: number;
  unanswerable: number;
  foundTop3: number;
  rightPage: number;
  withPage: number;
  leadRight: number;
  withLead: number;
  verbatim: number;
  refusedCorrectly: number;
  falseRefusals: number;
  correct: number;
}

/** Adds up a run's scores. */
export function totals(scores: QuestionScore[]): EvalTotals {
  const answerable = scores.filter((s) => !s.unanswerable);
  const unanswerable = scores.filter((s) => s.unanswerable);
  const withPage = answerable.filter((s) => s.rightPage !== null);
  const withLead = answerable.filter((s) => s.leadRight !== null);
  return {
    questions: scores.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    foundTop3: answerable.filter((s) => s.correct).length,
    rightPage: withPage.filter((s) => s.rightPage).length,
    withPage: withPage.length,
    leadRight: withLead.filter((s) => s.leadRight).length,
    withLead: withLead.length,
    verbatim: scores.filter((s) => s.verbatim).length,
    refusedCorrectly: unanswerable.filter((s) => !s.answered).length,
    falseRefusals: answerable.filter((s) => !s.answered).length,
    correct: scores.filter((s) => s.correct).length,
  };
}
