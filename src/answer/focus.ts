import type { PaperMeta, Scope } from '../domain.ts';
import { inScope } from '../domain.ts';
import { analyzeQuery } from '../search/index.ts';
import type { SearchIndex, TermSpread } from '../search/index.ts';
import { leadingWord, namedWords, namesYear } from './context.ts';
import { pointedYears, pointsToLatest } from './terms.ts';

/** When a paper counts as being about a name, and when a name picks out papers. */
export interface FocusOptions {
  /**
   * A paper is about a word of the question when the word stands in the paper's title or committee; for a name (a
   * capitalised word past the first), also on its first page or in at least this share of its passages. Default 0.05.
   */
  aboutShare: number;
  /** A name picks out papers only when it is about at most this share of the papers in scope (else it is what a class of them shares). Default 0.1. */
  identifyingShare: number;
  /**
   * ... and only when those papers are at least this share of the papers that hold it at all: a place's name, not a
   * common word that a few titles use. A name (capitalised past the first word) may instead hold this share of the
   * passages that hold it: a place that every paper of a kind mentions once (in an inspectorate's address) is still
   * its own papers' name. Default 0.25.
   */
  concentration: number;
  /**
   * In a small library (a council's own papers with a neighbour's, a few authorities' reports) a place is a large
   * share of the papers. A word about more than `identifyingShare` of them still picks them out while they are at most
   * `minorityShare` of the papers in scope and at most `strayShare` of the other papers hold the word at all: it is
   * theirs, not a word every paper of a kind uses. Defaults 0.5 and 0.1.
   */
  minorityShare: number;
  strayShare: number;
  /**
   * The papers a question names hold a year it gives when one is dated in that year or names it on its first page, or
   * when their text gives it in at least this many passages: a report gives the figures of the year before it many
   * times ("at 30 September 2016"), and a later inspection's passing mention of the year it asks for ("the focused
   * visit in 2021") once or twice. Chosen by `npm run fit:focus` on the tuning part. Default 4.
   */
  yearPassages: number;
}

export const DEFAULT_FOCUS: FocusOptions = { aboutShare: 0.05, identifyingShare: 0.1, concentration: 0.25, minorityShare: 0.5, strayShare: 0.1, yearPassages: 4 };

/** What the question's names and years say about which papers it asks of. */
export interface Focus {
  /** The papers the question names (by authority, committee or title), or null when its names pick out none. */
  paperIds: string[] | null;
  /** The question's words that picked them out. */
  identifying: string[];
  /** Names in the question that no paper in scope holds (a capitalised first word: that no paper holds at all). */
  unknown: string[];
  /** Years the question gives. */
  years: string[];
  /** Years the question gives that none of the focused papers holds, in its date or its text. */
  yearsMissing: string[];
}

/** Reads which papers a question is about from the words and years it uses, against what the index holds. */
export function focusOf(index: Pick<SearchIndex, 'spread'>, papers: PaperMeta[], scope: Scope, question: string, opts: FocusOptions = DEFAULT_FOCUS): Focus {
  const inScopeIds = new Set(papers.filter((p) => inScope(p, scope)).map((p) => p.id));
  const identifying: string[] = [];
  const unknown: string[] = [];
  let chosen: Set<string> | null = null;
  const named = new Set(namedWords(question).flatMap((w) => analyzeQuery(w).filter((t) => !t.concept).map((t) => t.term)));
  const leading = analyzeQuery(leadingWord(question) ?? '').filter((t) => !t.concept).map((t) => t.term);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const compassed = COMPASSED.test(question);
  for (const { term, source } of analyzeQuery(question)) {
    if (/^(?:19|20)\d\d$/.test(term) || term.includes('_')) continue;
    const everywhere = index.spread(term);
    const spread = everywhere.filter((s) => inScopeIds.has(s.paperId));
    if (spread.length === 0) {
      if (named.has(term) || (leading.includes(term) && everywhere.length === 0)) unknown.push(source);
      continue;
    }
    const about = new Set(spread.filter((s) => s.inContext || (named.has(term) && (s.onFirstPage || s.share >= opts.aboutShare))).map((s) => s.paperId));
    if (named.has(term) || compassed) {
      const here = placeFilter(question, source);
      for (const id of [...about]) if (!here(byId.get(id))) about.delete(id);
    }
    if (about.size === 0 || about.size > opts.minorityShare * inScopeIds.size) continue;
    const identifies = about.size <= opts.identifyingShare * inScopeIds.size
      ? about.size >= opts.concentration * spread.length || (named.has(term) && passagesHeld(spread, about) >= opts.concentration * passagesHeld(spread, null))
      : spread.length - about.size <= opts.strayShare * (inScopeIds.size - about.size);
    if (!identifies) continue;
    identifying.push(withCompass(question, source));
    const next: Set<string> = chosen === null ? about : new Set([...chosen].filter((id) => about.has(id)));
    chosen = next.size > 0 ? next : chosen;
  }
  const years = [...new Set([...question.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => m[1]!))];
  if (chosen) chosen = ofPointedYears(chosen, pointedYears(question), byId);
  if (chosen && years.length === 0 && pointsToLatest(question)) chosen = newestOf(chosen, byId);
  const focused = chosen ?? inScopeIds;
  const yearsMissing = years.filter((y) => !holdsYear(index, papers, focused, y, opts.yearPassages));
  return { paperIds: chosen ? [...chosen] : null, identifying, unknown, years, yearsMissing };
}

