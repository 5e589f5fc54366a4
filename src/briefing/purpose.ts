import { isInspection } from '../challenge/index.ts';
import type { Citation, Page, Paper } from '../domain.ts';
import { citeSpan } from '../quote.ts';
import { judgementOf } from './sections.ts';

/** What a paper is for and what it asks the meeting to do or records as decided, each quoted. */
export interface PaperPurpose {
  purpose: Citation | null;
  asks: Citation[];
  /** Which kind of section the asks come from, for the pack's wording. */
  askKind: 'recommendation' | 'decision' | 'resolved' | 'improve' | 'judgement' | null;
}

const PURPOSE = /^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:Executive summary|Summary|Purpose(?: of (?:the|this) (?:report|paper))?|Reason for (?:the )?report)(?:[ \t]*[:.–-][ \t]*|[ \t]*\n)/gim;
const ASKS: Array<[RegExp, PaperPurpose['askKind']]> = [
  [/^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:Decisions? (?:required|sought|requested)|Recommendations?(?:\(s\))?|Recommended action)(?:[ \t]*[:.–-][ \t]*|[ \t]*\n)/gim, 'recommendation'],
  [/\bRESOLVED\b[ \t]*(?:that)?[ \t]*:?[ \t]*/g, 'resolved'],
  [/^[ \t]*What needs to improve[^\n]*\n/gim, 'improve'],
];
/** Cover-sheet lines, meeting times, contacts and signatures: never a paper's purpose. */
const BOILERPLATE =
  /\b(?:\d{1,2}[.:]\d{2}\s?(?:am|pm)\b|rising of|From:|To:|Ask for|Telephone|Tel:|E-?mail|Classification|Electoral Division|Decision No|Pathway of report|Yours (?:sincerely|faithfully)|Signed\b|Contact (?:officer|details)|Agenda Item|Page \d+ of|Printed on)/i;

const PROCEDURAL = /\b(?:correct record|apologies|declarations? of interest|duly elected|vice[- ]chair(?:man)?|substitutes?)\b/i;

/** True for cover-sheet lines, meeting times, contacts and signatures: words that never say what a paper is for. */
export function isBoilerplate(text: string): boolean {
  return BOILERPLATE.test(text);
}

/**
 * The purpose of a paper and what it asks or decides: officer reports' "Summary" and "Recommendation(s)" or
 * "Decision required", minutes' "RESOLVED", inspection reports' judgement and "What needs to improve".
 */
export function purposeOf(paper: Paper): PaperPurpose {
  const purpose = firstAfter(paper, paper.pages.slice(0, 3), PURPOSE, 1);
  if (isInspection(paper)) {
    const judged = judgementOf(paper);
    const improve = firstAfter(paper, paper.pages.slice(0, 6), ASKS[2]![0], 1, 2);
    return { purpose: judged ?? purpose[0] ?? null, asks: improve, askKind: improve.length > 0 ? 'improve' : judged ? 'judgement' : null };
  }
  for (const [re, kind] of ASKS) {
    if (kind === 'improve') continue;
    const asks = kind === 'resolved' ? everyAfter(paper, paper.pages, re, 3) : firstAfter(paper, paper.pages, re, 2);
    if (asks.length > 0) return { purpose: purpose[0] ?? null, asks, askKind: kind };
  }
  return { purpose: purpose[0] ?? null, asks: [], askKind: null };
}

/** The sentences right after the first match of a heading, on the pages given (at most `count`, each ≤ 70 words). */
function firstAfter(paper: Paper, pages: Page[], heading: RegExp, count: number, skip = 0): Citation[] {
  for (const page of pages) {
    heading.lastIndex = 0;
    for (const m of page.text.matchAll(heading)) {
      const out = sentencesFrom(page, m.index + m[0].length, count, skip);
      if (out.length > 0) return out.map(([s, e]) => citeSpan(paper, page, s, e));
    }
  }
  return [];
}

/** The sentence after each match (for RESOLVED in minutes), up to `limit`. */
function everyAfter(paper: Paper, pages: Page[], heading: RegExp, limit: number): Citation[] {
  const out: Citation[] = [];
  for (const page of pages) {
    for (const m of page.text.matchAll(heading)) {
      const [span] = sentencesFrom(page, m.index, 1, 0);
      if (span && page.text.startsWith('RESOLVED', span[0]) && !PROCEDURAL.test(page.text.slice(span[0], span[1]))) out.push(citeSpan(paper, page, span[0], span[1]));
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function sentencesFrom(page: Page, at: number, count: number, skip: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let skipped = 0;
  for (const s of page.sentences) {
    if (s.end <= at || s.role !== 'body') continue;
    const start = Math.max(s.start, at);
    const raw = page.text.slice(start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.split(/\s+/).length < 5 || BOILERPLATE.test(text) || text.endsWith('?')) {
      if (out.length > 0) break;
      continue;
    }
    if (skipped++ < skip && /:$/.test(text)) continue;
    const tail = /[ \t]*\n\s*\d+(?:\.\d+)*\.?\s*$/.exec(raw.trimEnd());
    const end = tail ? start + tail.index : s.end;
    out.push([start + lead, trimEnd(page.text, start + lead, end, 70)]);
    if (out.length >= count) break;
  }
  return out;
}

/** Cuts a span at a word boundary after `words` words. */
function trimEnd(text: string, start: number, end: number, words: number): number {
  const slice = text.slice(start, end);
  const m = [...slice.matchAll(/\S+/g)];
  if (m.length <= words) return start + slice.trimEnd().length;
  const last = m[words - 1]!;
  return start + last.index + last[0].length;
}

