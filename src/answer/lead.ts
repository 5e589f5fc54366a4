import { foldWhitespace } from '../quote.ts';
import { coverageOf, type QuestionTerms } from './extract.ts';
import { figuresIn } from './question.ts';
import { analyzeText, COUNTED, QUANTITY } from '../search/index.ts';

const PHRASE_END = /[,;:.()\n]|\s(and|or|but|which|who|compared|against|while|whereas)\s/i;

/** The lead of an answer: for a quantity question the figure phrase that best matches (never a figure the question itself gives), else the quote itself. */
export function leadOf(quote: string, q: QuestionTerms): string {
  if (q.type === 'quantity') {
    let best: { phrase: string; value: number } | null = null;
    const asked = new Set(q.terms);
    for (const f of figuresIn(quote)) {
      if (isAsked(f.value, asked)) continue;
      const rest = quote.slice(f.index);
      const stop = rest.slice(f.value.length).search(PHRASE_END);
      const phrase = rest.slice(0, stop < 0 ? Math.min(rest.length, 80) : f.value.length + stop).trim();
      const words = phrase.split(/\s+/).length;
      if (words < 2 || words > 10) continue;
      const value = coverageOf(phrase, q);
      if (!best || value > best.value) best = { phrase, value };
    }
    if (best && best.value > 0) return foldWhitespace(best.phrase);
  }
  const folded = foldWhitespace(quote);
  return folded.length > 300 ? `${folded.slice(0, 297).replace(/\s+\S*$/, '')}…` : folded;
}

/** True when a figure only repeats one the question gives ("within 20 working days" asked, "20" quoted). */
function isAsked(value: string, asked: Set<string>): boolean {
  const terms = analyzeText(value).filter((t) => t !== QUANTITY && !t.startsWith(COUNTED));
  return terms.length > 0 && terms.every((t) => asked.has(t));
}
