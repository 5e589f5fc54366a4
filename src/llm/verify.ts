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

/** The numbers a text states, in digits (separators dropped: "1,200" -> "1200") or in words ("nine thousand nine hundred" -> "9900"). */
export function numbersIn(text: string): string[] {
  const digits = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, '').replace(/\.$/, ''));
  return [...digits, ...spelledNumbers(text).map(String)];
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * Numbers written in words: runs of number words ("twenty-five", "nine thousand nine hundred", "two hundred and
 * six", "a dozen") read as one value each. A lone "one" is left out: it is far more often a pronoun than a figure.
 */
export function spelledNumbers(text: string): number[] {
  const words = text.toLowerCase().match(/[a-z]+|[^a-z\s-]+/g) ?? [];
  const found: number[] = [];
  let total = 0;
  let current = 0;
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && run.at(-1) === 'and') run.pop();
    if (run.length > 0 && !(run.length === 1 && run[0] === 'one')) found.push(total + current);
    total = 0;
    current = 0;
    run = [];
  };
  for (const w of words) {
    if (w in UNITS) {
      current += UNITS[w]!;
      run.push(w);
    } else if (w === 'hundred' && run.length > 0) {
      current = (current || 1) * 100;
      run.push(w);
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      run.push(w);
    } else if (w in SCALES && run.length > 0) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      run.push(w);
    } else if (w === 'and' && run.length > 0) {
      run.push(w);
    } else flush();
  }
  flush();
  return found;
}

/** True when every number in `text` also stands in one of the sources: a model may reword, never add figures. */
export function numbersGrounded(text: string, sources: string[]): boolean {
  const known = new Set(sources.flatMap(numbersIn));
  return numbersIn(text).every((n) => known.has(n));
}

/** Opening marks and the marks that may close them. */
const QUOTE_PAIRS: Array<[string, string]> = [
  ['"', '"'],
  ['\u201C', '\u201D\u201C'],
  ['\u201E', '\u201C\u201D'],
  ['\u00AB', '\u00BB'],
  ['\u00BB', '\u00AB'],
  ['\u2039', '\u203A'],
  ['\u201A', '\u2018\u2019'],
  ['\u2018', '\u2019'],
  ['\u201D', '\u201D'],
  ['\u2019', '\u2019'],
  ['\u2033', '\u2033'],
  ["'", "'"],
  ['`', '`'],
];
const OPENERS = new Map(QUOTE_PAIRS);

/** A single-quote mark opens a quotation only at the start of a word, so "children's" is not read as a quote. */
function opensAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch !== "'" && ch !== '\u2018' && ch !== '\u2019') return true;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s([{\-—–:;,]/.test(before) && /\S/.test(after);
}

function closesAt(text: string, i: number, open: string): boolean {
  if (open !== "'" && open !== '\u2018' && open !== '\u2019' && open !== '\u201A') return true;
  const after = text[i + 1] ?? ' ';
  return !/[A-Za-z0-9]/.test(after);
}

/**
 * The spans a text puts in quotation marks, whatever the marks: straight or curly double and single quotes,
 * „low-high“, «guillemets», ‹single guillemets›, ”closing marks at both ends” (Swedish and Finnish style), ″double primes″
 * and `backticks`. A mark left unclosed quotes the rest of its sentence.
 */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = OPENERS.get(ch);
    if (!closers || !opensAt(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && !(closers.includes(text[j]!) && closesAt(text, j, ch))) j++;
    if (j < text.length) {
      const span = text.slice(i + 1, j).trim();
      if (span.length >= 3) spans.push(span);
      i = j + 1;
      continue;
    }
    const rest = text.slice(i + 1).replace(/[.!?]+\s*$/, '').trim();
    if (rest.length >= 3) spans.push(rest);
    break;
  }
  return spans;
}

/** True when every quoted span in `text` is verbatim in one of the sources. */
export function quotesGrounded(text: string, sources: string[]): boolean {
  return quotedSpans(text).every((q) => sources.some((s) => isVerbatimIn(q, s) || isVerbatimIn(unescapeData(q), s)));
}
