import type { Citation, Paper, PaperMeta } from './domain.ts';
import { paperRef } from './domain.ts';

/** Folds whitespace runs to one space and trims: the only change a quote may make to the paper's text. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Folds whitespace, typographic quotes and dashes, and case, for comparing a claimed quote with its source. */
export function foldForCompare(text: string): string {
  return foldWhitespace(
    text
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\u00A0/g, ' '),
  ).toLowerCase();
}

/** True when `quote` stands in `source`, allowing only whitespace and typographic-quote folding. */
export function isVerbatimIn(quote: string, source: string): boolean {
  const q = foldForCompare(quote);
  return q.length > 0 && foldForCompare(source).includes(q);
}

/** Builds a citation from a character span of a page: the quote is that slice with whitespace folded. */
export function citeSpan(paper: PaperMeta, page: { number: number; label: string | null; text: string }, start: number, end: number): Citation {
  return {
    paper: paperRef(paper),
    page: paper.format === 'pdf' ? page.number : null,
    pageLabel: paper.format === 'pdf' ? page.label : null,
    quote: foldWhitespace(page.text.slice(start, end)),
  };
}

/** Checks a citation against the stored paper: the quote must stand on the page it names. */
export function citationHolds(citation: Citation, paper: Paper): boolean {
  if (citation.paper.id !== paper.id) return false;
  const pages = citation.page === null ? paper.pages : paper.pages.filter((p) => p.number === citation.page);
  return pages.some((p) => isVerbatimIn(citation.quote, p.text));
}
