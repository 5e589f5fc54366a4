import type { Citation, Paper } from '../domain.ts';
import { citeSpan, foldForCompare } from '../quote.ts';
import { trimSpan } from './text.ts';
import type { SentenceSpan } from './types.ts';

/** The verbatim citation of a sentence span. */
export function citeOf(span: SentenceSpan): Citation {
  return citeSpan(span.paper, span.page, span.start, span.end);
}

/**
 * Finds text (compared with whitespace folded) on a page of a paper, or on any page when page is null,
 * and cites the verbatim slice it occupies. Null when the text is not there.
 */
export function locateQuote(paper: Paper, page: number | null, text: string): Citation | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escape).join('\\s+'));
  const pages = page === null ? paper.pages : paper.pages.filter((p) => p.number === page);
  for (const p of [...pages, ...(page === null ? [] : paper.pages.filter((x) => x.number !== page))]) {
    const m = pattern.exec(p.text);
    if (!m) continue;
    const [start, end] = trimSpan(p.text, m.index, m.index + m[0].length);
    return citeSpan(paper, p, start, end);
  }
  return null;
}

/** True when two citations quote the same or overlapping words of one paper. */
export function sameQuote(a: Citation, b: Citation): boolean {
  if (a.paper.id !== b.paper.id) return false;
  const x = foldForCompare(a.quote);
  const y = foldForCompare(b.quote);
  return x.includes(y) || y.includes(x);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
