import type { PaperMeta } from '../domain.ts';
import { analyzeText, FORMER_GRADES, GRADES, QUANTITY } from '../search/index.ts';
import type { Candidate, QuestionTerms } from './extract.ts';
import type { Focus } from './focus.ts';
import { namesYear } from './context.ts';

/**
 * The features of a candidate answer, each in [0, 1], in the order the fitted weights use. What each measures:
 * - context, coverage, passage, core, titleShare: shares of the question's terms (see Candidate);
 * - engine: the search engine's score relative to the best hit (or the fused rank with a model);
 * - position: the hit's place in the engine's list (1 first, 0 last);
 * - rarest: the question's rarest known core term stands in the span or its passage;
 * - fitsTyped / unfitTyped: a figure, name, date or grade question whose span does / does not give that kind of answer;
 * - heading: the span is a heading or label; unmet: the paper lacks a name, year or compound the question pins down;
 * - holder: the span names the holder of the role asked about ("Jane Smith (Chair)");
 * - focused: the question's names picked out this paper; yearMatch: a year asked about stands in the span's passage or
 *   the paper's date; latest: no year asked, and the paper is the latest of its committee among the candidates;
 * - length: the quote's length over the longest allowed;
 * - boilerplate: the span is a document's furniture (contact lines, addresses, copyright and licence notices), or its
 *   opening words stand in several papers (standard paragraphs), for spans of STOCK_TERMS terms or more (a short table
 *   cell such as "Overall effectiveness Good" repeats by nature);
 * - pairs: share of the question's neighbouring terms that stand close together, in order, in the span ("overall judgement");
 * - opening: one over the span's page number (summaries, judgements and title blocks stand on the first pages);
 * - local: share of the question's terms in the span, each weighted by how few of the shortlisted spans hold it (a
 *   term every candidate has, such as the date all of a table's rows give, tells them apart no more than a term none
 *   has; "looked after" among rows that all give "At 31 March 2014" is what picks the row asked about);
 * - overall: a grade question, and the span gives an inspection's overall grade ("Overall effectiveness: Good", "The
 *   overall judgement is that ..."), not the grade of one part of the service nor one recalled from an earlier inspection.
 */
