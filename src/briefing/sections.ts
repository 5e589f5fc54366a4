import type { ActionItem } from '../actions/index.ts';
import { citeOf, findClaims, isInspection, locateQuote, longDate, markOf, sentencesOf, topicMatcher } from '../challenge/index.ts';
import { isBoilerplate, purposeOf } from './purpose.ts';
import { citeSpan } from '../quote.ts';
import type { Citation, Paper } from '../domain.ts';
import type { CommitmentStatus, PackCommitment, PackLine, PackPaper, PackSource } from './types.ts';

const JUDGEMENT =
  /Overall (?:judgement is|effectiveness)\s+(?:Inadequate|Good|Outstanding|Requires improvement(?:\s+to be good)?)|Children[’']s services in [A-Z][\w ]{1,40}?\s+(?:are|is)\s+(?:inadequate|good|outstanding|requires improvement(?: to be good)?)/;

/** An inspection's overall judgement, quoted from its first pages, or null. */
export function judgementOf(paper: Paper): Citation | null {
  for (const page of paper.pages.slice(0, 3)) {
    const m = JUDGEMENT.exec(page.text);
    if (m) return citeSpan(paper, page, m.index, m.index + m[0].length);
  }
  return null;
}

/** What a paper says first and most plainly: an inspection's judgement and its opening finding, else the council's strongest claim. */
export function headline(paper: Paper): Citation[] {
  const sentences = sentencesOf(paper);
  if (isInspection(paper)) {
    const judged = judgementOf(paper);
    const opening = sentences.find((s) => s.page.number <= 3 && s.text.split(' ').length >= 14 && /\bchild/i.test(s.text) && !/^\d|Ofsted produces|section \d/i.test(s.text));
    return [judged, opening ? citeOf(opening) : null].filter((c): c is Citation => c !== null);
  }
  const claim = findClaims(paper).sort((a, b) => b.score - a.score)[0];
  const first = claim ?? sentences.find((s) => s.text.split(' ').length >= 10);
  return first ? [citeOf(first)] : [];
}

/**
 * One line per paper: what it is for and what it asks or decides, quoted ("Summary", "Recommendation(s)",
 * "Decision required", "RESOLVED", an inspection's judgement and "What needs to improve"); a paper without such
 * sections gets its plainest opening statement. `context` marks older papers.
 */
export function paperLines(papers: Paper[], limit = 8, context = false): PackLine[] {
  return papers
    .slice()
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .flatMap((p) => {
      const r = purposeOf(p);
      const citations: Citation[] = [];
      const captions: string[] = [];
      if (r.purpose) {
        citations.push(r.purpose);
        captions.push(isInspection(p) ? 'Judgement' : 'Purpose');
      }
      r.asks.forEach((c) => {
        citations.push(c);
        captions.push(ASK_CAPTION[r.askKind ?? 'recommendation'] ?? 'It asks');
      });
      if (citations.length === 0) {
        headline(p).filter((c) => !isBoilerplate(c.quote) && c.quote.split(' ').length >= 8).forEach((c) => {
          citations.push(c);
          captions.push('It says');
        });
      }
      const label = context ? 'Earlier paper, for context' : 'Paper';
      if (citations.length === 0) return [];
      return [{ text: `${label}: ${p.title} (${longDate(p.date)}, ${pagesText(p.pageCount)}).`, citations, captions, context }];
    })
    .slice(0, limit);
}

const ASK_CAPTION: Record<string, string> = {
  recommendation: 'It asks',
  decision: 'Decision required',
  resolved: 'Resolved',
  improve: 'What needs to improve',
  judgement: 'Judgement',
};

/** One line per paper published since a date (newest first), with what it is for and what it asks. */
export function changeLines(papers: Paper[], since: string | null, limit = 6): PackLine[] {
  return paperLines(papers.filter((p) => p.date && (since === null || p.date > since)), limit);
}

/** The pack's big question, cited to what the meeting's papers ask or decide (and an inspection's judgement). */
export function bigQuestion(papers: Paper[], topic: string | null, shownElsewhere: Citation[] = []): PackLine {
  const newest = papers.filter((p) => p.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const onTopic = topic ? topicMatcher(topic) : () => true;
  const citations: Citation[] = [];
  const inspection = newest.find(isInspection);
  if (inspection) {
    const judged = judgementOf(inspection);
    if (judged) citations.push(judged);
  }
  for (const p of newest.filter((x) => !isInspection(x))) {
    const asks = purposeOf(p).asks.filter((c) => onTopic(c.quote));
    const ask = asks.find((c) => !shownElsewhere.some((x) => x.quote === c.quote)) ?? asks[0];
    if (ask) citations.push(ask);
    if (citations.length >= 2) break;
  }
  const about = topic ? ` on ${topic}` : '';
  const text = inspection && !citations.some((c) => c.paper.id !== inspection.id)
    ? `To what extent are services${about} improving for children and families since the inspection, and what evidence shows it?`
    : `What difference will the decisions in these papers${about} make for residents, and what evidence will show it?`;
  return { text, citations };
}

/** Commitments for the pack: overdue and not reported first, then not reported, then reported with their evidence. */
export function packCommitments(items: ActionItem[], papers: Map<string, Paper>, limit = 8, own: Set<string> | null = null): PackCommitment[] {
  const status = (a: ActionItem): CommitmentStatus => (a.reportBack === 'reported' ? 'reported' : a.overdue ? 'overdue' : 'not-reported');
  const order = { overdue: 0, 'not-reported': 1, reported: 2 } as const;
  const seen = new Set<string>();
  const ownFirst = (a: ActionItem) => (own === null || own.has(a.paper.id) ? 0 : 1) - (markOf(a) ? 0.5 : 0);
  return items
    .map((a) => ({ a, s: status(a) }))
    .sort((x, y) => ownFirst(x.a) - ownFirst(y.a) || order[x.s] - order[y.s])
    .flatMap(({ a, s }) => {
      const paper = papers.get(a.paper.id);
      const promise = paper ? locateQuote(paper, a.page, a.text) : null;
      if (!promise || seen.has(promise.quote) || /[:,]$/.test(promise.quote)) return [];
      seen.add(promise.quote);
      const due = a.due ? { date: a.due.date, text: a.due.text } : null;
      const mark = markOf(a) ?? null;
      return [{ text: a.text, status: s, madeOn: a.madeOn, due, owner: a.owner, promise, evidence: a.evidence.slice(0, 2), mark, context: own !== null && !own.has(a.paper.id) }];
    })
    .slice(0, limit);
}

/** Every paper of the pack, with the pages the pack cites from it. */
export function sourcesOf(papers: PackPaper[], citations: Citation[]): PackSource[] {
  return papers.map((paper) => {
    const mine = citations.filter((c) => c.paper.id === paper.id);
    const pages = [...new Set(mine.map((c) => c.page).filter((n): n is number => n !== null))].sort((a, b) => a - b);
    return { paper, pagesCited: pages, cited: mine.length > 0 };
  });
}

export function packPaper(p: Paper): PackPaper {
  return { id: p.id, title: p.title, file: p.file, date: p.date, pages: p.pageCount, kind: p.kind };
}

function pagesText(n: number): string {
  return n === 1 ? '1 page' : `${n} pages`;
}
