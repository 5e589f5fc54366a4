import type { PaperMeta } from '../domain.ts';
import type Keyv from 'keyv';
import type { PaperRepo } from '../store/index.ts';
import { findDates } from '../ingest/dates.ts';
import { analyzeQuery, COUNTED, MONTHS, QUANTITY, termSet } from '../search/index.ts';

/** What a paper says as a whole, for checking a question's context and constraints against it. */
export interface PaperContext {
  /** Every analysed term of the paper's text, title, author, committee, file name and date. */
  terms: Set<string>;
  /** The analysed terms of the title, file name, kind and year alone: what the paper is about. */
  titleTerms: Set<string>;
  /** Its text lower-cased with whitespace and hyphens folded, for phrase checks; read only when asked for. */
  folded(): Promise<string>;
  /** The years of the full dates on its first page (see datedYears); read only when asked for. */
  years(): Promise<Set<string>>;
}

/** Where paper contexts come from: the papers, and the store that keeps their term sets between runs. */
export interface ContextSource {
  papers: PaperRepo;
  kv: Keyv;
}

const memory = new Map<string, Set<string>>();
const MAX_CACHED = 512;

/**
 * The context of a paper. A question's context words are often said once in a paper, not in the answering sentence.
 * Term sets are kept in memory and in the store by paper version, so a paper's text is analysed once, not per question.
 */
export async function paperContext(src: ContextSource, meta: PaperMeta): Promise<PaperContext> {
  const terms = await kept(src, `paper-terms:${meta.id}:${meta.hash}`, async () =>
    termSet([headingOf(meta), meta.author ?? '', meta.committee, meta.date ?? '', await bodyOf(src.papers, meta)].join('\n')),
  );
  return {
    terms,
    titleTerms: titleTermsOf(meta),
    folded: async () => fold(`${headingOf(meta)}\n${await bodyOf(src.papers, meta)}`),
    years: () => kept(src, `paper-years:${meta.id}:${meta.hash}`, async () => datedYears((await src.papers.load(meta))?.pages[0]?.text ?? '')),
  };
}

/** A set worked out from a paper version once, then kept in memory and in the store under its key. */
async function kept(src: ContextSource, key: string, make: () => Promise<Set<string>>): Promise<Set<string>> {
  let set = memory.get(key);
  if (!set) {
    const stored = (await src.kv.get(key)) as string[] | undefined;
    if (stored) set = new Set(stored);
    else {
      set = await make();
      await src.kv.set(key, [...set]);
    }
    memory.set(key, set);
    if (memory.size > MAX_CACHED) memory.delete(memory.keys().next().value!);
  }
  return set;
}

/**
 * The years of the full dates on a paper's first page, where a paper gives its own dates (meeting, inspection,
 * publication): a report published in February 2017 on an inspection of November 2016 is the 2016 inspection's, as
 * well as of its own date's year (see namesYear). A bare year there ("since the last inspection in 2019") is a mention,
 * not a date of the paper's own.
 */
export function datedYears(firstPage: string): Set<string> {
  return new Set(findDates(firstPage).map((d) => d.iso.slice(0, 4)));
}

/** The analysed terms of a paper's title, file name, kind and year. */
export function titleTermsOf(meta: PaperMeta): Set<string> {
  return termSet(headingOf(meta));
}

function headingOf(meta: PaperMeta): string {
  return [meta.title, meta.file.replace(/\.[a-z]+$/i, ''), meta.kind.replace('-', ' '), meta.date?.slice(0, 4) ?? ''].join('\n');
}

async function bodyOf(repo: PaperRepo, meta: PaperMeta): Promise<string> {
  return (await repo.load(meta))?.pages.map((p) => p.text).join('\n') ?? '';
}

/** Lower-cases and folds whitespace and hyphens to single spaces. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐‑–—]+/g, ' ');
}

const NOT_NAMES = new Set(['how', 'what', 'who', 'whom', 'whose', 'which', 'when', 'where', 'why', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'the', 'a', 'an', 'in', 'on', 'of', 'i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const QUESTION_WORD = /[A-Za-z][A-Za-z'’&-]*/g;

