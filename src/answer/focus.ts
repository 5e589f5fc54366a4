import type { PaperMeta, Scope } from '../domain.ts';
import { inScope } from '../domain.ts';
import { analyzeQuery } from '../search/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { namedWords } from './context.ts';

/** When a paper counts as being about a name, and when a name picks out papers. */
export interface FocusOptions {
  /** A paper is about a name when it stands in the paper's title or committee, on its first page, or in at least this share of its passages. Default 0.05. */
  aboutShare: number;
  /** A name picks out papers only when it is about at most this share of the papers in scope (else it is what they all share). Default 0.4. */
  identifyingShare: number;
}

export const DEFAULT_FOCUS: FocusOptions = { aboutShare: 0.05, identifyingShare: 0.4 };

/** What the question's names and years say about which papers it asks of. */
export interface Focus {
  /** The papers the question names (by authority, committee or title), or null when its names pick out none. */
  paperIds: string[] | null;
  /** The question's words that picked them out. */
  identifying: string[];
  /** Names in the question that no paper holds at all. */
  unknown: string[];
  /** Years the question gives. */
  years: string[];
  /** Years the question gives that none of the focused papers holds, in its date or its text. */
  yearsMissing: string[];
}

/** Reads which papers a question is about from the names and years it uses, against what the index holds. */
export function focusOf(index: Pick<SearchIndex, 'spread'>, papers: PaperMeta[], scope: Scope, question: string, opts: FocusOptions = DEFAULT_FOCUS): Focus {
  const inScopeIds = new Set(papers.filter((p) => inScope(p, scope)).map((p) => p.id));
  const identifying: string[] = [];
  const unknown: string[] = [];
  let chosen: Set<string> | null = null;
  for (const word of new Set(namedWords(question))) {
    const terms = analyzeQuery(word).filter((t) => !t.concept).map((t) => t.term);
    if (terms.length === 0) continue;
    const spreads = terms.map((t) => index.spread(t).filter((s) => inScopeIds.has(s.paperId)));
    if (spreads.every((s) => s.length === 0)) {
      unknown.push(word);
      continue;
    }
    const about = new Set(spreads.flat().filter((s) => s.inContext || s.onFirstPage || s.share >= opts.aboutShare).map((s) => s.paperId));
    if (about.size === 0 || about.size > opts.identifyingShare * inScopeIds.size) continue;
    identifying.push(word);
    const next: Set<string> = chosen === null ? about : new Set([...chosen].filter((id) => about.has(id)));
    chosen = next.size > 0 ? next : chosen;
  }
  const years = [...new Set([...question.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => m[1]!))];
  const focused = chosen ?? inScopeIds;
  const yearsMissing = years.filter((y) => !holdsYear(index, papers, focused, y));
  return { paperIds: chosen ? [...chosen] : null, identifying, unknown, years, yearsMissing };
}

function holdsYear(index: Pick<SearchIndex, 'spread'>, papers: PaperMeta[], focused: Set<string>, year: string): boolean {
  if (papers.some((p) => focused.has(p.id) && (p.date ?? '').startsWith(year))) return true;
  return index.spread(year).some((s) => focused.has(s.paperId));
}
