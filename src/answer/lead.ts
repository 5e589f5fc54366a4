import { foldWhitespace } from '../quote.ts';
import { shareOf, type QuestionTerms } from './extract.ts';
import { DURATION, figuresIn, fitsQuantity } from './question.ts';
import { analyzeText, COUNTED, QUANTITY } from '../search/index.ts';

const PHRASE_END = /,(?!\d)|\.(?!\d)|[;:()\n]|\s(and|or|but|which|who|compared|against|while|whereas|giving|making|meaning)\s/i;
/**
 * The lead of an answer, from its first quote. For a quantity question, the figure phrase that best says what was
 * asked: the question's words in the phrase or in what the figure measures, a figure of the sort wanted (money, a
 * share, a count), counting what the question counts; never a figure the question itself gives. Otherwise, or when
 * the quote has no such phrase, the quote itself. (Taking the figure from any of the first three quotes was measured
 * on the tuning part and put fewer leads right: 162 against 168 of 223 answered.) For "how long", the span of time.
 */
export function leadOf(quote: string, q: QuestionTerms): string {
  const period = q.quantity === 'duration' ? DURATION.exec(quote) : null;
  if (period) return foldWhitespace(period[0]);
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
      const said = new Set([...analyzeText(phrase), ...f.measureTerms]);
      const coverage = shareOf(said, q);
      if (coverage <= 0) continue;
      const sort = q.quantity && fitsQuantity(q.quantity, phrase) ? 0.5 : 0;
      const counts = q.quantity === 'count' && q.counted.some((t) => said.has(t) || said.has(`${COUNTED}${t}`)) ? 0.5 : 0;
      const value = coverage + sort + counts;
      if (!best || value > best.value) best = { phrase, value };
    }
    if (best) return foldWhitespace(best.phrase);
  }
  const folded = foldWhitespace(quote);
  return folded.length > 300 ? `${folded.slice(0, 297).replace(/\s+\S*$/, '')}…` : folded;
}

/** True when a figure only repeats one the question gives ("within 20 working days" asked, "20" quoted). */
function isAsked(value: string, asked: Set<string>): boolean {
  const terms = analyzeText(value).filter((t) => t !== QUANTITY && !t.startsWith(COUNTED));
  return terms.length > 0 && terms.every((t) => asked.has(t));
}
