import { analyzeText, COUNTED, isLabelLine, isLabelledRow, POST_QUALIFIERS } from '../search/index.ts';
import type { SearchHit } from '../search/types.ts';
import { COUNTS, figuresIn, fitsQuantity, fitsType, type AnswerType, type QuantityKind } from './question.ts';
import { countsNear } from './terms.ts';

/** A quotable span of one to three sentences of a hit, with its features against the question. */
export interface Candidate {
  hit: SearchHit;
  start: number;
  end: number;
  text: string;
  /** The span's analysed terms. */
  terms: Set<string>;
  /** IDF-weighted share of the question's terms in the span itself. */
  coverage: number;
  /** The same share counting terms said elsewhere in the passage or the paper at a discount; set by the ranker. */
  context: number;
  fits: boolean;
  /** The span only repeats the paper's title or a heading: it names the subject without saying anything of it. */
  heading: boolean;
  /** What the question pins down (names, years, compounds) that the answer's paper or passage does not mention. */
  unmet: string[];
  /** Share of the question's terms in the paper's title, file name, kind and year: whether it is the paper asked about. */
  titleShare: number;
  /** Share of the question's core terms (not its names, years or "how many") in the span, or at a discount its passage. */
  core: number;
  /** The rarest core term of the question stands in the span or its passage. */
  rarest: boolean;
  /** The feature vector the model scores (see features.ts); set by the ranker. */
  features: number[];
  /** The model's probability that the span answers the question; set by the ranker. */
  score: number;
  /**
   * For a grade question, the span gives the grade asked for: the overall grade when the question names no part of
   * what is graded, else the grade of the part it names (see partTerms); set by the ranker.
   */
  givesAsked?: boolean;
}

export interface QuestionTerms {
  terms: string[];
  idf: Map<string, number>;
  type: AnswerType;
  /** For quantity questions: the sort of figure wanted. */
  quantity: QuantityKind | null;
  /** "How many X": the analysed terms of X, which a figure in the answer must count. */
  counted: string[];
  /** "How many X": the terms of X's head noun, one of which the answer must hold ("vacancies" in "social worker vacancies"). */
  head: string[];
  /** The terms the papers hold at all; a term no paper holds cannot be asked of the evidence. */
  known: Set<string>;
  /** For a person question, the posts it asks for the holder of, each as its analysed terms ("chief executive": chief, execut). */
  posts: string[][];
  /** The question asks how much something changed, not where it stands: a figure's change or earlier value may lead. */
  change: boolean;
}

/** True when a span gives the kind of answer the question wants: a figure of the right sort counting the right thing, a name, a date. */
export function fitsQuestion(q: QuestionTerms, text: string): boolean {
  if (q.type === 'person') return fitsType(q.type, text) && namesPost(q.posts, text);
  if (q.type !== 'quantity' || !q.quantity) return fitsType(q.type, text);
  if (!fitsQuantity(q.quantity, text)) return false;
  if (q.quantity !== 'count' || q.counted.length === 0) return true;
  const terms = new Set(analyzeText(text));
  if (q.head.length > 0 && !q.head.some((t) => terms.has(t) || terms.has(`${COUNTED}${t}`))) return false;
  if (q.counted.some((t) => terms.has(`${COUNTED}${t}`)) || countsNear(text, q.counted)) return true;
  // "The number of potholes repaired this quarter was 3,058": the count's measure names what is counted.
  return figuresIn(text).some((f) => COUNTS.has(f.unit) && q.counted.some((t) => f.measureTerms.includes(t)));
}

/**
 * True when a text names one of the posts asked about (or none was asked): a name without the post is someone else's.
 * A post's word may stand lengthened ("chair" in "Chairman").
 */
function namesPost(posts: string[][], text: string): boolean {
  if (posts.length === 0) return true;
  // A vice-chair, deputy or former holder is not the holder, unless that is the post asked about.
  let all: string[] | undefined;
  let held: string[] | undefined;
  return posts.some((post) => {
    const terms = QUALIFIER_TERMS.has(post[0]!) ? (all ??= analyzeText(text)) : (held ??= analyzeText(text.replace(QUALIFIED_POST, ' ')));
    return holdsPost(terms, post);
  });
}

