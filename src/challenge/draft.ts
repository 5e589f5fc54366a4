import { listActions, type ActionItem } from '../actions/index.ts';
import type { Deps } from '../deps.ts';
import { inScope, type Paper, type Scope } from '../domain.ts';
import { phraseChallenge } from '../llm/index.ts';
import { analyzeText } from '../search/index.ts';
import { locateQuote, sameQuote } from './cite.ts';
import { findContradictions } from './contradictions.ts';
import { commitmentQuestion, contradictionQuestion, signalQuestion } from './questions.ts';
import { findClaims, findFigures, findRisks } from './signals.ts';
import type { ChallengeQuestion, SentenceSpan, Signal } from './types.ts';

/** The parts of the deps this capability uses. */
export type ChallengeDeps = Pick<Deps, 'index' | 'papers' | 'llm' | 'kv'>;

export interface ChallengeOptions {
  topic?: string;
  committee?: string;
  paperId?: string;
  /** YYYY-MM-DD: papers after it are ignored and commitments are judged overdue against it. */
  asOf: string;
  scope: Scope;
}

const MAX_QUESTIONS = 12;
const CAPS = { overdue: 6, contradiction: 3, unreported: 2, perKind: 3 };

/** The scope narrowed to a committee, and the papers within it dated on or before as-of, with their pages. */
export async function papersFor(deps: Pick<Deps, 'papers'>, opts: { committee?: string; asOf: string; scope: Scope }): Promise<{ scope: Scope; papers: Paper[] }> {
  const scope: Scope = opts.committee ? { ...opts.scope, committees: [opts.committee] } : opts.scope;
  if (opts.committee && opts.scope.committees?.length && !opts.scope.committees.includes(opts.committee)) return { scope, papers: [] };
  const metas = (await deps.papers.list()).filter((m) => inScope(m, scope) && (m.date === null || m.date <= opts.asOf));
  const papers = (await Promise.all(metas.map((m) => deps.papers.load(m)))).filter((p): p is Paper => p !== null);
  return { scope, papers };
}

/**
 * Drafts five to twelve open challenge questions from the papers: overdue commitments and contradictions first,
 * then unevidenced claims, figures without comparators and unaddressed risks. Every citation is a verbatim slice.
 */
export async function draftChallenges(deps: ChallengeDeps, opts: ChallengeOptions): Promise<ChallengeQuestion[]> {
  const { scope, papers } = await papersFor(deps, opts);
  if (papers.length === 0) return [];
  const focus = topicFilter(deps, opts, scope);
  const inFocus = (s: SentenceSpan) => (!opts.paperId || s.paper.id === opts.paperId) && focus.spans(s);

  const actions = await listActions(deps, { asOf: opts.asOf, committee: opts.committee, status: 'not-reported', scope });
  const byId = new Map(papers.map((p) => [p.id, p]));
  const commitments = actions
    .filter((a) => a.reportBack === 'not-reported' && !['achieved', 'closed'].includes(a.progress))
    .filter((a) => (!opts.paperId || a.paper.id === opts.paperId) && focus.text(a.text))
    .flatMap((a) => promiseQuestion(a, byId.get(a.paper.id)));
  const overdue = commitments.filter((q) => q.kind === 'overdue-commitment').slice(0, CAPS.overdue);
  const unreported = commitments.filter((q) => q.kind === 'unreported-commitment').slice(0, CAPS.unreported);

  const contradictions = findContradictions(papers, 6)
    .filter((c) => inFocus(c.claim) || inFocus(c.finding))
    .slice(0, CAPS.contradiction)
    .map((c) => contradictionQuestion(c, subjectOf(c.claim.text, c.finding.text)));

  const pool = (signals: Signal[]) => signals.filter(inFocus).sort((a, b) => b.score - a.score).map(signalQuestion);
  const claims = pool(papers.flatMap(findClaims));
  const figures = pool(papers.flatMap(findFigures).filter((s) => !s.compared));
  const risks = pool(papers.flatMap(findRisks));

  const chosen: ChallengeQuestion[] = [];
  const add = (q: ChallengeQuestion) => {
    if (chosen.length >= MAX_QUESTIONS || chosen.some((c) => duplicates(c, q))) return false;
    chosen.push(q);
    return true;
  };
  [...overdue, ...contradictions].forEach(add);
  interleave([claims, figures, risks, unreported], CAPS.perKind).forEach(add);
  return phrase(deps, chosen);
}

function promiseQuestion(item: ActionItem, paper: Paper | undefined): ChallengeQuestion[] {
  const cite = paper ? locateQuote(paper, item.page, item.text) : null;
  return cite ? [commitmentQuestion(item, cite)] : [];
}

/** Restricts drafting to passages the search index matches for the topic. */
function topicFilter(deps: ChallengeDeps, opts: ChallengeOptions, scope: Scope) {
  if (!opts.topic?.trim()) return { spans: (_: SentenceSpan) => true, text: (_: string) => true };
  const hits = deps.index.search(opts.topic, { scope, limit: 80, before: opts.asOf });
  const terms = new Set(analyzeText(opts.topic));
  return {
    spans: (s: SentenceSpan) => hits.some((h) => h.paperId === s.paper.id && h.page === s.page.number && h.start < s.end && s.start < h.end),
    text: (t: string) => analyzeText(t).some((x) => terms.has(x)),
  };
}

/** Takes from each list in turn, at most `cap` from each, best first. */
function interleave<T>(lists: T[][], cap: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < cap; i++) for (const l of lists) if (l[i] !== undefined) out.push(l[i]!);
  for (const l of lists) out.push(...l.slice(cap));
  return out;
}

/** Two questions are the same issue when they quote the same words or share most of their terms. */
function duplicates(a: ChallengeQuestion, b: ChallengeQuestion): boolean {
  if (a.citations.some((x) => b.citations.some((y) => sameQuote(x, y)))) return true;
  const ta = new Set(a.citations.flatMap((c) => analyzeText(c.quote)));
  const tb = new Set(b.citations.flatMap((c) => analyzeText(c.quote)));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(1, Math.min(ta.size, tb.size)) >= 0.7;
}

/** The acronym both sides of a contradiction name (such as MASH), if any. */
function subjectOf(claim: string, finding: string): string | null {
  const inFinding = new Set(finding.match(/\b[A-Z]{3,6}\b/g) ?? []);
  return (claim.match(/\b[A-Z]{3,6}\b/g) ?? []).find((a) => inFinding.has(a)) ?? null;
}

/** Lets the model reword each question when one is configured; ids, kinds and citations stay the draft's. */
async function phrase(deps: ChallengeDeps, questions: ChallengeQuestion[]): Promise<ChallengeQuestion[]> {
  if (!deps.llm) return questions;
  const out: ChallengeQuestion[] = [];
  for (const q of questions) {
    const worded = await phraseChallenge(deps.llm, q).catch(() => q);
    out.push({ ...worded, id: q.id, kind: q.kind, citations: q.citations });
  }
  return out;
}
