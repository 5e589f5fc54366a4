import { foldWhitespace } from '../quote.ts';
import type { Citation } from '../domain.ts';
import { fitsQuestion, holdsPost, INTRO_WORDS, QUALIFIED_BEFORE, shareOf, type QuestionTerms } from './extract.ts';
import { dateLabel } from './render.ts';
import { DURATION, figuresIn, fitsQuantity, MONTH_NAME, namesPerson, withoutStatuteYears } from './question.ts';
import { analyzeText, COUNTED, POSTS, QUANTITY } from '../search/index.ts';

const PHRASE_END = /,(?!\d)|\.(?!\d)|[;:()\n]|\s(and|or|but|which|who|compared|against|while|whereas|giving|making|meaning)\s/i;
/**
 * The lead of an answer, from its first quote. For a quantity question, the figure phrase that best says what was
 * asked: the question's words in the phrase or in what the figure measures, a figure of the sort wanted (money, a
 * share, a count), counting what the question counts; never a figure the question itself gives. Otherwise, or when
 * the quote has no such phrase, the quote itself. (Taking the figure from any of the first three quotes was measured
 * on the tuning part and put fewer leads right: 162 against 168 of 223 answered.) For "how long", the span of time.
 * For "who", the post asked about with the name beside it.
 */
export function leadOf(quote: string, q: QuestionTerms): string {
  const holder = holderPhrase(quote, q);
  if (holder) return holder;
  const period = q.quantity === 'duration' ? DURATION.exec(quote) : null;
  if (period) return foldWhitespace(period[0]);
  if (q.type === 'quantity') {
    let best: { phrase: string; value: number } | null = null;
    const asked = new Set(q.terms);
    for (const f of figuresIn(quote)) {
      if (isAsked(f.value, asked)) continue;
      const phrase = figurePhrase(quote, f);
      if (!phrase) continue;
      const said = new Set([...analyzeText(phrase), ...f.measureTerms]);
      const coverage = shareOf(said, q);
      if (coverage <= 0) continue;
      const sort = q.quantity && fitsQuantity(q.quantity, phrase) ? 0.5 : 0;
      const counts = q.quantity === 'count' && q.counted.some((t) => said.has(t) || said.has(`${COUNTED}${t}`)) ? 0.5 : 0;
      // "improved from 74.7% to 75.2%", "increased by 12 to 1,238": the level now answers, not the earlier value nor the change.
      const level = q.change || !EARLIER_OR_CHANGE.test(quote.slice(0, f.index)) ? 0.5 : 0;
      const value = coverage + sort + counts + level;
      if (!best || value > best.value) best = { phrase, value };
    }
    if (best) return foldWhitespace(best.phrase);
  }
  const folded = withoutAskingHeading(foldWhitespace(quote));
  return folded.length > 300 ? `${folded.slice(0, 297).replace(/\s+\S*$/, '')}…` : folded;
}

/** A figure's words before it that make it an earlier value or a change ("improved from 74.7%", "increased by 12"). */
const EARLIER_OR_CHANGE = /\b(?:from|by)\s+(?:about|around|almost|nearly|over|some)?\s*$/i;
const FIGURE_PHRASE_WORDS = 10;
/** A phrase ending at its figure may run longer: it holds the measure's whole name ("The percentage of ... social workers (75.2%)"). */
const MEASURE_PHRASE_WORDS = 20;
const PHRASE_ENDS = new RegExp(PHRASE_END.source, 'gi');
/** Where a clause ends: a full stop, a semicolon or colon, a bracket or a line break (not a comma or a conjunction). */
const CLAUSE_ENDS = /\.(?!\d)|[;:()\n]/g;

/**
 * The words that say what a figure is, as a verbatim slice of the quote: from the figure to the end of its phrase
 * ("1,409 children in care"), or, when the figure ends its phrase ("... employed by the council (75.2%)"), from the
 * start of the phrase to the figure, when it names the figure in words of its own and holds no other number but
 * where the figure came from.
 * Null when neither is long enough to say what the figure is and short enough to lead.
 */
