import { foldForCompare, foldWhitespace, isVerbatimIn } from '../quote.ts';
import { unescapeData } from './delimit.ts';

const MIN_QUOTE_CHARS = 12;

/** Folds one character the way foldForCompare does (typographic quotes, dashes, no-break space, case). */
function foldChar(ch: string): string {
  if (/[\u2018\u2019\u201A\u201B\u2032]/.test(ch)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033]/.test(ch)) return '"';
  if (/[\u2013\u2014]/.test(ch)) return '-';
  return ch.toLowerCase();
}

/** Finds where a quote stands in a source under foldForCompare; returns offsets into the source, or null. */
export function locateVerbatim(quote: string, source: string): { start: number; end: number } | null {
  const q = foldForCompare(quote);
  if (q.length === 0) return null;
  let folded = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        map.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    for (const f of foldChar(ch)) {
      folded += f;
      map.push(i);
    }
  }
  const at = folded.indexOf(q);
  if (at < 0) return null;
  return { start: map[at]!, end: map[at + q.length - 1]! + 1 };
}

/**
 * Checks a model's quote against the source it names. Returns the source's own words for that span
 * (whitespace folded), or null when the quote is not there or too short to mean anything.
 */
export function verifiedQuote(quote: string, source: string): string | null {
  for (const candidate of new Set([quote, unescapeData(quote)])) {
    const trimmed = candidate.trim().replace(/^["'\u201C\u2018]+|["'\u201D\u2019]+$/g, '').trim();
    if (foldForCompare(trimmed).length < MIN_QUOTE_CHARS) continue;
    const span = locateVerbatim(trimmed, source);
    if (!span) continue;
    const own = foldWhitespace(source.slice(span.start, span.end));
    if (isVerbatimIn(own, source) && foldForCompare(own) === foldForCompare(trimmed)) return own;
  }
  return null;
}

/** The numbers a text states (digits, with separators dropped), e.g. "1,200" -> "1200". */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '').replace(/\.$/, ''));
}

/** True when every number in `text` also stands in one of the sources: a model may reword, never add figures. */
export function numbersGrounded(text: string, sources: string[]): boolean {
  const known = new Set(sources.flatMap(numbersIn));
  return numbersIn(text).every((n) => known.has(n));
}

/** The spans a text puts in quotation marks (straight or curly double quotes). */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/["\u201C]([^"\u201C\u201D]{3,})["\u201D]/g)].map((m) => m[1]!);
}

/** True when every quoted span in `text` is verbatim in one of the sources. */
export function quotesGrounded(text: string, sources: string[]): boolean {
  return quotedSpans(text).every((q) => sources.some((s) => isVerbatimIn(q, s) || isVerbatimIn(unescapeData(q), s)));
}
