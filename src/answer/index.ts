import type { Deps } from '../deps.ts';
import type { Citation, PaperMeta, Scope } from '../domain.ts';
import { focusOf, type Focus } from './focus.ts';
import { namedWords, namesYear, paperContext } from './context.ts';
import { ANSWER_VOCABULARY, asksYesOrNo } from './question.ts';
import type { SearchHit } from '../search/index.ts';
import { hybridRerank, improveAnswer, type NumberedPassage } from '../llm/index.ts';
import { citeSpan } from '../quote.ts';
import { analyzeQuery } from '../search/index.ts';
import type { Candidate, QuestionTerms } from './extract.ts';
import { answerProbability, fittedModel, type AnswerModel } from './model.ts';
import { NOTICE } from './features.ts';
import { authorOf } from './people.ts';
import { rankCandidates } from './rank.ts';
import { asksNow, askedGradeFirst, askedYearFirst, datedLead, latestFirst, leadingQuote, leadOf, toFront } from './lead.ts';
import { questionTerms, withoutFrame } from './terms.ts';
import type { Answer, AskOptions } from './types.ts';

export type { Answer, AskOptions } from './types.ts';
export { renderAnswerText, toAnswerJson } from './render.ts';
export { questionTerms } from './terms.ts';

/** The parts of the deps this capability uses. */
export type AnswerDeps = Pick<Deps, 'index' | 'papers' | 'llm' | 'kv'>;

export const NOT_ANSWERED = "The papers don't answer this question.";
const MAX_CITATIONS = 5;

/** A question read and its candidate answers ranked, before the decision to answer; or a refusal already decided. */
export type Gathered =
  | { kind: 'refused'; answer: Answer }
  | { kind: 'ranked'; q: QuestionTerms; ranked: Candidate[]; papers: Record<string, PaperMeta>; byline: Citation[] };

/** Answers a question from the papers in scope: a lead and verbatim citations, or a plain refusal with the closest passages. */
export async function ask(deps: AnswerDeps, question: string, opts: AskOptions): Promise<Answer> {
  const model = fittedModel();
  const g = await gather(deps, question, opts);
  if (g.kind === 'refused') return g.answer;
  const { q, ranked, papers, byline } = g;
  const confident = ranked.length > 0 && answerProbability(model, ranked.map((c) => ({ p: c.score, x: c.features, paperId: c.hit.paperId, page: c.hit.page })), { type: q.type, polar: asksYesOrNo(question) }) >= model.decision.answerAt;
  const shown = quotable(ranked);
  if (!confident && byline.length === 0) return refusal(question, await cite(deps, shown.slice(0, 3), papers));
  // Only the question's own years: one only the thread gave described an earlier question's inspection ("and five years later?").
  const years = question.match(YEARS) ?? [];
  const worth = shown.filter((c, i) => i === 0 || c.score >= model.citeAt);
  // Only the orderings by year read a paper's dates, and only for a question that names a year.
  const ordered = confident && years.length > 0 && (q.type === 'person' || q.type === 'date' || q.type === 'judgement');
  const dated = await datedYearsOf(deps, ordered ? worth.map((c) => papers[c.hit.paperId]).filter((m): m is PaperMeta => m !== undefined) : []);
  const ofAskedYear = (paperId: string) => papers[paperId] !== undefined && years.some((y) => namesYear(papers[paperId]!, y) || dated.get(paperId)?.has(y) === true);
  const strong = !confident ? [] : q.type === 'person' || q.type === 'date' ? askedYearFirst(worth, ofAskedYear) : askedGradeFirst(worth, ofAskedYear);
  const cited = [...byline, ...(await cite(deps, strong, papers)).filter((c) => !byline.some((b) => b.quote === c.quote))].slice(0, MAX_CITATIONS);
  if (cited.length === 0) return refusal(question, []);
  const led = toFront(cited, leadingQuote(cited, q));
  const latest = latestFirst(led, q, asksNow(question));
  const citations = toFront(led, latest);
  const offline: Answer = {
    question,
    answered: true,
    answer: datedLead(leadOf(citations[0]!.quote, q), citations, q, latest > 0 ? led[0]! : null),
    citations,
    closest: [],
    model: { used: false, note: deps.llm ? null : 'no model configured' },
  };
  return deps.llm ? improveAnswer(deps.llm, question, numbered(strong.slice(0, 8), papers), offline) : offline;
}

/** Reads the question, focuses the papers it names, searches and ranks the candidate spans with their features. */
export async function gather(deps: AnswerDeps, question: string, opts: AskOptions, model?: AnswerModel): Promise<Gathered> {
  await deps.index.sync(deps.papers);
  const asked = withContext(question, opts.history ?? []);
  let query = withoutFrame(asked);
  let q = questionTerms(deps.index, query, asked);
  // A question that is all frame ("What did Ofsted find?") is searched as asked.
  if (q.terms.length === 0 && query !== asked) q = questionTerms(deps.index, (query = asked), asked);
  if (q.terms.length === 0) return { kind: 'refused', answer: refusal(question, [], "Ask about something the papers might cover, for example: How many children in care are there?") };
  const papers = (await deps.papers.catalog()).papers;
  const focus = focusOf(deps.index, Object.values(papers), opts.scope, asked);
  if (focus.unknown.length > 0) return { kind: 'refused', answer: refusal(question, [], `${NOT_ANSWERED.replace(/\.$/, '')}: they never mention ${unknownNames(focus.unknown, asked)}.`) };
  const scope = focus.paperIds ? { ...opts.scope, paperIds: focus.paperIds } : opts.scope;
  if (focus.paperIds && focus.yearsMissing.length > 0) return { kind: 'refused', answer: { ...(await otherYears(deps, asked, focus, papers, scope, model)), question } };
  const lexical = withVocabulary(deps, query, q, scope);
  const hits = deps.llm ? await hybridRerank(deps.llm, query, lexical) : lexical;
  const ranked = await rankCandidates(deps, papers, hits, q, asked, { focus, index: deps.index, fusedOrder: deps.llm !== null, model });
  const author = await authorOf(deps.papers, Object.values(papers), q, asked, scope);
  const byline = author ? [citeSpan(author.meta, author.page, author.start, author.end)] : [];
  return { kind: 'ranked', q, ranked, papers, byline };
}

