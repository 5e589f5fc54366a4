import type { Page, Paper, PaperMeta } from '../domain.ts';
import { foldWhitespace } from '../quote.ts';
import type { SentenceSpan } from './types.ts';

const LEAD_MARKERS = /^(?:[\s\u2022\u2023\u2043\u2219\u25A0-\u25FF\uE000-\uF8FF\uFFFC*·\-–—]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)](?=\s))+/u;
const TRAIL_MARKERS = /[\s\u2022\u25A0-\u25FF\uE000-\uF8FF\uFFFC]+$/u;

/** Moves a span's ends past list markers and bullets so that the quote starts at the words. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  const lead = LEAD_MARKERS.exec(slice)?.[0].length ?? 0;
  const trail = TRAIL_MARKERS.exec(slice.slice(lead))?.[0].length ?? 0;
  return [start + lead, end - trail];
}

/** The body sentences of a paper, trimmed, with 6 to 80 words. */
export function sentencesOf(paper: Paper): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const m = meta(paper);
  for (const page of paper.pages) {
    page.sentences.forEach((s, index) => {
      if (s.role !== 'body') return;
      const [start, end] = trimSpan(page.text, s.start, s.end);
      if (end <= start) return;
      const text = foldWhitespace(page.text.slice(start, end));
      const words = text.split(' ').length;
      if (words < 6 || words > 80 || paper.title.includes(text)) return;
      out.push({ paper: m, page, start, end, text, index });
    });
  }
  return out;
}

/** The sentence before a span on the same page, as a span (untrimmed of length limits), or null. */
export function previousSentence(span: SentenceSpan): SentenceSpan | null {
  const prev = span.page.sentences[span.index - 1];
  if (!prev || prev.role !== 'body') return null;
  const [start, end] = trimSpan(span.page.text, prev.start, prev.end);
  if (end <= start) return null;
  return { ...span, start, end, text: foldWhitespace(span.page.text.slice(start, end)), index: span.index - 1 };
}

/** The sentence after a span on the same page, folded, or ''. */
export function nextSentenceText(span: SentenceSpan): string {
  const next = span.page.sentences[span.index + 1];
  return next ? foldWhitespace(span.page.text.slice(next.start, next.end)) : '';
}

const ANAPHOR = /^(this|it|these|they|that|which|such)\b/i;

/** A sentence opening with "This" or "It", joined with the sentence before it so that the quote says what it is about. */
export function withAntecedent(span: SentenceSpan): SentenceSpan {
  if (!ANAPHOR.test(span.text)) return span;
  const prev = previousSentence(span);
  return prev ? joinSpans(prev, span) : span;
}

/** Joins two spans of one page into one span from the first's start to the second's end. */
export function joinSpans(a: SentenceSpan, b: SentenceSpan): SentenceSpan {
  return { ...b, start: a.start, text: foldWhitespace(b.page.text.slice(a.start, b.end)) };
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE_LIKE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,4}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b(?:19|20)\\d{2}(?:[/-]\\d{2,4})?\\b`, 'gi');

/** The text with dates, years and list numbering removed, so that only figures keep digits. */
export function withoutDates(text: string): string {
  return text.replace(DATE_LIKE, ' ').replace(/\b(?:section|s|para(?:graph)?|page|p|appendix|item|phase|year|level|key stage|ks)\.?\s*\d+\b/gi, ' ');
}

/** True when the sentence states a figure (a count, percentage or amount), not just a date. */
export function hasFigure(text: string): boolean {
  return /£\s?\d|\d\s?%|\d\s?per\s?cent|\b\d[\d,.]*\b/i.test(withoutDates(text));
}

/** True when the sentence speaks of the future or of intent rather than of what has happened. */
export function isIntent(text: string): boolean {
  return /\b(will|shall|intends?|aims?|aim is|plans? to|going to|would|should|must|need to|needs to|want to|wants to|propose[sd]?|ensure|pledge[sd]?|committed to)\b/i.test(text);
}

/** True when a paper is an inspection report (an inspectorate's findings, not the council's own words). */
export function isInspection(p: PaperMeta): boolean {
  return p.kind === 'inspection-report';
}

/** A paragraph or list number opening a sentence ("116. The ...", "2.5 The ...", "(3) Members ..."): never part of a short quote. */
const PARAGRAPH_NUMBER = /^\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z“‘"])/u;

/** A quote shortened to at most `maxWords` words, with an ellipsis when cut and no closing full stop. */
export function shortQuote(text: string, maxWords = 18): string {
  const words = text.replace(PARAGRAPH_NUMBER, '').split(' ');
  const cut = words.length > maxWords;
  const kept = (cut ? words.slice(0, maxWords) : words).join(' ').replace(/[\s.,;:–—-]+$/u, '');
  return cut ? `${kept}…` : kept;
}

/** Long date for people: 2015-06-03 -> 3 June 2015. */
export function longDate(iso: string | null): string {
  if (!iso) return 'undated';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function meta(paper: Paper): PaperMeta {
  const { pages: _pages, ...rest } = paper;
  return rest;
}
