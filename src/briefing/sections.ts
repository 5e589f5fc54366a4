import type { ActionItem } from '../actions/index.ts';
import { citeOf, findClaims, isInspection, locateQuote, longDate, sentencesOf } from '../challenge/index.ts';
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

/** One line per paper published since a date, with its headline sentence. */
export function changeLines(papers: Paper[], since: string | null, limit = 6): PackLine[] {
  const fresh = papers.filter((p) => p.date && (since === null || p.date > since));
  return fresh
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .slice(0, limit)
    .map((p) => {
      return { text: `New: ${p.title} (${longDate(p.date)}, ${pagesText(p.pageCount)}).`, citations: headline(p) };
    });
}

/** The pack's big question, cited to the latest claim of the council and the latest inspection judgement. */
export function bigQuestion(papers: Paper[], topic: string | null, shownElsewhere: Citation[] = []): PackLine {
  const newest = (list: Paper[]) => list.filter((p) => p.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const citations: Citation[] = [];
  for (const p of newest(papers.filter((x) => !isInspection(x)))) {
    const claim = findClaims(p).sort((a, b) => b.score - a.score)[0];
    if (claim) { citations.push(citeOf(claim)); break; }
  }
  const inspection = newest(papers.filter(isInspection))[0];
  if (inspection) citations.push(...headline(inspection).filter((c) => !shownElsewhere.some((x) => x.quote === c.quote)));
  const subject = topic ? `${topic} ` : '';
  return {
    text: `To what extent are ${subject ? `services for ${subject.trim()}` : 'services'} improving outcomes for children and families, and what evidence shows it?`,
    citations,
  };
}

/** Commitments for the pack: overdue and not reported first, then not reported, then reported with their evidence. */
export function packCommitments(items: ActionItem[], papers: Map<string, Paper>, limit = 8): PackCommitment[] {
  const status = (a: ActionItem): CommitmentStatus => (a.reportBack === 'reported' ? 'reported' : a.overdue ? 'overdue' : 'not-reported');
  const order = { overdue: 0, 'not-reported': 1, reported: 2 } as const;
  const seen = new Set<string>();
  return items
    .map((a) => ({ a, s: status(a) }))
    .sort((x, y) => order[x.s] - order[y.s])
    .flatMap(({ a, s }) => {
      const paper = papers.get(a.paper.id);
      const promise = paper ? locateQuote(paper, a.page, a.text) : null;
      if (!promise || seen.has(promise.quote) || /[:,]$/.test(promise.quote)) return [];
      seen.add(promise.quote);
      const due = a.due ? { date: a.due.date, text: a.due.text } : null;
      return [{ text: a.text, status: s, madeOn: a.madeOn, due, owner: a.owner, promise, evidence: a.evidence.slice(0, 2) }];
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
