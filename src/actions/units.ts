import type { Page, Paper } from '../domain.ts';
import { foldWhitespace } from '../quote.ts';
import { IMPERATIVES, REQUIRED_HEADINGS, SECTION_ENDS } from './lexicon.ts';

/** A whole sentence or list item of a paper's body, with what surrounds it: the unit the tracker judges. */
export interface Unit {
  page: Page;
  /** Offsets into page.text: page.text.slice(start, end) is verbatim. */
  start: number;
  end: number;
  /** The text with whitespace folded. */
  text: string;
  /** The line that introduces a list ("The local authority should:", "RESOLVED that Cabinet:"), when the unit is in one. */
  leadIn: string | null;
  /** Inside an inspectorate's list of what the authority must improve. */
  inRequired: boolean;
  /** The heading that opened the inspectorate's list the unit is in ("What does the LSCB need to improve?"), else null. */
  requiredHeading: string | null;
  /** Starts with a bullet, a number or a letter in brackets. */
  listItem: boolean;
  /** The unit before it on the page (for report-back topics). */
  prev: string;
}

const INNER_BULLET = /(?:^|\s)[◼•▪●■\uf0b7\uf0a7\uf0d8\u25aa](?=\s)/gu;
const BULLET_BEFORE = /[◼•▪●■○◦➢►\-–\uf0b7\uf0a7\uf0d8\u25aa*]\s*$/u;
const NUMBERED = /^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)])\s+\S/i;
const HEADING_RE = new RegExp(String.raw`^\s*(?:\d+\.?\s*)?(?:${REQUIRED_HEADINGS.join('|')})\s*$`, 'i');
const CONTINUES = new RegExp(String.raw`^(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:that|to|and|${IMPERATIVES})\b`, 'i');
const END_RE = new RegExp(String.raw`^\s*(?:\d+\.?\s*)?(?:${SECTION_ENDS.join('|')})\b`, 'i');

/** True when a paper is an inspectorate's report (its required actions are asked of the authority it inspects). */
export function isInspection(paper: Paper): boolean {
  if (paper.kind === 'inspection-report') return true;
  const first = paper.pages.slice(0, 2).map((p) => p.text).join('\n');
  return /\bofsted\b/i.test(first) && /\binspection\b/i.test(first);
}

/** Every body sentence of a paper split into whole sentences and list items, in order, with their context. Pure. */
export function unitsOf(paper: Paper): Unit[] {
  const inspection = isInspection(paper);
  const out: Unit[] = [];
  let inRequired = false;
  let requiredHeading: string | null = null;
  let openedOn = 0;
  let leadIn: string | null = null;
  let prev = '';
  for (const page of paper.pages) {
    if (inRequired && page.number > openedOn + 2) inRequired = false;
    for (const s of page.sentences) {
      if (s.role !== 'body') continue;
      for (const [a, b] of splitItems(page.text, s.start, s.end)) {
        const text = foldWhitespace(page.text.slice(a, b));
        if (!text) continue;
        if (inspection && HEADING_RE.test(text) && !/\s\d+\s*$/.test(text)) {
          if (!inRequired) requiredHeading = text;
          inRequired = true;
          openedOn = page.number;
          leadIn = text;
          prev = text;
          continue;
        }
        if (inRequired && (END_RE.test(text) || /:\s*(?:good|requires improvement|inadequate|outstanding)/i.test(text))) {
          inRequired = false;
          requiredHeading = null;
        }
        const listItem = isListItem(page.text, a, text);
        if (!listItem && !inRequired && !CONTINUES.test(text)) leadIn = null;
        if (inRequired && !leadIn) leadIn = requiredHeading;
        if (inRequired && /^\W*(?:there are no|none)\b/i.test(text)) continue;
        out.push({ page, start: a, end: b, text, leadIn, inRequired, requiredHeading: inRequired ? requiredHeading : null, listItem, prev });
        if (/:\s*$/.test(text) && text.length < 300) leadIn = text;
        prev = text;
      }
    }
  }
  return out;
}

/** Splits a sentence where bullets run on inside it ("◼ one item ◼ another"). */
function splitItems(text: string, start: number, end: number): Array<[number, number]> {
  const slice = text.slice(start, end);
  const cuts = [...slice.matchAll(INNER_BULLET)].map((m) => m.index! + m[0].length);
  if (cuts.length === 0) return [[start, end]];
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of cuts) {
    spans.push([from, cut - 1]);
    from = cut;
  }
  spans.push([from, slice.length]);
  return spans
    .map(([a, b]) => trim(slice, a, b))
    .filter((x): x is [number, number] => x !== null)
    .map(([a, b]) => [start + a, start + b]);
}

function trim(s: string, a: number, b: number): [number, number] | null {
  while (a < b && /\s/.test(s[a]!)) a++;
  while (b > a && /\s/.test(s[b - 1]!)) b--;
  return b - a >= 2 ? [a, b] : null;
}

function isListItem(pageText: string, start: number, text: string): boolean {
  const lineStart = pageText.lastIndexOf('\n', start - 1) + 1;
  return BULLET_BEFORE.test(pageText.slice(lineStart, start)) || NUMBERED.test(text);
}