/** True when analysed terms hold every word of a post, each perhaps lengthened ("chair" in "chairman"). */
export function holdsPost(terms: string[], post: string[]): boolean {
  return post.every((t) => terms.some((x) => x.startsWith(t)));
}

const QUALIFIER_TERMS = new Set(POST_QUALIFIERS.flatMap((w) => analyzeText(w)));
const QUALIFIED_POST = new RegExp(`\\b(?:${POST_QUALIFIERS.join('|')})[- ]+[A-Za-z]+`, 'gi');
/** A qualifier just before a post's word ("Vice-", "deputy "): the post that follows is not the one held. */
export const QUALIFIED_BEFORE = new RegExp(`\\b(?:${POST_QUALIFIERS.join('|')})[- ]+$`, 'i');

/** How many lines after a label are read for its value. */
const LABEL_READS = 3;

function hasValue(q: QuestionTerms, text: string, fits: (text: string) => boolean): boolean {
  return /\d/.test(text) || (q.type !== 'open' && fits(text));
}

/** A "Label: figure" pair ("Latest: 84%", "Target: £2.1m"). */
const LABELLED_FIGURE = /\p{L}[\p{L} ]{0,20}:\s*[£(]?\d/gu;

/** A line of a KPI's values that opens with one of at least two "Label: figure" pairs ("Latest: 84% Target: 92%"): its name stands before it. */
function isValuesLine(text: string): boolean {
  const pairs = [...text.trim().matchAll(LABELLED_FIGURE)];
  return pairs.length >= 2 && pairs[0]!.index === 0;
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/** The fewest words of a KPI's name (a RAG status alone on its line is read over, not taken for the name). */
const NAME_WORDS = 3;

/** At most this many words in a heading that introduces what follows it. */
export const INTRO_WORDS = 14;

/** A short line that ends by asking or introducing: a heading whose content follows it. */
function introduces(text: string): boolean {
  return /[?:]["”’)]*\s*$/.test(text) && text.split(/\s+/).length <= INTRO_WORDS;
}
const ANAPHOR = /^(this|these|that|those|it|its|they|their|he|she|his|her|however|but|also|and|such|which)\b/i;
const MAX_QUOTE_CHARS = 420;

/** Weighted share of the question's terms found in a set of analysed terms. */
export function shareOf(found: Set<string>, q: QuestionTerms): number {
  let total = 0;
  let hit = 0;
  for (const t of q.terms) {
    const w = q.idf.get(t) ?? 1;
    total += w;
    if (found.has(t)) hit += w;
  }
  return total === 0 ? 0 : hit / total;
}

/** Weighted share of the question's terms found in a text. */
export function coverageOf(text: string, q: QuestionTerms): number {
  return shareOf(new Set(analyzeText(text)), q);
}

/**
 * The best spans of a hit, up to `max`: the best sentence, widened by a neighbour that gives the kind of answer
 * wanted, adds question terms or resolves a pronoun; then the same among the sentences no earlier span holds (a
 * passage may give two answers: a judgement table's overall row, and the sentence after it that recalls the last grade).
 * With `also`, one more span among the rest: the best sentence that passes it, when none of the others does.
 */
export function spansOf(hit: SearchHit, q: QuestionTerms, max: number, also?: (text: string) => boolean): Candidate[] {
  // Whether a text fits is asked of the same sentences several times over; each is worked out once.
  const fitted = new Map<string, boolean>();
  const fits = (text: string): boolean => {
    let known = fitted.get(text);
    if (known === undefined) fitted.set(text, (known = fitsQuestion(q, text)));
    return known;
  };
  const out: Candidate[] = [];
  const taken = new Set<number>();
  while (out.length < max && taken.size < hit.sentences.length) {
    const c = spanAmong(hit, q, taken, fits);
    if (!c) break;
    out.push(c.candidate);
    for (let i = c.from; i <= c.to; i++) taken.add(i);
  }
  if (also && !out.some((c) => also(c.text))) {
    const c = spanAmong(hit, q, taken, fits, also);
    if (c && also(c.candidate.text)) out.push(c.candidate);
  }
  return out;
}

function spanAmong(hit: SearchHit, q: QuestionTerms, taken: Set<number>, fits: (text: string) => boolean, only?: (text: string) => boolean): { candidate: Candidate; from: number; to: number } | null {
  const offset = hit.start;
  const span = (a: number, b: number) => hit.text.slice(hit.sentences[a]![0] - offset, hit.sentences[b]![1] - offset);
  let best = -1;
  let bestValue = -1;
  hit.sentences.forEach((_, i) => {
    if (taken.has(i)) return;
    const text = span(i, i);
    if (only && !only(text)) return;
    const value = coverageOf(text, q) + (fits(text) ? 0.15 : 0) - (bareHeading(text, q, fits(text)) ? 0.2 : 0);
    if (value > bestValue) [best, bestValue] = [i, value];
  });
  if (best < 0) return null;
  const rows = hit.sentences.map((_, i) => isLabelledRow(span(i, i)));
  let [from, to] = [best, best];
  // A row of a table (its label and its value) is read alone: another row's value is not this line's.
  const fitsIn = (a: number, b: number) =>
    a >= 0 && b < hit.sentences.length && !taken.has(a) && !taken.has(b) && hit.sentences[b]![1] - hit.sentences[a]![0] <= MAX_QUOTE_CHARS && (a === b || !rows.slice(a, b + 1).some(Boolean));
  // A KPI's values read back to its name, over a RAG status on a line of its own.
  const values = isValuesLine(span(best, best));
  if (values) {
    for (let a = best - 1; a >= best - LABEL_READS && fitsIn(a, to) && isLabelLine(span(a, a)) && !isValuesLine(span(a, a)); a--) {
      if (wordCount(span(a, a)) < NAME_WORDS) continue;
      from = a;
      break;
    }
  }
  if (!values && isLabelLine(span(best, best))) {
    // A table row's or a KPI's name: read on to its value, the first line after it with a figure or the answer's kind.
    while (to - best < LABEL_READS && fitsIn(from, to + 1) && !hasValue(q, span(best + 1, to), fits)) to += 1;
    if (!hasValue(q, span(from, to), fits)) to = best;
  }
  // A heading that asks or introduces ("What needs to improve?", "The local authority should:") says nothing itself: read on to what it introduces.
  if (to === best && introduces(span(best, best)) && fitsIn(from, to + 1)) to += 1;
  if (ANAPHOR.test(span(best, best)) && fitsIn(best - 1, to)) from = best - 1;
  const base = coverageOf(span(from, to), q);
  const fitsBest = fits(span(from, to));
  if (!fitsBest && fitsIn(from, to + 1) && fits(span(to + 1, to + 1))) to += 1;
  else if (!fitsBest && from === best && fitsIn(from - 1, to) && fits(span(from - 1, from - 1))) from -= 1;
  else if (fitsIn(from, to + 1) && coverageOf(span(from, to + 1), q) > base + 0.05) to += 1;
  else if (from === best && fitsIn(from - 1, to) && coverageOf(span(from - 1, to), q) > base + 0.05) from -= 1;
  const text = span(from, to);
  const terms = new Set(analyzeText(text));
  return { from, to, candidate: {
    hit,
    start: hit.sentences[from]![0],
    end: hit.sentences[to]![1],
    text,
    terms,
    coverage: shareOf(terms, q),
    context: 0,
    fits: fits(text),
    heading: bareHeading(text, q, fits(text)),
    unmet: [],
    titleShare: 0,
    core: 0,
    rarest: false,
    features: [],
    score: 0,
  } };
}

/** A heading that says nothing of what was asked: a table row or label giving the kind of value asked for ("Overall effectiveness Inadequate" for a grade) is an answer, not a heading. */
function bareHeading(text: string, q: QuestionTerms, fits: boolean): boolean {
  return looksLikeHeading(text) && !(q.type !== 'open' && fits);
}

/** A line that is a heading, a title block or a label rather than a statement. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (/^(to|from|subject|by|title|report title|classification|electoral division|decision no|agenda item|key decision|ward|division)\s*:/i.test(t) || /\bsubject\s*:/i.test(t)) return true;
  const label = /^([A-Za-z][A-Za-z ]{0,30}):\s*(.*)$/s.exec(t);
  if (label && /\d/.test(label[2]!)) return false;
  if (/[.!?:;]["”’)]?$/.test(t) && t.split(/\s+/).length > 6) return false;
  const words = t.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length <= 14 && (!/[.!?]$/.test(t) || capitalised / Math.max(1, words.length) > 0.6);
}
