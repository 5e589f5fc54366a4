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
  /** Papers whose questions come first (a meeting's own papers); the rest are context. */
  prefer?: string[];
  /** YYYY-MM-DD: papers after it are ignored and commitments are judged overdue against it. */
  asOf: string;
  scope: Scope;
}

const MAX_QUESTIONS = 12;
const CAPS = { overdue: 6, contradiction: 3, unreported: 2, perKind: 3, figures: 4 };

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
  const slipped = commitments.filter((q) => q.kind === 'slipped-commitment').slice(0, CAPS.overdue);
  const overdue = commitments.filter((q) => q.kind === 'overdue-commitment').slice(0, CAPS.overdue);
  const unreported = commitments.filter((q) => q.kind === 'unreported-commitment').slice(0, CAPS.unreported);

  const contradictions = findContradictions(papers, 6)
    .filter((c) => inFocus(c.claim) || inFocus(c.finding))
    .slice(0, CAPS.contradiction)
    .map((c) => contradictionQuestion(c, subjectOf(c.claim.text, c.finding.text)));

  const preferred = new Set(opts.prefer ?? []);
  const own = (paperId: string) => (preferred.size === 0 || preferred.has(paperId) ? 1 : 0);
  const pool = (signals: Signal[]) => signals.filter(inFocus).sort((a, b) => own(b.paper.id) - own(a.paper.id) || b.score - a.score).map(signalQuestion);
  const claims = pool(papers.flatMap(findClaims));
  const figures = pool(papers.flatMap(findFigures).filter((s) => !s.compared)).slice(0, CAPS.figures);
  const risks = pool(papers.flatMap(findRisks));

  const chosen: ChallengeQuestion[] = [];
  const add = (q: ChallengeQuestion) => {
    if (chosen.length >= MAX_QUESTIONS || chosen.some((c) => duplicates(c, q))) return false;
    chosen.push(q);
    return true;
  };
  [...slipped, ...overdue, ...contradictions].forEach(add);
  interleave([claims, figures, risks, unreported], CAPS.perKind).forEach(add);
  const ordered = chosen.map((q, i) => ({ q, i })).sort((a, b) => own(b.q.citations[0]!.paper.id) - own(a.q.citations[0]!.paper.id) || a.i - b.i).map((x) => x.q);
  return phrase(deps, ordered);
}

/** Why there are fewer than five questions, in plain words; null when there are five or more. */
export function shortfallNote(count: number, opts: Pick<ChallengeOptions, 'topic' | 'paperId'>): string | null {
  if (count >= 5) return null;
  const on = opts.topic?.trim() ? ` on “${opts.topic.trim()}”` : '';
  const subject = opts.paperId ? `this paper${on} holds` : `the papers${on} hold`;
  const n = count === 0 ? 'no question' : count === 1 ? 'one question' : `${count} questions`;
  return `Only ${n}: ${subject} no more overdue or unreported commitments, weaknesses without a response, unevidenced claims of improvement or figures without a comparator to ask about. Each question needs a quoted premise, so none is made up.`;
}

function promiseQuestion(item: ActionItem, paper: Paper | undefined): ChallengeQuestion[] {
  const cite = paper ? locateQuote(paper, item.page, item.text) : null;
  return cite ? [commitmentQuestion(item, cite)] : [];
}

/**
 * Restricts drafting to a topic by meaning, with the analyser answers use (stems, UK/US spellings, the sector
 * thesaurus): a sentence is on the topic when it carries the topic's sector concepts, or, for a topic without one,
 * every word of the topic.
 */
function topicFilter(_deps: ChallengeDeps, opts: ChallengeOptions, _scope: Scope) {
  if (!opts.topic?.trim()) return { spans: (_: SentenceSpan) => true, text: (_: string) => true };
  const matches = topicMatcher(opts.topic);
  return { spans: (s: SentenceSpan) => matches(s.text), text: (t: string) => matches(t) };
}

/** A test of whether a text is about a topic (see topicFilter). */
export function topicMatcher(topic: string): (text: string) => boolean {
  const terms = analyzeText(topic);
  const concepts = terms.filter((t) => t.startsWith('c_') && t !== 'c_qty');
  const words = terms.filter((t) => !t.startsWith('c_') && !t.startsWith('q_'));
  const covered = new Set(concepts.flatMap((c) => analyzeText(topic).filter((t) => !t.startsWith('c_') && !t.startsWith('q_') && conceptWords(topic, c).has(t))));
  return (text: string) => {
    const have = new Set(analyzeText(text));
    if (concepts.length > 0 && concepts.every((c) => have.has(c)) && words.filter((w) => !covered.has(w)).every((w) => have.has(w))) return true;
    return words.length > 0 && words.every((w) => have.has(w));
  };
}

/** The topic's words that a concept stands for (so "agency workers" needs only the agency concept). */
function conceptWords(topic: string, concept: string): Set<string> {
  const tokens = topic.split(/\s+/);
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      const part = tokens.slice(i, j).join(' ');
      const t = analyzeText(part);
      if (t.includes(concept)) t.filter((x) => !x.startsWith('c_')).forEach((x) => out.add(x));
    }
  }
  return out;
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
