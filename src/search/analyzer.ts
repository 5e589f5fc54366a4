import { QUERY_STOP_WORDS } from './stopwords.ts';
import { QUANTITY, findConcepts, type ConceptSpan } from './synonyms.ts';
import { EVERYDAY_WORDS } from './thesaurus.ts';
import { tokenize, type Token } from './tokens.ts';

/** Prefix of the terms for what a quantity counts ("24000 children" -> `q_child`). */
export const COUNTED = 'q_';

/** Changes whenever the analysis changes, so that indexes built with an older one are rebuilt. */
export const ANALYZER_VERSION = 'a13';

/** One term of a question, with the words it came from. */
export interface QueryTerm {
  term: string;
  /** The question's own words for it ("children in care", "LAC", "£9.6m"). */
  source: string;
  /** True for a concept term (a synonym group, or "how many" asking for a number). */
  concept: boolean;
}

/**
 * The terms a text is indexed under, in text order: lowercase, diacritics folded, US spelling,
 * Porter stems, no stop words; numbers, money and percentages as one term each; plus a concept term
 * after each phrase or acronym of the sector ("children in care", "LAC" -> `c_lac`), and after each quantity `c_qty`
 * plus what it counts: "2400 children in care" -> `q_child` and `q_c_lac` (a question's "how many children in care" asks for those).
 * Pure and fast (word analyses are cached).
 */
export function analyzeText(text: string): string[] {
  const tokens = tokenize(text);
  const spans = findConcepts(tokens);
  const startsAt = new Map(spans.map((s) => [s.start, s]));
  const terms: string[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    if (!token.stop && token.term) terms.push(token.term);
    for (const extra of token.extra) terms.push(extra);
    if (token.quantity) terms.push(QUANTITY, ...countedTerms(tokens, startsAt, i + 1));
    while (next < spans.length && spans[next]!.end - 1 === i) terms.push(spans[next++]!.term);
  });
  return terms;
}

/** The terms for "a number of these": the word right after a quantity, and the concept starting there. */
function countedTerms(tokens: Token[], startsAt: Map<number, ConceptSpan>, at: number): string[] {
  const out: string[] = [];
  const word = tokens[at];
  if (word && word.kind === 'word' && !word.stop && word.term) out.push(`${COUNTED}${word.term}`);
  const span = startsAt.get(at);
  if (span) out.push(`${COUNTED}${span.term}`);
  return out;
}

/**
 * The terms of a question: the same analysis as `analyzeText`, with question words ("how", "what", "is there")
 * and stop words dropped, and each concept phrase replaced by its concept term. Each term appears once.
 * A question with no content words gives [] ("how many?" alone asks for nothing).
 */
export function analyzeQuery(query: string): QueryTerm[] {
  const tokens = tokenize(inPapersWords(query));
  const spans = findConcepts(tokens, true);
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, source: string, concept: boolean) => {
    if (!term || seen.has(term)) return;
    seen.add(term);
    out.push({ term, source, concept });
  };
  const startsAt = new Map(spans.map((s) => [s.start, s]));
  let s = 0;
  for (let i = 0; i < tokens.length; ) {
    const span = spans[s];
    if (span && span.start === i) {
      add(span.term, tokens.slice(span.start, span.end).map((t) => t.raw).join(' '), true);
      if (span.term === QUANTITY && /^how many$/i.test(tokens.slice(span.start, span.end).map((t) => t.lower).join(' '))) {
        const counted = countedTerms(tokens, startsAt, span.end);
        const source = tokens.slice(span.start, span.end + 1).map((t) => t.raw).join(' ');
        for (const term of counted) add(term, source, true);
      }
      i = span.end;
      s += 1;
      continue;
    }
    const token = tokens[i]!;
    i += 1;
    if (token.stop || QUERY_STOP_WORDS.has(token.lower)) continue;
    add(token.term, token.raw.trim(), false);
    for (const extra of token.extra) add(extra, token.raw.trim(), false);
  }
  return out.some((t) => t.term !== QUANTITY && !t.term.startsWith(COUNTED)) ? out : [];
}

/** The distinct analysed terms of a text, for comparing two texts. */
export function termSet(text: string): Set<string> {
  return new Set(analyzeText(text));
}

const EVERYDAY = new RegExp(`\\b(${Object.keys(EVERYDAY_WORDS).join('|')})\\b`, 'gi');

/** A question's everyday words put in the papers' own ("kids" -> "children"); see EVERYDAY_WORDS. */
export function inPapersWords(query: string): string {
  return query.replace(EVERYDAY, (w) => EVERYDAY_WORDS[w.toLowerCase()] ?? w);
}
