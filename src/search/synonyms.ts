import { tokenize, type Token } from './tokens.ts';
import { AMBIGUOUS_ACRONYMS, CONCEPTS, type Concept } from './thesaurus.ts';

/** The term a passage gets for each count, amount or rate it states; "how many" in a question asks for it. */
export const QUANTITY = 'c_qty';

/** Phrases that only a question uses: they ask for a number. */
const QUERY_CONCEPTS: Concept[] = [
  { term: QUANTITY, phrases: ['how many', 'how much', 'number of', 'numbers of', 'proportion of', 'percentage of', 'what proportion', 'what percentage', 'how often'], acronyms: [] },
];

const AMBIGUOUS = AMBIGUOUS_ACRONYMS;
const POSSESSIVE = /\p{L}['’]s$/u;

/** A run of tokens [start, end) that names a concept. */
export interface ConceptSpan {
  start: number;
  end: number;
  term: string;
  /** Possessive words the phrase ran over ("Barsetshire's" in "children in Barsetshire's care"): they name whose, not what. */
  owners?: number[];
}

/** A phrase's terms, and after which of them no gap word may stand (a possessive binds: "children's home"). */
interface Phrase {
  terms: string[];
  term: string;
  tight: boolean[];
}

interface Matcher {
  phrases: Map<string, Phrase[]>;
  acronyms: Map<string, string>;
}

function buildMatcher(concepts: Concept[]): Matcher {
  const phrases = new Map<string, Phrase[]>();
  const acronyms = new Map<string, string>();
  for (const c of concepts) {
    for (const p of c.phrases) {
      const tokens = tokenize(p);
      const terms = tokens.map((t) => t.term);
      const first = terms[0];
      if (first === undefined) continue;
      const list = phrases.get(first) ?? [];
      list.push({ terms, term: c.term, tight: tokens.map((t) => POSSESSIVE.test(t.raw)) });
      list.sort((a, b) => b.terms.length - a.terms.length);
      phrases.set(first, list);
    }
    for (const a of c.acronyms) acronyms.set(a, c.term);
  }
  return { phrases, acronyms };
}

const TEXT_MATCHER = buildMatcher(CONCEPTS);
const QUERY_MATCHER = buildMatcher([...QUERY_CONCEPTS, ...CONCEPTS.map((c) => ({ ...c, phrases: [...c.phrases, ...(c.asked ?? [])] }))]);

/** Finds the concepts a token run names, longest first, left to right, without overlaps. */
export function findConcepts(tokens: Token[], forQuery = false): ConceptSpan[] {
  const matcher = forQuery ? QUERY_MATCHER : TEXT_MATCHER;
  const spans: ConceptSpan[] = [];
  for (let i = 0; i < tokens.length; ) {
    const span = phraseAt(matcher, tokens, i) ?? acronymAt(matcher, tokens, i);
    if (span) {
      spans.push(span);
      i = span.end;
    } else i += 1;
  }
  return spans;
}

/**
 * Words a phrase may have between its words without changing what it names: auxiliaries ("children are being looked
 * after", "children who are looked after") and possessives ("children in our care", "children in Barsetshire's care" name
 * children in care). Never a negation or a content word.
 */
const PHRASE_GAP_WORDS = new Set(['are', 'is', 'were', 'was', 'be', 'being', 'been', 'who', 'currently', 'now', 'still', 'our', 'their', 'its', 'his', 'her', 'your', 'my']);
const MAX_PHRASE_GAP = 2;

function phraseAt(matcher: Matcher, tokens: Token[], i: number): ConceptSpan | null {
  const candidates = matcher.phrases.get(tokens[i]!.term);
  if (!candidates) return null;
  for (const c of candidates) {
    const end = phraseEnd(tokens, i, c);
    if (end === null) continue;
    const owners = tokens.slice(i, end).flatMap((t, k) => (t.kind === 'word' && POSSESSIVE.test(t.raw) && !c.terms.includes(t.term) ? [i + k] : []));
    return owners.length > 0 ? { start: i, end, term: c.term, owners } : { start: i, end, term: c.term };
  }
  return null;
}

/**
 * Where a phrase's words, in order from token i, end (up to MAX_PHRASE_GAP gap words between two of them, none after
 * a possessive of the phrase: "children are home educated" is not a children's home); null if they don't.
 */
function phraseEnd(tokens: Token[], i: number, phrase: Phrase): number | null {
  const { terms, tight } = phrase;
  let at = i;
  for (let k = 0; k < terms.length; k++) {
    if (k > 0 && !tight[k - 1]) {
      let gap = 0;
      while (gap < MAX_PHRASE_GAP && tokens[at] !== undefined && tokens[at]!.term !== terms[k] && gapWord(tokens[at]!)) {
        at += 1;
        gap += 1;
      }
    }
    if (tokens[at]?.term !== terms[k]) return null;
    at += 1;
  }
  return at;
}

function gapWord(token: Token): boolean {
  return PHRASE_GAP_WORDS.has(token.lower) || (token.kind === 'word' && POSSESSIVE.test(token.raw));
}

function acronymAt(matcher: Matcher, tokens: Token[], i: number): ConceptSpan | null {
  const token = tokens[i]!;
  if (token.kind !== 'word' || !/\p{Lu}/u.test(token.raw)) return null;
  const base = token.raw.replace(/'s$/, '');
  const singular = /\p{Lu}{2}s$/u.test(base) ? base.slice(0, -1) : base;
  const term = matcher.acronyms.get(base) ?? matcher.acronyms.get(singular);
  if (!term) return null;
  if (AMBIGUOUS.has(singular) && (shouting(matcher, tokens[i - 1]) || shouting(matcher, tokens[i + 1]))) return null;
  return { start: i, end: i + 1, term };
}

/** A word in capitals that is not itself an acronym: the line is a heading written in capitals. */
function shouting(matcher: Matcher, token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}{3,}$/u.test(token.raw) && !matcher.acronyms.has(token.raw);
}
