import type { SearchIndex } from '../search/types.ts';
import { analyzeQuery, analyzeText, COUNTED, POSTS, QUANTITY } from '../search/index.ts';
import type { QuestionTerms } from './extract.ts';
import { COUNTS, answerType, asksChange, figuresIn, quantityKind } from './question.ts';

const PHRASE_STOP = /^(are|is|was|were|did|does|do|have|has|had|will|would|can|could|should|in|of|at|on|for|to|from|by|with|were|there|currently|now|still)$/i;

/**
 * Which paper to read, not what to find in it ("per the 2017 report", "according to Ofsted's 2024 report"): an answer
 * that holds the paper's year or the word "report" is no better for it. Group 1 holds the paper's year when given.
 */
const POINTER = /,?\s*\b(?:per|according to|in|from) (?:the|its|their|ofsted['’]s) (?:((?:19|20)\d\d) |latest |last |most recent |first )?(?:ofsted |inspection )*(?:report|letter|minutes)\b/gi;

/** The years of the papers a question points to ("per the 2017 report"): the focus reads only those papers. */
export function pointedYears(question: string): string[] {
  return [...new Set([...question.matchAll(POINTER)].flatMap((m) => (m[1] ? [m[1]] : [])))];
}

/** A question about the newest paper ("at its last inspection", "(latest Ofsted)", "the most recent report"). */
const LATEST = /\b(?:latest|most recent|last|newest) (?:ofsted |ilacs |inspection )*(?:report|inspection|ofsted|letter|minutes)s?\b/i;

/** True when a question asks of the newest of its papers (the focus ignores it when the question gives a year: "the last inspection" may then be the one before it). */
export function pointsToLatest(question: string): boolean {
  return LATEST.test(question);
}

const FRAME = [
  POINTER,
  /\baccording to\b/gi,
  /\b(?:what|which) (?:share|proportion|fraction) of\b/gi,
  /\b(?:can|could) you (?:tell me|say|find)\b|\btell me\b|\bdo (?:we|you) know\b|\bplease\b/gi,
  /\b(?:in|from) (?:the|these|our) (?:papers|documents|reports)\b/gi,
  /\bwhat (?:do|does) (?:the papers?|it) say about\b/gi,
  // The inspectorate is who speaks in an inspection report, not what it speaks of: "What did Ofsted say about X" asks about X.
  /\bwhat (?:did|does|do|has|have|had) (?:ofsted|(?:the )?inspectors?|the inspection|the inspectorate|the (?:ofsted )?report) (?:say|said|find|found|think|thought|make of|report|reported|conclude|concluded|write|wrote)\b/gi,
];

/** Takes out a question's frame ("according to", "tell me"): words that carry no subject to search for. */
export function withoutFrame(question: string): string {
  return FRAME.reduce((q, re) => q.replace(re, ' '), question).replace(/\s+/g, ' ').trim();
}

/** The analysed terms of a question with their weights, the kind of answer it wants, and what a count must count. */
export function questionTerms(index: Pick<SearchIndex, 'idf' | 'known'>, query: string, question = query): QuestionTerms {
  const analysed = analyzeQuery(query);
  const terms = [...new Set(analysed.map((t) => t.term))];
  const type = answerType(question);
  return {
    terms,
    idf: index.idf(terms),
    type,
    quantity: type === 'quantity' ? quantityKind(question) : null,
    counted: type === 'quantity' ? countedTerms(question) : [],
    head: type === 'quantity' ? countedHead(question) : [],
    known: index.known(terms),
    posts: type === 'person' ? postsAsked(terms) : [],
    change: asksChange(question),
  };
}

/** Each post's terms as a question reads them (a post's phrase becomes its concept: "director of children's services" is c_dcs). */
const POST_TERMS = POSTS.map((p) => [...new Set(analyzeQuery(p).map((t) => t.term))]).filter((t) => t.length > 0);

/** The posts a question's terms name; of two that overlap, the longer ("lead inspector", not "inspector" as well). */
function postsAsked(terms: string[]): string[][] {
  const have = new Set(terms);
  const named = POST_TERMS.filter((post) => post.every((t) => have.has(t)));
  return named.filter((post) => !named.some((other) => other.length > post.length && post.every((t) => other.includes(t))));
}

/** "How many Barsetshire care leavers are …": the analysed terms of the noun phrase counted (care, leaver, care leavers) and its head noun, without names. */
export function countedTerms(question: string): string[] {
  const plain = countedPhrase(question);
  if (plain.length === 0 || (plain.length === 1 && GENERIC_HEAD.test(plain[0]!))) return [];
  return [...new Set([...analyzeQuery(plain.join(' ')).map((t) => t.term.replace(COUNTED, '')), ...headOf(plain)])];
}

/**
 * The head noun of what a count question counts, as analysed terms: "how many social worker vacancies" counts
 * vacancies, not social workers; "how many times" counts no thing of its own.
 */
export function countedHead(question: string): string[] {
  return headOf(countedPhrase(question));
}

/** A head that counts no thing of its own: "how many times", "how many people" (residents, consultees, anyone the papers name). */
const GENERIC_HEAD = /^(?:times|people|persons|individuals)$/i;

function headOf(phrase: string[]): string[] {
  const head = phrase.at(-1);
  if (head === undefined || GENERIC_HEAD.test(head)) return [];
  // As the papers write it and as a question means it ("kids" is children).
  const terms = [...analyzeText(head), ...analyzeQuery(head).map((t) => t.term)];
  return [...new Set(terms.filter((t) => !t.startsWith(COUNTED) && t !== QUANTITY))];
}

/** Words that end a counted noun phrase: a relative, a negation, a pronoun or article, a preposition of place, time or comparison. */
const PHRASE_END = /^(?:who|which|that|not|i|we|you|he|she|it|they|them|us|our|their|its|his|her|the|a|an|into|over|under|across|during|since|before|between|within|through|than|per|about|around|last|so|yet|out|up)$/i;
/** A word that reads as a plural noun, after which a verb ends the phrase ("social workers left"). */
const PLURAL = /(?:[^s]s|^children|^people|^men|^women|^staff)$/i;
/** Common verbs, in their past or present forms, that follow the thing counted ("people came", "families live"). */
const VERB_AFTER = /^(?:came|went|left|got|took|gave|made|saw|had|said|found|felt|kept|lost|met|paid|ran|sent|spent|stood|sat|began|became|gone|been|done|seen|taken|given|live|attend|use|receive|get|go|come|leave|stay|wait|need|want|say|think|feel|remain|become|move)$/i;
const PAST = /^[a-z]{2,}(?<!e)ed$/i;

/** How many thesaurus concepts a text's words form as a question reads them. */
const conceptsOf = (text: string): number => analyzeQuery(text).filter((t) => t.concept).length;

/**
 * True when a word ends the counted phrase: one of PHRASE_END, or a verb after a plural ("how many people came", "how
 * many social workers left"), unless the words around it form one concept ("children looked after").
 */
function endsPhrase(word: string, before: string | undefined, after: string | undefined): boolean {
  if (PHRASE_END.test(word)) return true;
  if (!before || !PLURAL.test(before)) return false;
  if (!VERB_AFTER.test(word) && !PAST.test(word) && !/^[a-z]{2,}ing$/i.test(word)) return false;
  const around = [before, word, after ?? ''].join(' ');
  return conceptsOf(around) <= conceptsOf(before) + conceptsOf(after ?? '');
}

/** The words of the noun phrase after "how many" or "number of", without names, up to its verb or preposition. */
function countedPhrase(question: string): string[] {
  const m = /\bhow many\s+(.+)$/i.exec(question) ?? /\bnumber of\s+(.+)$/i.exec(question);
  if (!m) return [];
  const words: string[] = [];
  const all = m[1]!.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  for (const [i, bare] of all.entries()) {
    if (!bare || PHRASE_STOP.test(bare)) break;
    if (words.length > 0 && endsPhrase(bare, all[i - 1], all[i + 1])) break;
    if (!/^[A-Z][a-z]/.test(bare) || words.length > 0) words.push(bare);
  }
  return words.filter((w) => !/^[A-Z][a-z]/.test(w));
}

const WINDOW = 4;

/**
 * True when a count stands within a few words, in the same clause, of a word that means what is counted: "144
 * children", "children (144)", "45% of children"; a sum of money or a span of time beside it ("£21.5m for children's services") counts nothing.
 */
export function countsNear(text: string, counted: string[]): boolean {
  const want = new Set(counted);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ index: m.index, end: m.index + m[0].length, terms: analyzeText(m[0]) }));
  const figureAt = figuresIn(text).filter((f) => COUNTS.has(f.unit)).map((f) => words.findIndex((w) => w.index <= f.index && f.index < w.end));
  const sameClause = (a: number, b: number) => {
    const [from, to] = a < b ? [a, b] : [b, a];
    return !/[;:!?]|\.\s/.test(text.slice(words[from]!.index, words[to]!.index));
  };
  return words.some((w, i) => w.terms.some((t) => want.has(t)) && figureAt.some((f) => f >= 0 && Math.abs(f - i) <= WINDOW && sameClause(f, i)));
}