function figurePhrase(quote: string, f: { value: string; index: number }): string | null {
  const rest = quote.slice(f.index);
  const stop = rest.slice(f.value.length).search(PHRASE_END);
  const after = rest.slice(0, stop < 0 ? Math.min(rest.length, 80) : f.value.length + stop).trim();
  const words = after.split(/\s+/).length;
  if (words >= 2) return words <= FIGURE_PHRASE_WORDS ? after : null;
  const opened = quote.slice(0, f.index).match(/\(\s*$/)?.[0].length ?? 0;
  const before = quote.slice(0, f.index - opened);
  const ends = [...before.matchAll(PHRASE_ENDS)];
  const start = Math.max(0, ...ends.map((m) => m.index + m[0].length));
  const closed = opened > 0 && quote[f.index + f.value.length] === ')' ? 1 : 0;
  const end = f.index + f.value.length + closed;
  const own = measurePhrase(quote, start, f.index - opened, end);
  if (own || analyzeText(before.slice(start)).length >= 2) return own;
  // A figure set off by commas ("The percentage of care leavers in education, employment or training, at 53.6%,"):
  // its measure is named before the commas, from where the sentence's clause begins.
  const clause = Math.max(0, ...[...before.matchAll(CLAUSE_ENDS)].map((m) => m.index + m[0].length));
  return clause < start ? measurePhrase(quote, clause, f.index - opened, end) : null;
}

/**
 * The slice of a quote from a phrase's start to the end of its figure (which begins at `figure`), when it names the
 * figure in words of its own and is short enough to lead. A phrase with another number before the figure is that number's ("... was 3,058 out of a possible
 * 3,243"), unless the number is where the figure came from ("increased by 12 over the quarter to 1,238"); one without
 * two words of its own does not say what the figure is ("with 37").
 */
function measurePhrase(quote: string, start: number, figure: number, end: number): string | null {
  const phrase = quote.slice(start, end).trim();
  const named = quote.slice(start, figure);
  const others = [...named.matchAll(/\d[\d,.]*/g)].every((m) => EARLIER_OR_CHANGE.test(quote.slice(0, start + m.index)));
  const fits = phrase.split(/\s+/).length <= MEASURE_PHRASE_WORDS && others && analyzeText(named).length >= 2;
  return fits ? phrase : null;
}

/** A short heading that asks what follows answers ("What needs to improve?"), before more text. */
const ASKING_HEADING = /^[^.?!]{1,100}\?\s+(?=\S)/;

/** A quote without a heading that only asks what the rest answers: the lead says the answer, not the question. */
function withoutAskingHeading(text: string): string {
  const m = ASKING_HEADING.exec(text);
  return m && m[0].trim().split(/\s+/).length <= INTRO_WORDS ? text.slice(m[0].length) : text;
}

/** True when a figure only repeats one the question gives ("within 20 working days" asked, "20" quoted). */
function isAsked(value: string, asked: Set<string>): boolean {
  const terms = analyzeText(value).filter((t) => t !== QUANTITY && !t.startsWith(COUNTED));
  return terms.length > 0 && terms.every((t) => asked.has(t));
}

/** How many of the first quotes a "who" or "when" answer's lead may come from. */
const LEAD_QUOTES = 3;

/**
 * Which of an answer's citations leads it: the first, except that a "who" answer leads with the first of its best
 * citations from the same paper that sets a name beside the post asked about (a report's title block may rank first
 * without the lead inspector's line), and a "when" answer with the first of its best citations that dates the event
 * asked about (`givesAskedDate`). The answer puts that citation first.
 */
export function leadingQuote(citations: Array<{ quote: string; paper: { id: string } }>, q: QuestionTerms): number {
  const first = citations[0];
  if (!first) return 0;
  if (q.type === 'date') {
    if (givesAskedDate(first.quote)) return 0;
    return Math.max(0, citations.slice(0, LEAD_QUOTES).findIndex((c) => givesAskedDate(c.quote)));
  }
  if (q.type !== 'person' || holderPhrase(first.quote, q) !== null) return 0;
  const i = citations.slice(1, LEAD_QUOTES).findIndex((c) => c.paper.id === first.paper.id && holderPhrase(c.quote, q) !== null);
  return i + 1;
}

/** A date as papers give one: a day and month, a month and year, or a year. */
const DATE_MENTION = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:\s+(?:19|20)\d\d)?|${MONTH_NAME}\s+(?:19|20)\d\d|(?:19|20)\d\d)\b`, 'gi');
/**
 * Words before a date that make it the time of an earlier event the text looks back to: "the last inspection in
 * 2018", "since the focused visit in September 2018" (but not "in post since April 2011", the start asked about).
 */
const LOOKS_BACK = new RegExp(String.raw`\b(?:last|previous|previously|prior|earlier|preceding)\b[^.;:]{0,40}$|\bsince\s+(?!(?:early|late|mid|the (?:start|end|beginning) of)\b)(?:the|a|an|its|their|this)\b[^.;:]{0,40}$`, 'i');

/**
 * True when a quote dates the event a "when" question asks about: it gives a date that is not the time of an earlier
 * event it looks back to ("Since the last inspection in 2018, …" dates the inspection before). Tried on the tuning
 * part, also asking for a date in the question's years put fewer leads right: a year often says which report to read
 * ("for the 2024 report", "according to Ofsted in 2016"), not when the event was.
 */
export function givesAskedDate(quote: string): boolean {
  for (const m of withoutStatuteYears(quote).matchAll(DATE_MENTION)) {
    if (!LOOKS_BACK.test(quote.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}

/**
 * The candidates in the order they are cited: as ranked, except that for a grade question the best candidate from the
 * inspection's paper that gives the grade asked for comes first, when the first does not: the overall grade for a
 * question about the whole service, the part's for one that names a part ("How were care leavers graded?"). The
 * inspection is the first candidate's paper, unless the question asks about a year that paper is not of and another
 * candidate's paper is (`ofAskedYear`): a 2024 report recalling "the last inspection in 2019" speaks of 2019
 * second-hand, and the 2019 report itself says its grade. Its judgement table then says the grade, however its rows
 * rank among the sentences that recall or discuss grades; with no such row, that paper's best candidate comes first.
 */
export function askedGradeFirst<T extends { givesAsked?: boolean; hit: { paperId: string } }>(
  ranked: T[],
  ofAskedYear: (paperId: string) => boolean = () => false,
): T[] {
  const first = ranked[0];
  if (!first || first.givesAsked === undefined) return ranked;
  const yearPaper = ofAskedYear(first.hit.paperId) ? undefined : ranked.find((c) => ofAskedYear(c.hit.paperId))?.hit.paperId;
  if (yearPaper === undefined && first.givesAsked) return ranked;
  const paper = yearPaper ?? first.hit.paperId;
  let i = ranked.findIndex((c) => c.givesAsked && c.hit.paperId === paper);
  if (i < 0 && yearPaper !== undefined) i = ranked.findIndex((c) => c.hit.paperId === paper);
  return i <= 0 ? ranked : toFront(ranked, i);
}

/** The list with its i-th item moved to the front, the rest in order. */
export function toFront<T>(items: T[], i: number): T[] {
  return [items[i]!, ...items.filter((_, j) => j !== i)];
}

/**
 * For a "who" or "when" question that names a year: a citation from a paper of that year (its date, title, file name
 * or the dates on its first page) first, when the best is from another ("who was lead inspector for the 2016
 * inspection" is answered by the 2016 report, not by the 2019 one that ranks higher). A figure's year is left alone:
 * it may be the year the figure is for.
 */
export function askedYearFirst<T extends { hit: { paperId: string } }>(ranked: T[], ofAskedYear: (paperId: string) => boolean): T[] {
  const first = ranked[0];
  if (!first || ofAskedYear(first.hit.paperId)) return ranked;
  const i = ranked.findIndex((c) => ofAskedYear(c.hit.paperId));
  return i <= 0 ? ranked : toFront(ranked, i);
}

/** A capitalised word of a name, inner capitals allowed ("McLaughlin", "O'Brien"). */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]+)*(?!\p{L})`;
const NAME_RUN = new RegExp(String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Lord|Lady|Dame|Baroness)\.?\s+)?${NAME_WORD}(?:\s+(?!(?:Her|His|The|Deputy)\b)${NAME_WORD})+`, 'gu');
const WORD = /\p{L}+/gu;
/** How far from a name its post may stand: "Lead inspector: Jane Smith", "Jane Smith (Chair)". */
const POST_REACH = 40;

/**
 * For a "who" question: the post asked about and the name beside it, as the quote words them ("Lead inspector: Jane
 * Smith", "Jane Smith (Chair)"); null when the quote sets no name beside the post within the same clause.
 */
function holderPhrase(quote: string, q: QuestionTerms): string | null {
  if (q.type !== 'person') return null;
  const posts = q.posts.length > 0 ? q.posts : postsWorded(q.terms);
  if (posts.length === 0) return null;
  for (const m of quote.matchAll(NAME_RUN)) {
    if (!namesPerson(m[0].replace(/(?<=\p{Ll})\p{Lu}/gu, (c) => c.toLowerCase()))) continue;
    const start = m.index;
    const end = start + m[0].length;
    const from = Math.max(0, start - POST_REACH);
    for (const post of posts) {
      const before = postBefore(quote.slice(from, start), post);
      if (before >= 0) return foldWhitespace(quote.slice(from + before, end));
      const after = postAfter(quote.slice(end, end + POST_REACH), post);
      if (after >= 0) return foldWhitespace(quote.slice(start, end + after));
    }
  }
  return null;
}

/** Where, in the words before a name, the post starts (nearest the name), or -1. */
function postBefore(text: string, post: string[]): number {
  let found = -1;
  for (const w of text.matchAll(WORD)) {
    const rest = text.slice(w.index);
    if (!holdsPost(analyzeText(rest), post)) break;
    found = /[.;!?]\s/.test(rest) || QUALIFIED_BEFORE.test(text.slice(0, w.index)) ? -1 : w.index;
  }
  return found;
}

/** Where, in the words after a name, the post ends (with a closing bracket), or -1. */
function postAfter(text: string, post: string[]): number {
  for (const w of text.matchAll(WORD)) {
    const end = w.index + w[0].length;
    const upTo = text.slice(0, end);
    if (/[.;!?]\s/.test(upTo) || QUALIFIED_BEFORE.test(text.slice(0, w.index))) return -1;
    if (holdsPost(analyzeText(upTo), post)) return text[end] === ')' ? end + 1 : end;
  }
  return -1;
}

/** The words of each post (plain, not as a concept) as analysed terms: "lead inspector" is lead, inspector. */
const POST_WORDS = POSTS.map((p) => analyzeText(p).filter((t) => !t.startsWith('c_')));

/**
 * Posts a question words in its own forms rather than by their title ("who led the inspection" for the lead
 * inspector): each as the question's terms that begin each word of the post.
 */
function postsWorded(terms: string[]): string[][] {
  const found: string[][] = [];
  for (const words of POST_WORDS) {
    const matched = words.map((w) => terms.find((t) => t.length >= 3 && w.startsWith(t)));
    if (words.length > 1 && matched.every((t) => t !== undefined)) found.push(matched as string[]);
  }
  return found.sort((a, b) => b.length - a.length);
}

/** A question in the present tense that names no year ("How many children in care are there?"): it asks how things stand now. */
export function asksNow(question: string): boolean {
  return !/\b(?:19|20)\d\d\b/.test(question) && /\b(?:is|are|does|do|has|have|currently|now|latest|current)\b|\w['’]s\b/i.test(question) && !/\b(?:was|were|did|had)\b/i.test(question);
}

const dateOf = (c: Citation) => c.paper.date ?? '';

/**
 * For a question that asks how things stand now, the citation to lead with: the first of those from the latest dated
 * paper cited that gives the kind of answer asked for, when its paper is later than the first citation's (or the first
 * is undated); else the first (0).
 */
export function latestFirst(citations: Citation[], q: QuestionTerms, now: boolean): number {
  const first = citations[0];
  if (!now || !first || q.type !== 'quantity') return 0;
  let best = 0;
  citations.forEach((c, i) => {
    if (i > 0 && dateOf(c) > dateOf(citations[best]!) && givesAsked(q, c.quote)) best = i;
  });
  return best;
}

/**
 * A quote that by itself gives the figure asked for: it fits the question, and for a count of a concept ("children in
 * care") it counts that concept ("1,409 children in care"), where a fitting span may leave the concept to its passage.
 */
function givesAsked(q: QuestionTerms, quote: string): boolean {
  if (!fitsQuestion(q, quote)) return false;
  const concepts = q.quantity === 'count' ? q.terms.filter((t) => t.startsWith(`${COUNTED}c_`)) : [];
  if (concepts.length === 0) return true;
  const terms = new Set(analyzeText(quote));
  return concepts.some((t) => terms.has(t));
}

/**
 * A figure's lead with the date of the paper that gives it ("1,409 children in care (13 February 2025)"), and, when a
 * later paper was put first for a question about now, that it is the latest cited and what an older one gives.
 */
export function datedLead(lead: string, citations: Citation[], q: QuestionTerms, older: Citation | null): string {
  const first = citations[0];
  if (q.type !== 'quantity' || !first) return lead;
  const when = dateLabel(first.paper.date);
  if (!older) return `${lead} (${when})`;
  return `${lead} (${when}, the latest of the papers cited; ${older.paper.date ? `a paper of ${dateLabel(older.paper.date)}` : 'an undated paper'} gives ${leadOf(older.quote, q)})`;
}
