import type { Deps } from '../deps.ts';
import type { Citation, PaperMeta } from '../domain.ts';
import { hybridRerank, improveAnswer, type NumberedPassage } from '../llm/index.ts';
import { citeSpan } from '../quote.ts';
import { analyzeQuery } from '../search/index.ts';
import type { Candidate, QuestionTerms } from './extract.ts';
import { authorOf } from './people.ts';
import { rankCandidates } from './rank.ts';
import { leadOf } from './lead.ts';
import { questionTerms, withoutFrame } from './terms.ts';
import type { Answer, AskOptions } from './types.ts';

export type { Answer, AskOptions } from './types.ts';
export { renderAnswerText, toAnswerJson } from './render.ts';
export { questionTerms } from './terms.ts';

/** The parts of the deps this capability uses. */
export type AnswerDeps = Pick<Deps, 'index' | 'papers' | 'llm' | 'kv'>;

export const NOT_ANSWERED = "The papers don't answer this question.";
const MAX_CITATIONS = 5;
/**
 * Evidence thresholds, tuned on test/eval/questions.jsonl (see README). A span that gives the kind of answer asked for
 * (a figure, a name, a date) may carry fewer of the question's words when its passage and paper carry the rest.
 */
export const THRESHOLDS = { context: 0.6, span: 0.3, core: 0.4, shortSpan: 0.2, contextForShortSpan: 0.75 };

/** Answers a question from the papers in scope: a lead and verbatim citations, or a plain refusal with the closest passages. */
export async function ask(deps: AnswerDeps, question: string, opts: AskOptions): Promise<Answer> {
  await deps.index.sync(deps.papers);
  const query = withoutFrame(withContext(question, opts.history ?? []));
  const q = questionTerms(deps.index, query, question);
  if (q.terms.length === 0) return refusal(question, [], "Ask about something the papers might cover, for example: How many children in care are there?");
  const lexical = deps.index.search(query, { scope: opts.scope, limit: 40 });
  const hits = deps.llm ? await hybridRerank(deps.llm, query, lexical) : lexical;
  const papers = (await deps.papers.catalog()).papers;
  const ranked = await rankCandidates(deps, papers, hits, q, question, deps.llm !== null);
  const strong = ranked.filter((c) => isStrong(c, q));
  const author = await authorOf(deps.papers, Object.values(papers), q, question, opts.scope);
  const byline = author ? [citeSpan(author.meta, author.page, author.start, author.end)] : [];
  if (strong.length === 0 && byline.length === 0) return refusal(question, await cite(deps, ranked.slice(0, 3), papers));
  const citations = [...byline, ...(await cite(deps, strong, papers)).filter((c) => !byline.some((b) => b.quote === c.quote))].slice(0, MAX_CITATIONS);
  if (citations.length === 0) return refusal(question, []);
  const offline: Answer = {
    question,
    answered: true,
    answer: leadOf(citations[0]!.quote, q),
    citations,
    closest: [],
    model: { used: false, note: deps.llm ? null : 'no model configured' },
  };
  return deps.llm ? improveAnswer(deps.llm, question, numbered(strong.slice(0, 8), papers), offline) : offline;
}

function isStrong(c: Candidate, q: QuestionTerms): boolean {
  const span = c.fits && q.type !== 'open' && c.context >= THRESHOLDS.contextForShortSpan ? THRESHOLDS.shortSpan : THRESHOLDS.span;
  if (c.context < THRESHOLDS.context || c.coverage < span || c.core < THRESHOLDS.core) return false;
  if (c.heading || c.unmet.length > 0) return false;
  if (q.type === 'quantity' && !c.rarest && c.core < 0.6) return false;
  return q.type === 'open' || c.fits;
}

const FOLLOW_UP = /^(and|what about|how about|what of|is that|are they|does that|did they|why|how|so)\b|\b(it|they|them|that|those|these|this|he|she|his|her|its|their)\b/i;

/** A follow-up in a thread is read with the question before it. */
function withContext(question: string, history: string[]): string {
  const previous = history.at(-1);
  if (!previous) return question;
  const ownTerms = analyzeQuery(question).length;
  return ownTerms < 3 || FOLLOW_UP.test(question.trim()) ? `${previous} ${question}` : question;
}

/** The strongest passages, numbered for the model, with paper, date and page taken from the store. */
function numbered(candidates: Candidate[], papers: Record<string, PaperMeta>): NumberedPassage[] {
  return candidates.flatMap((c) => {
    const meta = papers[c.hit.paperId];
    if (!meta) return [];
    const { quote: _whole, ...citationBase } = citeSpan(meta, { number: c.hit.page, label: c.hit.pageLabel, text: c.hit.text }, 0, c.hit.text.length);
    return [{ citationBase, text: c.hit.text }];
  }).map((p, i) => ({ n: i + 1, ...p }));
}
async function cite(deps: AnswerDeps, candidates: Candidate[], papers: Record<string, PaperMeta>): Promise<Citation[]> {
  const out: Citation[] = [];
  for (const c of candidates) {
    const meta = papers[c.hit.paperId];
    if (!meta) continue;
    const page = { number: c.hit.page, label: c.hit.pageLabel, text: c.hit.text };
    out.push(citeSpan(meta, page, c.start - c.hit.start, c.end - c.hit.start));
  }
  return out;
}

function refusal(question: string, closest: Citation[], answer = NOT_ANSWERED): Answer {
  return { question, answered: false, answer, citations: [], closest, model: { used: false, note: null } };
}
