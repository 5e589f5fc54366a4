/** Numbers, money, percentages and years as terms: "24,000" and "24000" meet, "£9.6m" and "£9.6 million" meet, "15%" and "15 per cent" meet. */

/** A number the tokenizer found, already brought to its term. */
export interface NumberToken {
  term: string;
  /** True for a count, amount or rate (not a year, a date or a small list number). */
  quantity: boolean;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** The digits and decimals of a number as a term: "9.6" -> "9_6", "24,000" -> "24000", "007" -> "7". */
export function numberValueTerm(digits: string, decimals = ''): string {
  const whole = digits.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = decimals.replace(/^\./, '').replace(/0+$/, '');
  return fraction ? `${whole}_${fraction}` : whole;
}

/**
 * Turns a matched number with its currency, multiplier or percent sign into one term.
 * Money keeps only its value (so "£9.6m" meets "9.6 million"); a percentage gets a "pct" suffix.
 */
export function numberToken(currency: string | undefined, digits: string, decimals: string | undefined, suffix: string | undefined): NumberToken {
  const unit = (suffix ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (unit === '%' || unit === 'per cent' || unit === 'percent' || unit === 'percent.' || unit === 'percentage') {
    return { term: `${numberValueTerm(digits, decimals)}pct`, quantity: true };
  }
  const multiplier = MULTIPLIERS[unit];
  if (multiplier) {
    const value = Math.round(Number(`${digits.replace(/,/g, '')}${decimals ?? ''}`) * multiplier);
    return { term: String(value), quantity: true };
  }
  const term = numberValueTerm(digits, decimals);
  const isYear = !decimals && !digits.includes(',') && /^(19|20)\d\d$/.test(digits);
  const quantity = Boolean(currency) || Boolean(decimals) || (!isYear && Number(term.replace('_', '.')) >= 10);
  return { term, quantity };
}

/** "2016/17", "2016-2017" -> "2016_17" (a financial or school year); "2014-2017" -> the two years. */
export function yearSpanTerms(first: string, second: string): string[] {
  const start = Number(first);
  const end = second.length === 2 ? Math.floor(start / 100) * 100 + Number(second) : Number(second);
  if (end === start + 1) return [`${start}_${String(end % 100).padStart(2, '0')}`];
  return [String(start), String(end)];
}

/** Words that make the number after them a reference, not a quantity ("section 47", "page 12"). */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'section', 's', 'page', 'pages', 'paragraph', 'para', 'paras', 'item', 'items', 'appendix', 'annex', 'chapter',
  'table', 'figure', 'clause', 'rule', 'article', 'no', 'number', 'minute', 'minutes', 'agenda', 'p', 'pp', 'ref',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