/** Of the papers a question names, those of the years it points to ("per the 2017 report"), when it points to any that it names. */
function ofPointedYears(chosen: Set<string>, years: string[], byId: Map<string, PaperMeta>): Set<string> {
  if (years.length === 0) return chosen;
  const pointed = new Set([...chosen].filter((id) => years.some((y) => namesYear(byId.get(id)!, y))));
  return pointed.size > 0 ? pointed : chosen;
}

/** Of the papers a question names, each committee's newest (a committee whose papers are all undated keeps them all). */
function newestOf(chosen: Set<string>, byId: Map<string, PaperMeta>): Set<string> {
  const newest = new Map<string, string>();
  for (const id of chosen) {
    const { committee, date } = byId.get(id)!;
    if (date && date > (newest.get(committee) ?? '')) newest.set(committee, date);
  }
  return new Set([...chosen].filter((id) => {
    const { committee, date } = byId.get(id)!;
    return !newest.has(committee) || date === newest.get(committee);
  }));
}

/** How many passages of the given papers (of all, for null) hold a term. */
function passagesHeld(spread: TermSpread[], ids: Set<string> | null): number {
  return spread.reduce((sum, s) => sum + (ids === null || ids.has(s.paperId) ? s.hits : 0), 0);
}

/** Whether the given papers hold a year: one is dated in it or names it on its first page, or their text gives it in enough passages. */
function holdsYear(index: Pick<SearchIndex, 'spread'>, papers: PaperMeta[], focused: Set<string>, year: string, passages: number): boolean {
  if (papers.some((p) => focused.has(p.id) && namesYear(p, year))) return true;
  const spread = index.spread(year);
  return spread.some((s) => s.onFirstPage && focused.has(s.paperId)) || passagesHeld(spread, focused) >= passages;
}

/** How many passages of the given papers give a year. */
export function passagesGivingYear(index: Pick<SearchIndex, 'spread'>, focused: Set<string>, year: string): number {
  return passagesHeld(index.spread(year), focused);
}

/** Words that make another place of a name: North Barsetshire is not Barsetshire, nor East Barsetshire West Barsetshire. */
const COMPASS = String.raw`(?:north|south|east|west|central|mid)`;
const COMPASSED = new RegExp(String.raw`\b${COMPASS}[\s-]+\p{L}`, 'iu');

/** A word with the compass words before it, as a pattern: group 1 holds the compass words. */
function compassRun(word: string, flags: string): RegExp {
  const escaped = word.replace(/['’]s$/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`((?:\b${COMPASS}[\s-]+)*)\b${escaped}\b`, flags);
}

/** The compass words just before each time a word stands in a text ("north east" before "Barsetshire"), lowercase, '' for none. */
export function compassesBefore(text: string, word: string): string[] {
  return [...text.matchAll(compassRun(word, 'giu'))].map((m) => m[1]!.toLowerCase().split(/[\s-]+/).filter(Boolean).join(' '));
}

/** A word of the question with the compass words before it, as the question writes them ("North Barsetshire"). */
function withCompass(question: string, word: string): string {
  return compassRun(word, 'iu').exec(question)?.[0] ?? word;
}

/**
 * Whether a paper's title or file name names the place a question names with the same compass words: "North
 * Barsetshire" asks of North Barsetshire's papers, not Barsetshire's, and "Barsetshire" not of North Barsetshire's. A
 * paper whose title and file do not give the word at all (it is about the word by its committee or first page) is kept.
 */
export function samePlace(question: string, word: string, paper: Pick<PaperMeta, 'title' | 'file'> | undefined): boolean {
  return placeFilter(question, word)(paper);
}

/** samePlace for one word of a question, with the question read once, for many papers. */
function placeFilter(question: string, word: string): (paper: Pick<PaperMeta, 'title' | 'file'> | undefined) => boolean {
  const asked = compassesBefore(question, word)[0];
  if (asked === undefined) return () => true;
  return (paper) => {
    if (!paper) return true;
    const held = compassesBefore(`${paper.title} ${paper.file.replace(/[-_]/g, ' ')}`, word);
    return held.length === 0 || held.includes(asked);
  };
}