const FOLLOW_UP = /^(and|what about|how about|what of|is that|are they|does that|did they|why|how|so)\b|\b(it|they|them|that|those|these|this|he|she|his|her|its|their)\b/i;

/** The search hits for the question, then those for the question with the words that carry its kind of answer. */
function withVocabulary(deps: AnswerDeps, query: string, q: QuestionTerms, scope: Scope): SearchHit[] {
  const hits = deps.index.search(query, { scope, limit: 40 });
  const vocabulary = ANSWER_VOCABULARY[q.type];
  if (!vocabulary) return hits;
  const seen = new Set(hits.map((h) => h.passageId));
  const top = Math.max(0, ...hits.map((h) => h.score));
  const extra = deps.index.search(`${query} ${vocabulary}`, { scope, limit: 20 }).filter((h) => !seen.has(h.passageId));
  const extraTop = Math.max(0, ...extra.map((h) => h.score));
  return [...hits, ...extra.map((h) => ({ ...h, score: extraTop > 0 ? (h.score / extraTop) * top * 0.8 : 0 }))];
}

/**
 * A follow-up in a thread is read with the questions before it, oldest first; the years of the latest question that
 * gives any replace the years asked before. A question is a follow-up when it is short, opens or refers back as one
 * does, or names nothing itself (no place or body) while the thread did.
 */
export function withContext(question: string, history: string[]): string {
  if (history.length === 0) return question;
  const ownTerms = analyzeQuery(question).length;
  const namesNothing = namedWords(question).length === 0 && history.some((h) => namedWords(h).length > 0);
  if (!(ownTerms < 3 || FOLLOW_UP.test(question.trim()) || namesNothing)) return question;
  const thread = [...history, question];
  const lastWithYear = thread.findLastIndex((t) => YEAR.test(t));
  return thread.map((t, i) => (i < lastWithYear ? t.replace(new RegExp(YEAR.source, 'g'), ' ') : t)).join(' ');
}

const YEAR = /\b(?:19|20)\d\d\b/;
const YEARS = new RegExp(YEAR.source, 'g');

/** The years of the full dates on each paper's first page (see datedYears), by paper id. */
async function datedYearsOf(deps: AnswerDeps, metas: PaperMeta[]): Promise<Map<string, Set<string>>> {
  const unique = [...new Map(metas.map((m) => [m.id, m])).values()];
  return new Map(await Promise.all(unique.map(async (m) => [m.id, await (await paperContext(deps, m)).years()] as const)));
}

/** The candidates that may be quoted: a copyright or licence notice is never shown as evidence (the decision still weighs every candidate). */
function quotable(ranked: Candidate[]): Candidate[] {
  return ranked.filter((c) => !NOTICE.test(c.text));
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

/** The papers named hold nothing for the year asked: say which years they do hold, with the closest passages of the latest. */
async function otherYears(deps: AnswerDeps, question: string, focus: Focus, papers: Record<string, PaperMeta>, scope: Scope, model?: AnswerModel): Promise<Answer> {
  const held = focus.paperIds!.map((id) => papers[id]).filter((p): p is PaperMeta => p !== undefined && p.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const years = [...new Set(held.map((p) => p.date!.slice(0, 4)))];
  const latest = held.at(-1);
  const query = withoutFrame(question.replace(/\b(?:19|20)\d\d\b/g, ' '));
  const q = questionTerms(deps.index, query, question);
  const hits = latest ? deps.index.search(query, { scope: { ...scope, paperIds: [latest.id] }, limit: 10 }) : [];
  const closest = await cite(deps, quotable(await rankCandidates(deps, papers, hits, q, question, { focus, index: deps.index, model })).slice(0, 2), papers);
  const what = focus.identifying.map((w) => w.replace(/['’]s$/i, '')).join(' ');
  const text = years.length > 0
    ? `The papers on ${what} are from ${listOf(years)}; none is from ${listOf(focus.yearsMissing)}.`
    : `The papers on ${what} hold nothing for ${listOf(focus.yearsMissing)}.`;
  return refusal(question, closest, text);
}

/**
 * The names no paper mentions, as the question gives them: words next to each other in it make one name ("Little
 * Barsetshire"), and separate names are joined by "or" ("Barsetshire or Covenant": the papers mention neither).
 */
function unknownNames(words: string[], question: string): string {
  const names: string[] = [];
  let end = -1;
  for (const w of words) {
    const at = question.indexOf(w, Math.max(0, end));
    if (names.length > 0 && at >= 0 && end >= 0 && /^\s+$/.test(question.slice(end, at))) names[names.length - 1] += ` ${w}`;
    else names.push(w);
    end = at >= 0 ? at + w.length : end;
  }
  return listOf(names, 'or');
}

function listOf(items: string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function refusal(question: string, closest: Citation[], answer = NOT_ANSWERED): Answer {
  return { question, answered: false, answer, citations: [], closest, model: { used: false, note: null } };
}