export const FEATURES = [
  'context', 'coverage', 'passage', 'core', 'titleShare', 'engine', 'position', 'rarest',
  'fitsTyped', 'unfitTyped', 'heading', 'unmet', 'holder', 'focused', 'yearMatch', 'latest', 'length', 'boilerplate', 'pairs', 'opening', 'local', 'overall',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** What the features read besides the candidate itself. */
export interface FeatureContext {
  q: QuestionTerms;
  focus: Focus;
  meta: PaperMeta;
  engine: number;
  position: number;
  holder: boolean;
  /** In how many papers the span's opening words stand. */
  papersWithText: number;
  /** The latest date among the candidates' papers of each committee. */
  latestOf: Map<string, string>;
  /** Each question term's weight among the shortlisted spans (see localWeights). */
  localWeights: Map<string, number>;
}

const MAX_QUOTE_CHARS = 420;
const STOCK_TERMS = 6;
/** A copyright or licence notice: a document's furniture that is never evidence of anything asked, so never cited. */
export const NOTICE = /©|\bcrown copyright\b|\bopen government licen[cs]e\b/i;
/** A document's furniture, whatever its length: contact lines, web and e-mail addresses, copyright and licence notices. */
const FURNITURE = new RegExp(String.raw`\S@\S|\bwww\.|https?:\/\/|` + NOTICE.source, 'i');

/** A span that gives an inspection's overall grade: the judgement table's first row, or the report's own summary line. */
const OVERALL_GRADE = /^(?:\d+\.\s*)?overall effectiveness\b|\bthe overall judgement is\b/i;

/**
 * The summary line that gives the whole service's grade, as Ofsted's frameworks word it ("Children's services in
 * Barsetshire are inadequate", "Services for children in Barsetshire are good", "Barsetshire children's services are
 * good", "Children's services in Barsetshire require improvement to be good"): the reports of 2014 to 2018 have no
 * "Overall effectiveness" row, so this line is their only overall grade. After "in" comes a place's name (capitalised), so "Services for children in need of help and protection are
 * inadequate", one part's grade, is not it; nor is "Services for children looked after". Before it may stand only a
 * name or a heading ("Executive summary"), so "Leaders must ensure that children's services are good" is not it.
 */
const SUMMARY_GRADE = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}’'-]*|and|of|the|upon|on|summary|findings)\s+){0,8}(?:[Cc]hildren['’]s services|[Ss]ervices (?:for|to) children(?: and families)?)(?: in (?:the )?\p{Lu}[^.]{0,60}?)? (?:are (?:${[...GRADES].reverse().join('|')})|requires? improvement)\b`,
  'u',
);

/** Whether a span gives an inspection's overall grade. */
export function givesOverallGrade(text: string): boolean {
  return OVERALL_GRADE.test(text) || SUMMARY_GRADE.test(text);
}

/** A grade (or the old framework's "adequate"), closing a text but for a paragraph number. */
const GRADE_AT_END = new RegExp(String.raw`\b(?:${[...GRADES, ...FORMER_GRADES, 'requires? improvement to be good'].join('|')})\W*(?:\d+\W*)?$`, 'i');
const ROW_WORDS = 24;

/**
 * A short span that ends with a grade: a row of a judgement table ("The experiences and progress of care leavers
 * Good") or its one-line summary ("Services for care leavers are outstanding.").
 */
export function isGradeRow(text: string): boolean {
  return GRADE_AT_END.test(text.trim()) && text.split(/\s+/).length <= ROW_WORDS;
}

/**
 * The terms by which a grade question names one part of what is graded ("care leavers", "help and protection",
 * "adoption"): those of the given terms that stand in a row giving a part's grade (see isGradeRow) and in no span
 * giving the overall grade. The caller leaves out the words that name the whole (see NOT_A_PART).
 */
export function partTerms(coreTerms: string[], spans: Array<{ terms: Set<string>; text: string; fits: boolean }>): string[] {
  const graded = spans.filter((s) => s.fits);
  const overall = graded.filter((s) => givesOverallGrade(s.text));
  const parts = graded.filter((s) => !givesOverallGrade(s.text) && isGradeRow(s.text));
  return coreTerms.filter((t) => !overall.some((s) => holdsRoot(s.terms, t)) && parts.some((s) => holdsRoot(s.terms, t)));
}

const ROOT_CHARS = 5;

/**
 * Whether a span's terms hold a term or another of its root, one the start of the other and at least ROOT_CHARS long:
 * a grade table names a part in other words than a question does ("leadership" asked, "The impact of leaders" graded).
 */
export function holdsRoot(terms: Set<string>, term: string): boolean {
  if (terms.has(term)) return true;
  if (term.length < ROOT_CHARS || !/^[a-z]+$/.test(term)) return false;
  for (const t of terms) if (t.length >= ROOT_CHARS && (t.startsWith(term) || term.startsWith(t))) return true;
  return false;
}

/** The feature vector of a candidate, in FEATURES order. */
export function featuresOf(c: Candidate, x: FeatureContext): number[] {
  const typed = x.q.type !== 'open';
  const year = x.focus.years;
  const yearMatch = year.length > 0 && year.some((y) => c.hit.text.includes(y) || namesYear(x.meta, y));
  const latest = year.length === 0 && x.meta.date !== null && x.latestOf.get(x.meta.committee) === x.meta.date;
  const values: Record<FeatureName, number> = {
    context: c.context,
    coverage: c.coverage,
    passage: c.hit.coverage,
    core: c.core,
    titleShare: c.titleShare,
    engine: x.engine,
    position: x.position,
    rarest: c.rarest ? 1 : 0,
    fitsTyped: typed && c.fits ? 1 : 0,
    unfitTyped: typed && !c.fits ? 1 : 0,
    heading: c.heading ? 1 : 0,
    unmet: Math.min(1, c.unmet.length),
    holder: x.holder ? 1 : 0,
    focused: x.focus.paperIds !== null && x.focus.paperIds.includes(x.meta.id) ? 1 : 0,
    yearMatch: yearMatch ? 1 : 0,
    latest: latest ? 1 : 0,
    length: Math.min(1, c.text.length / MAX_QUOTE_CHARS),
    boilerplate: FURNITURE.test(c.text) ? 1 : c.terms.size >= STOCK_TERMS ? Math.min(1, Math.max(0, x.papersWithText - 1) / 4) : 0,
    pairs: pairShare(x.q.terms, c.text),
    opening: 1 / Math.max(1, c.hit.page),
    local: localShare(c.terms, x.localWeights),
    overall: x.q.type === 'judgement' && givesOverallGrade(c.text) ? 1 : 0,
  };
  return FEATURES.map((f) => values[f]);
}

/**
 * The weight of each question term among a set of candidate spans: log(1 + n / df), where df is how many of the n
 * spans hold it; a term none holds weighs nothing (it cannot tell them apart).
 */
export function localWeights(questionTerms: string[], spans: Array<Set<string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of questionTerms) {
    const df = spans.filter((terms) => terms.has(t)).length;
    out.set(t, df === 0 ? 0 : Math.log(1 + spans.length / df));
  }
  return out;
}

function localShare(terms: Set<string>, weights: Map<string, number>): number {
  let total = 0;
  let got = 0;
  for (const [t, w] of weights) {
    total += w;
    if (terms.has(t)) got += w;
  }
  return total === 0 ? 0 : got / total;
}

const PAIR_WINDOW = 3;

/** Share of the question's neighbouring content terms that stand within a few terms of each other, in order, in the text. */
export function pairShare(questionTerms: string[], text: string): number {
  const content = questionTerms.filter((t) => !t.startsWith('q_') && t !== QUANTITY);
  if (content.length < 2) return 0;
  const positions = new Map<string, number[]>();
  analyzeText(text).forEach((t, i) => positions.set(t, [...(positions.get(t) ?? []), i]));
  let found = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    const a = positions.get(content[i]!) ?? [];
    const b = positions.get(content[i + 1]!) ?? [];
    if (a.some((x) => b.some((y) => y > x && y - x <= PAIR_WINDOW))) found++;
  }
  return found / (content.length - 1);
}
