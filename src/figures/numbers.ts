import type { NotFigureReason } from './types.ts';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** Spans of a sentence that are dates, times, financial years and page or document references: no number inside is a figure. */
const MASKS: Array<[RegExp, NotFigureReason]> = [
  [new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b`, 'gi'), 'date'],
  [new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\.?,?(?:\s+(?:19|20)\d{2})?\b`, 'gi'), 'date'],
  [new RegExp(String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b`, 'gi'), 'date'],
  [new RegExp(String.raw`\b(?:${MONTHS})\.?,?\s+(?:19|20)?\d{2}\b`, 'gi'), 'date'],
  [/\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b/g, 'date'],
  [/\b(?:19|20)\d{2}\s?[-/–—―─‐\u2212\u0336]\s?(?:(?:19|20)\d{2}|\d{2})\b/g, 'year'],
  [/\b\d{2}\/\d{2}\b/g, 'year'],
  [/\b\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|hrs|noon)\b/gi, 'time'],
  [/\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?=\W|$)/gi, 'time'],
  [/\b(?:[01]?\d|2[0-3]):[0-5]\d\b/g, 'time'],
  [/\b(?:[01]?\d|2[0-3])\.(?:00|15|30|45)\b(?!\s?%)/g, 'time'],
  [/\b(?:pages?|pp?\.)\s*\d+(?:\s*(?:-|–|to|and|of)\s*\d+)?\b/gi, 'page'],
  [/\b\d{2,4}[-/]\d{3,6}\b/g, 'reference'],
  [/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/g, 'phone'],
  [/\b0\d{2,4}\s\d{3,4}\s?\d{0,4}\b/g, 'phone'],
];

/** Words before a number that make it a label, not an amount: "paragraph 4", "section 47", "Year 6", "Key Stage 2". */
const LABEL_BEFORE =
  /(?<![’'])\b(?:paragraphs?|paras?|reasons?|sections?|s|ss|appendix|appendices|annex(?:e|es)?|items?|tables?|figures?|fig|charts?|graphs?|recommendations?|chapters?|parts?|phases?|stages?|tiers?|levels?|key stage|years?|steps?|priorit(?:y|ies)|questions?|q|no|nos|numbers?|ref|reference|urn|decisions?|articles?|regulations?|rules?|schedules?|clauses?|standards?|version|v|week|day|room|floor|wards?|routes?|grades?|bands?|waves?|rounds?|quarters?|terms?|lots?|options?|points?|objectives?|outcomes?|principles?|actions?|blocks?|units?|modules?|lines?|tel|telephone|fax|mobile|ext|extension|box|codes?|category|categories|class|covid|motion|amendment|minute|minutes|agenda|issue|report|cabinet|round|bullet|criteri(?:a|on)|domain|indicator|measure|kpi|theme|area|zone|pillar|strand)\.?\s*(?:no\.?\s*)?$/i;

/** Words before a number that make it an age: "aged 16", "under the age of 18", "over 65". */
const AGE_BEFORE = /\b(?:aged?|ages|age of|age range of|approaching|turning|turns?|turned|reaching|reach)\s*(?:between\s+|from\s+|up to\s+|under\s+|over\s+)?$/i;
/** People over or under a number are of an age: "young people over 21", "children under 5". */
const PEOPLE_OVER = /\b(?:people|persons|children|adults|leavers|carers|pupils|students|learners|residents|boys|girls|men|women|babies|infants|youngsters)\s+(?:aged\s+)?(?:over|under)\s*$/i;
/** Words after a number that make it an age: "16-year-olds", "17 years old", "18+ year olds". */
const AGE_AFTER = /^-?(?:\s*(?:-|–|to|and|or)\s*\d{1,2})?-?\+?\s*-?\s*(?:years?|yrs?)[\s-]*(?:olds?|of age)\b|^\+(?!\s*\d)/i;
/** A person's age given as "at 16," at the start of a clause ("but at 16, young people gain rights"), not a level ("stood at 16"). */
const AGE_AT = /(?:^|[,;:(]|\b(?:but|and|or|that|when|so|even|then|until|from|only|by|after|before))\s*at\s*$/i;
/** A person said to be so many years or months old: "my child, who is 2 years", "she was 15 months". */
const AGE_OF_PERSON = /\b(?:who|whom|he|she|they|child|son|daughter|baby)\s+(?:is|was|are|were|will be|would be|being)\s*$/i;
/** Distances are not figures of a service (no unit of a figure measures them): "1.5 miles away", "within 20 km". */
const DISTANCE_AFTER = /^\s*(?:miles?|kilomet(?:re|er)s?|km|metres?|meters?|yards?|feet|ft)\b/i;
/** Words that put a value at a sentence's end ("the total is 18."); any other word before a bare final number makes it a heading's number. */
const VALUE_VERB = /\b(?:is|are|was|were|be|been|of|to|at|from|by|than|totalled|totals|reached|with|about|around|approximately|over|under|only|just|nearly|almost|some|had|has|have|stood|rose|fell|increased|decreased|dropped)\s*$/i;
/** An inspection judgement word right before a bare number at a sentence's end: the next paragraph's number. */
const JUDGEMENT_BEFORE = /\b(?:inadequate|good|outstanding|improvement|adequate|effective|ineffective|good to be good)\s*$/i;
/** A period or threshold, not a value: "within 20 weeks", "over 12 months", "the last 3 years". */
const PERIOD_BEFORE = /\b(?:within|over|under|after|before|every|for|last|past|next|rolling|first|more than|less than|longer than|fewer than|up to|at least|least|than|in|each|per|of up to)\s*$/i;
const TIME_UNIT = /^\s*(?:-|–)?\s*(?:working\s+|calendar\s+|school\s+)?(days?|weeks?|months?|hours?|years?)\b/i;

/** A number of a sentence with its position. */
export interface NumberMatch {
  text: string;
  start: number;
  end: number;
  currency: boolean;
  digits: string;
  suffix: string;
}

const NUMBER = /(£\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?(?:%|per ?cent\b|percent\b|bn\b|billion\b|million\b|m\b|k\b|pp\b|percentage points?\b))?/gi;

/** Every number in a sentence, with its currency sign and unit word. */
export function numbersIn(text: string): NumberMatch[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    currency: Boolean(m[1]),
    digits: m[2]!,
    suffix: (m[3] ?? '').trim().toLowerCase(),
  }));
}

/** The masked spans of a sentence (dates, times, references) with their reasons. */
export function maskedSpans(text: string): Array<{ start: number; end: number; reason: NotFigureReason }> {
  const out: Array<{ start: number; end: number; reason: NotFigureReason }> = [];
  for (const [re, reason] of MASKS) for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, reason });
  return [...out, ...contentsSpans(text)];
}

/** Dot leaders of a contents line: "Summary ........ 3", "Summary … 3". */
const LEADERS = /(?:\.\s?){4,}|…\s?…/;
/** A bare page number between two headings of a contents list run into one line: "Governance 22 The Local Safeguarding Children Board 26". */
const HEADING_NUMBER = /(?<=[A-Za-z)’'”]\s{1,3})\d{1,3}(?=\s{1,3}[A-Z][a-z]|\s*$)/g;

/**
 * A contents list (a line with dot leaders, or three or more bare numbers each after a heading and rising): every
 * number in it is a page number.
 */
function contentsSpans(text: string): Array<{ start: number; end: number; reason: NotFigureReason }> {
  if (LEADERS.test(text)) return [{ start: 0, end: text.length, reason: 'page' }];
  const pages = [...text.matchAll(HEADING_NUMBER)];
  const rising = pages.every((m, i) => i === 0 || Number(m[0]) >= Number(pages[i - 1]![0]));
  return pages.length >= 3 && rising ? pages.map((m) => ({ start: m.index, end: m.index + m[0].length, reason: 'page' as const })) : [];
}

/** Why a number of a sentence is not a figure, or null when it is one. */
export function notFigureReason(text: string, n: NumberMatch, masks: ReturnType<typeof maskedSpans>, previous: { reason: NotFigureReason | null; end: number } | null): NotFigureReason | null {
  const masked = masks.find((m) => m.start <= n.start && n.end <= m.end);
  if (masked && !n.currency && !n.suffix.includes('%')) return masked.reason;
  const before = text.slice(0, n.start);
  const after = text.slice(n.end);
  const hasUnit = n.currency || n.suffix !== '';
  if (!n.currency && /[A-Za-z]$/.test(before)) return /\d$/.test(n.digits) && /[a-z]{3}$/.test(before) && !/\s/.test(before.slice(-1)) ? 'footnote' : 'reference';
  if (!n.suffix && /^[A-Za-z]/.test(after)) return /^(?:st|nd|rd|th)\b/i.test(after) ? 'list-number' : 'reference';
  if (/^[.,]\d/.test(after) || /\d[.,]$/.test(before)) return 'list-number';
  if (!n.currency && /[A-Za-z]-\s?$/.test(before)) return 'reference';
  if (!hasUnit && /\[\s*$/.test(before) && /^\s*\]/.test(after)) return 'footnote';
  if (!hasUnit && /^\d{1,2}$/.test(n.digits) && /[A-Za-z][’”')\]]$/.test(before)) return 'footnote';
  // A paragraph's number opens the text, or a line after a finished sentence ("… in employment.\n66. The vast majority").
  const opening = /(?:^|[.!?:;]["”’)]*[ \t]*\n)\s*(?:\d+[.)]\s*)?[(\[]?\s*$/.test(before);
  if (!hasUnit && opening && (/^\s*[.)\]]/.test(after) || (/^\s+[A-Z]/.test(after) && !/^\s+[A-Z]{2,}s\b/.test(after)) || n.digits.includes('.'))) return 'list-number';
  if (!hasUnit && /^\)\s+[A-Z]/.test(after) && /(?:^|\s)$/.test(before) && Number(n.digits) < 100) return 'list-number';
  if (!hasUnit && /^\.?\s*$/.test(after) && (/[)\]]\s*$/.test(before) || JUDGEMENT_BEFORE.test(before))) return 'list-number';
  if (!hasUnit && /^\s*-?\s*(?:year|month|week|day|hour)\s*-?\s*[a-z]/i.test(after) && !/^\s*-?\s*(?:year|month|week|day|hour)s\b/i.test(after)) return 'period';
  if (!hasUnit && TIME_UNIT.test(after) && new RegExp(`^\\s*-?\\s*\\w+\\s+(?:to|ending|ended|up to|until)\\s+(?:the\\s+end\\s+of\\s+)?(?:${MONTHS})\\b`, 'i').test(after)) return 'period';
  if (!hasUnit && Number(n.digits) < 100 && /^\s*(?:-|–|to)\s*\d{1,2}\s+\d/.test(after)) return 'age';
  if (!hasUnit && /^\s+(?:Section|Part|Chapter|Appendix|Annex)\b/.test(after)) return 'page';
  if (!hasUnit && /^\.?\s*$/.test(after) && !VALUE_VERB.test(before)) return 'list-number';
  if (!hasUnit && /\(\s*$/.test(before) && /^\s*\)/.test(after) && Number(n.digits) < 30) return 'list-number';
  if (!hasUnit && /\bper\s*$/i.test(before)) return 'denominator';
  if (!hasUnit && /^\d{1,2}\.\d{1,2}$/.test(n.digits) && /\b(?:at|in|see|under|and|to|of)\s*$/i.test(before) && !/^\s*(?:per|times|degrees|points?|tonnes|kg|km|miles|hours|days|weeks|months|years)\b/i.test(after)) return 'reference';
  if (!hasUnit && LABEL_BEFORE.test(before)) return /\bp(?:ages?|p?\.)\s*$/i.test(before) ? 'page' : 'reference';
  if (!hasUnit && (AGE_BEFORE.test(before) || AGE_AFTER.test(after))) return 'age';
  const small = /^\d{1,2}$/.test(n.digits) && Number(n.digits) <= 25;
  if (!hasUnit && small && AGE_AT.test(before) && /^\s*(?:,|(?:or|and|to)\s+\d{1,2}\b)/.test(after)) return 'age';
  if (!hasUnit && small && AGE_OF_PERSON.test(before) && /^\s*(?:years?|months?)\b/i.test(after)) return 'age';
  if (!hasUnit && small && /^\s*-?\s*plus\b/i.test(after)) return 'age';
  if (!hasUnit && small && /\bthe\s*$/i.test(before) && /^\s*(?:-|–|to)\s*\d{1,2}\s+(?!(?:days?|weeks?|months?|hours?|years?|per)\b)[a-z]/i.test(after)) return 'age';
  if (!n.currency && !n.suffix.includes('%') && DISTANCE_AFTER.test(after)) return 'distance';
  if (!hasUnit && /^\s*(?:-|–)\s*\d{1,2}\b(?!\s*(?:%|per))/.test(after) && Number(n.digits) <= 25 && !/^\s*(?:-|–)\s*\d{1,2}\s*(?:days?|weeks?|months?|hours?)/i.test(after)) return 'age';
  if (!hasUnit && /\b(?:under|over)\s*$/i.test(before) && /^\s*(?:-|–|s\b|'s\b)/.test(after)) return 'age';
  if (!hasUnit && /^\d{1,2}$/.test(n.digits) && PEOPLE_OVER.test(before)) return 'age';
  if (!hasUnit && /^(?:19|20)\d{2}$/.test(n.digits) && !/^\s+(?:[a-z]+s|children|people|staff)\b/.test(after)) return 'year';
  if (!hasUnit && /^(?:19|20)\d{2}$/.test(n.digits) && /\b(?:in|since|by|from|of|to|until|during|between|and|before|after|the|early|late|mid|summer|spring|autumn|winter)\s*$/i.test(before)) return 'year';
  if (!hasUnit && TIME_UNIT.test(after) && PERIOD_BEFORE.test(before)) return 'period';
  if (!hasUnit && /^0\d/.test(n.digits)) return 'phone';
  if (previous?.reason && previous.reason !== 'denominator' && !hasUnit && /^\s*(?:-|–|to|and|or|&)\s*$/.test(text.slice(previous.end, n.start))) return previous.reason;
  if ((previous?.reason === 'reference' || previous?.reason === 'page') && !hasUnit && /^\s*,\s*$/.test(text.slice(previous.end, n.start)) && /^\s*(?:[,;)\]]|and\b|or\b|$)/.test(after)) return previous.reason;
  return null;
}

/** The value of a number in its unit: money in pounds, percentages as written. */
export function valueOf(n: NumberMatch): number {
  const base = Number(n.digits.replace(/,/g, ''));
  const mult: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
  return n.currency ? base * (mult[n.suffix] ?? 1) : n.suffix === 'million' || n.suffix === 'billion' ? base * mult[n.suffix]! : base;
}

/** The time unit right after a number, if any: "20 weeks" -> weeks. */
export function timeUnitAfter(after: string): 'days' | 'weeks' | 'months' | 'hours' | 'years' | null {
  const m = TIME_UNIT.exec(after);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return (w.endsWith('s') ? w : `${w}s`) as 'days' | 'weeks' | 'months' | 'hours' | 'years';
}
