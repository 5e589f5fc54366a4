import { QUERY_STOP_WORDS } from './stopwords.ts';
import { QUANTITY, findConcepts, type ConceptSpan } from './synonyms.ts';
import { EVERYDAY_WORDS } from './thesaurus.ts';
import { tokenize, type Token } from './tokens.ts';

/** Prefix of the terms for what a quantity counts ("24000 children" -> `q_child`). */
export const COUNTED = 'q_';

/** Changes whenever the analysis changes, so that indexes built with an older one are rebuilt. */
export const ANALYZER_VERSION = 'a19';

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
  const terms: string[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    if (!token.stop && token.term) terms.push(token.term);
    for (const extra of token.extra) terms.push(extra);
    if (token.quantity) terms.push(QUANTITY, ...countedTerms(tokens, spans, i + 1));
    while (next < spans.length && spans[next]!.end - 1 === i) terms.push(spans[next++]!.term);
  });
  return terms;
}

/** How many words a counted noun phrase may run to after its figure, for finding its head. */
const MAX_COUNTED_WORDS = 3;

/**
 * The terms for "a number of these": the word right after a quantity and the concept starting there; and the head of
 * the noun phrase that starts there (its last word before a function word or a number, within a few words) with the
 * concept holding that head. "44 social worker vacancies" counts vacancies (`q_vacanc`) as well as `q_social` and
 * `q_c_sw`; "how many Barsetshire children were in care" counts children (`q_child`, `q_c_lac`), not Barsetshire.
 */
function countedTerms(tokens: Token[], spans: ConceptSpan[], at: number): string[] {
  const out: string[] = [];
  const word = tokens[at];
  if (word && word.kind === 'word' && !word.stop && word.term) out.push(`${COUNTED}${word.term}`);
  const starting = spans.find((s) => s.start === at);
  if (starting) out.push(`${COUNTED}${starting.term}`);
  let head = -1;
  for (let i = at; i < Math.min(tokens.length, at + MAX_COUNTED_WORDS); i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.stop || !t.term) break;
    head = i;
  }
  if (head > at) {
    out.push(`${COUNTED}${tokens[head]!.term}`);
    const holding = spans.find((s) => s.start <= head && head < s.end && s !== starting);
    if (holding) out.push(`${COUNTED}${holding.term}`);
  }
  return [...new Set(out)];
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
  let s = 0;
  for (let i = 0; i < tokens.length; ) {
    const span = spans[s];
    if (span && span.start === i) {
      add(span.term, tokens.slice(span.start, span.end).map((t) => t.raw).join(' '), true);
      for (const at of span.owners ?? []) add(tokens[at]!.term, tokens[at]!.raw.trim(), false);
      if (span.term === QUANTITY && /^how many$/i.test(tokens.slice(span.start, span.end).map((t) => t.lower).join(' '))) {
        const counted = countedTerms(tokens, spans, span.end);
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
