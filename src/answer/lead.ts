import { foldWhitespace } from '../quote.ts';
import { shareOf, type QuestionTerms } from './extract.ts';
import { figuresIn, fitsQuantity } from './question.ts';
import { analyzeText, COUNTED, QUANTITY } from '../search/index.ts';

const PHRASE_END = /[,;:.()\n]|\s(and|or|but|which|who|compared|against|while|whereas)\s/i;
/** How many citations the lead's figure may come from, and what each place down the list costs a phrase. */
const LEAD_FROM = 3;
const PER_PLACE = 0.05;

/** The lead of an answer, and which of the quotes it comes from. */
export interface Lead {
  text: string;
  from: number;
}

/**
 * The lead of an answer. For a quantity question, the figure phrase among the first quotes that best says what was
 * asked: the question's words in the phrase or in what the figure measures, a figure of the sort wanted (money, a
 * share, a count), counting what the question counts; never a
 * figure the question itself gives. Otherwise, or when no quote has such a phrase, the first quote itself.
 */
export function leadOf(quotes: string[], q: QuestionTerms): Lead {
  if (q.type === 'quantity') {
    let best: { phrase: string; value: number; from: number } | null = null;
    const asked = new Set(q.terms);
    for (const [from, quote] of quotes.slice(0, LEAD_FROM).entries()) {
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
        const value = coverage + sort + counts - PER_PLACE * from;
        if (!best || value > best.value) best = { phrase, value, from };
      }
    }
    if (best) return { text: foldWhitespace(best.phrase), from: best.from };
  }
  const folded = foldWhitespace(quotes[0] ?? '');
  return { text: folded.length > 300 ? `${folded.slice(0, 297).replace(/\s+\S*$/, '')}…` : folded, from: 0 };
}

/** True when a figure only repeats one the question gives ("within 20 working days" asked, "20" quoted). */
function isAsked(value: string, asked: Set<string>): boolean {
  const terms = analyzeText(value).filter((t) => t !== QUANTITY && !t.startsWith(COUNTED));
  return terms.length > 0 && terms.every((t) => asked.has(t));
}