/** A word, its possessive taken off, when it is capitalised like a name and is not a question word, month or day. */
function asName(word: string): string | null {
  const bare = word.replace(/['’]s$/, '');
  return /^[A-Z][a-z]/.test(bare) && !NOT_NAMES.has(bare.toLowerCase()) ? bare : null;
}

/** Words of a question that name something (capitalised past its first word, or an acronym). */
export function namedWords(question: string): string[] {
  const words = question.match(QUESTION_WORD) ?? [];
  return words.filter((w, i) => {
    const bare = w.replace(/['’]s$/, '');
    if (NOT_NAMES.has(bare.toLowerCase())) return false;
    if (/^[A-Z]{2,}$/.test(bare)) return true;
    return i > 0 && asName(w) !== null;
  });
}

/**
 * The question's first word when it could be a name: capitalised and not a question word ("Barsetshire Ofsted 2023
 * judgement"). Only a word no paper holds at all is then taken for one, since any first word is capitalised.
 */
export function leadingWord(question: string): string | null {
  const first = /^\s*([A-Za-z][A-Za-z'’&-]*)/.exec(question)?.[1];
  return first ? asName(first) : null;
}

/**
 * What a question pins down and an answer's paper must therefore mention: the names it uses, the years it gives,
 * and its hyphenated compounds ("school-level"). Each constraint is a list of alternatives, any one of which will do.
 */
export interface Constraints {
  names: string[][];
  years: string[];
  /**
   * Hyphenated compounds, folded, each with the thesaurus concepts the question's wording of it falls in: "ex-forces"
   * is the asker's word for veterans, so a paper on veterans meets it, where "school-level" has no other wording.
   */
  phrases: { text: string; concepts: string[] }[];
  /** The quarters of a year the question names, as their numbers (see quartersIn). */
  quarters: string[];
}

const QUARTER_WORDS = [['first', 'one'], ['second', 'two'], ['third', 'three'], ['fourth', 'four']];
const QUARTER = /\b(?:q|quarter\s*)([1-4])\b|\bquarter\s+(one|two|three|four)\b|\b(first|second|third|fourth)\s+quarter\b/gi;

/** The quarters a text names ("Q4", "quarter 3", "quarter three", "the second quarter"), as their numbers. */
export function quartersIn(text: string): string[] {
  return [...text.matchAll(QUARTER)].map((m) => {
    const word = (m[2] ?? m[3])?.toLowerCase();
    return m[1] ?? String(QUARTER_WORDS.findIndex((w) => w.includes(word!)) + 1);
  });
}

/** A hyphenated compound, not one a number starts ("17-year-olds" counts years, it pins no wording). */
const COMPOUND = /(?<![\d-])\b([a-z]+-[a-z]+(?:-[a-z]+)*)\b/gi;

export function constraintsOf(question: string): Constraints {
  const names = namedWords(question)
    .map((w) => analyzeQuery(w).filter((t) => !t.concept).map((t) => t.term))
    .filter((ts) => ts.length > 0);
  const years = [...question.matchAll(/\b((?:19|20)\d\d)(?:\s?[-/–]\s?(\d\d(?:\d\d)?))?\b/g)].map((m) => m[1]!);
  // A compound of months names a period ("November-December", "Oct-Dec"), which its years already pin.
  const compounds = [...question.matchAll(COMPOUND)].map((m) => fold(m[1]!)).filter((text) => !text.split(' ').every((w) => MONTHS.has(w)));
  const concepts = compounds.length === 0 ? [] : analyzeQuery(question).filter((t) => t.concept && t.term !== QUANTITY && !t.term.startsWith(COUNTED));
  const phrases = compounds.map((text) => ({ text, concepts: concepts.filter((t) => fold(t.source).includes(text)).map((t) => t.term) }));
  return { names, years, phrases, quarters: [...new Set(quartersIn(question))] };
}

/**
 * True when a paper is known by a year: its date's, or one its title or file name gives (a report is often filed under
 * the year it was published, after an inspection at the end of the year before).
 */
export function namesYear(meta: Pick<PaperMeta, 'date' | 'title' | 'file'>, year: string): boolean {
  const own = new RegExp(`(?:^|\\D)${year}(?:\\D|$)`);
  return (meta.date ?? '').startsWith(year) || own.test(meta.title) || own.test(meta.file);
}

/**
 * The constraints an answer fails to meet, in words: names, compounds and quarters must be in its paper, years in its
 * passage or the paper's date.
 */
export async function unmet(c: Constraints, paper: PaperContext, meta: PaperMeta, passage: string): Promise<string[]> {
  const out: string[] = [];
  for (const alternatives of c.names) if (!alternatives.some((t) => paper.terms.has(t))) out.push(alternatives.join(' '));
  for (const y of c.years) if (!passage.includes(y) && !namesYear(meta, y)) out.push(y);
  const text = c.phrases.length > 0 || c.quarters.length > 0 ? await paper.folded() : '';
  for (const p of c.phrases) if (!text.includes(p.text) && !p.concepts.some((t) => paper.terms.has(t))) out.push(p.text);
  const held = c.quarters.length > 0 ? new Set(quartersIn(text)) : new Set<string>();
  for (const n of c.quarters) if (!held.has(n)) out.push(`quarter ${n}`);
  return out;
}
