import { stemmer } from 'stemmer';
import { MONTHS, REFERENCE_WORDS, numberToken, yearSpanTerms } from './numbers.ts';
import { toUsSpelling } from './spelling.ts';
import { CONTRACTED_VERBS, NEGATED_VERBS, STOP_WORDS } from './stopwords.ts';

/** One token of a text: its words as written (case kept, for acronyms) and the term it analyses to. */
export interface Token {
  raw: string;
  /** Lowercase, apostrophes removed: what stop-word lists are checked against. */
  lower: string;
  /** The analysed term ('' when the token yields none). */
  term: string;
  /** Further terms from the same token (the second year of "2014-2017"). */
  extra: readonly string[];
  kind: 'word' | 'number';
  stop: boolean;
  /** A count, amount or rate. */
  quantity: boolean;
}

/** Dates, year spans and numbers (with currency, multiplier or percent), tried where a word starts with a digit or currency sign. */
const NUMBER_RE = new RegExp(
  [
    String.raw`(?<date>\b\d{1,2}[/.]\d{1,2}[/.](?<dy>(?:19|20)\d\d)\b)`,
    String.raw`(?<span>\b(?<y1>(?:19|20)\d\d)\s?[/-]\s?(?<y2>(?:19|20)\d\d|\d\d)\b)`,
    String.raw`(?:(?<cur>[£$€])\s?)?(?<digits>\b\d{1,3}(?:,\d{3})+|\b\d+)(?<dec>\.\d+)?` +
      String.raw`(?:(?<suffix>(?:[mMkK]|bn|BN|Bn)\b|\s?%|\s(?:[Mm]illion|MILLION|[Bb]illion|[Tt]housand)\b|\s(?:[Pp]er\s?[Cc]ent|[Pp]ercent|PER\sCENT|PERCENT)\b)|(?![\p{L}\d]))`,
  ].join('|'),
  'uy',
);
const WORD_RE = /\p{Lu}&\p{Lu}s?(?!\p{L})|[\p{L}\p{N}]+(?:'\p{L}+)*|[£$€]/gu;
const NUMBER_START = /^[\d£$€]/;

/** Irregular plurals and past forms, read as their base word before stemming ("who led" finds "Lead inspector"). */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  Object.entries({
    child: 'children', woman: 'women', man: 'men',
    lead: 'led', write: 'wrote written', make: 'made', take: 'took taken', give: 'gave given', hold: 'held',
    meet: 'met', pay: 'paid', seek: 'sought', bring: 'brought', find: 'found', tell: 'told', say: 'said',
    run: 'ran', begin: 'began begun', choose: 'chose chosen', spend: 'spent', send: 'sent', keep: 'kept',
    leave: 'left', feel: 'felt', see: 'saw seen', go: 'went gone', come: 'came', become: 'became',
    buy: 'bought', build: 'built', teach: 'taught', think: 'thought', win: 'won', rise: 'rose risen',
    fall: 'fell fallen', grow: 'grew grown', know: 'knew known', show: 'shown', speak: 'spoke spoken',
    undertake: 'undertook undertaken', withdraw: 'withdrew withdrawn', oversee: 'oversaw overseen', sell: 'sold',
    lose: 'lost', mean: 'meant', deal: 'dealt', draw: 'drew drawn', arise: 'arose arisen',
  }).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, base])),
);
const wordCache = new Map<string, string>();

/** Folds diacritics, ligatures, typographic apostrophes and dashes; keeps case. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** The analysed term of one lowercase word: US spelling, then Porter stem. */
export function wordTerm(lower: string): string {
  let term = wordCache.get(lower);
  if (term === undefined) {
    const us = toUsSpelling(lower);
    term = stemmer(IRREGULAR[us] ?? us);
    term = term.replace(/[^\p{L}\p{N}_]/gu, '');
    if (wordCache.size > 200_000) wordCache.clear();
    wordCache.set(lower, term);
  }
  return term;
}

/** Splits a text into tokens in text order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = foldText(text);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(folded); m !== null; m = WORD_RE.exec(folded)) {
    if (NUMBER_START.test(m[0])) {
      NUMBER_RE.lastIndex = m.index;
      const n = NUMBER_RE.exec(folded);
      if (n) {
        tokens.push(numberFrom(n, tokens));
        WORD_RE.lastIndex = m.index + n[0].length;
        continue;
      }
      if (!/\p{L}|\d/u.test(m[0])) continue;
    }
    const word = wordToken(m[0]);
    tokens.push({ raw: word.raw, lower: word.lower, term: word.term, extra: NONE, kind: 'word', stop: word.stop, quantity: false });
    const before = tokens[tokens.length - 2];
    if (before?.kind === 'number' && MONTHS.has(word.lower) && isPlain(before.raw)) before.quantity = false;
  }
  return tokens;
}

function numberFrom(m: RegExpExecArray, tokens: Token[]): Token {
  const g = m.groups ?? {};
  if (g.date !== undefined) return numberOf(m[0], g.dy ?? '', [], false);
  if (g.span !== undefined) {
    const [first = '', ...rest] = yearSpanTerms(g.y1 ?? '', g.y2 ?? '');
    return numberOf(m[0], first, rest, false);
  }
  const n = numberToken(g.cur, g.digits ?? '', g.dec, g.suffix);
  const token = numberOf(m[0], n.term, [], n.quantity);
  if (n.quantity && isPlain(m[0])) token.quantity = plainQuantity([...tokens.slice(-1), token]);
  return token;
}

const NONE: string[] = [];
const wordTokens = new Map<string, Pick<Token, 'raw' | 'lower' | 'term' | 'stop'>>();

/** The analysis of one word as written, cached. */
function wordToken(raw: string): Pick<Token, 'raw' | 'lower' | 'term' | 'stop'> {
  let word = wordTokens.get(raw);
  if (word === undefined) {
    let lower = raw.toLowerCase();
    const contraction = isFunctionContraction(lower);
    if (lower.includes("'") || lower.includes('&')) lower = lower.replace(/'s$/, '').replace(/['&]/g, '');
    const letter = lower.length === 1 && /\p{L}/u.test(lower);
    word = { raw, lower, term: wordTerm(lower), stop: contraction || letter || STOP_WORDS.has(lower) };
    if (wordTokens.size > 200_000) wordTokens.clear();
    wordTokens.set(raw, word);
  }
  return word;
}

/** A contraction's endings: "we've", "they'll", "you're", "she'd", "I'm", and "n't" ("needn't"). */
const CONTRACTION = /^(\p{L}+?)(n't|'(?:ve|ll|re|d|m|s))$/u;

/**
 * A contraction of a function word ("we'll", "who've", "he'd", "what's", "mightn't") is itself a function word,
 * whatever its letters spell once the apostrophe goes ("well", "wed", "hed"). A noun's possessive ("council's") is not.
 */
function isFunctionContraction(lower: string): boolean {
  const m = CONTRACTION.exec(lower);
  if (!m) return false;
  const base = m[2] === "n't" ? NEGATED_VERBS[m[1]!] ?? m[1]! : m[1]!;
  return STOP_WORDS.has(base) || (m[2] !== "'s" && CONTRACTED_VERBS.has(base));
}

function numberOf(raw: string, term: string, extra: readonly string[], quantity: boolean): Token {
  return { raw, lower: raw.toLowerCase(), term, extra, kind: 'number', stop: term === '', quantity };
}

function isPlain(raw: string): boolean {
  return /^\d+$/.test(raw);
}

/** A bare number counts as a quantity unless a reference word or a month stands before it. */
function plainQuantity(tokens: Token[]): boolean {
  const before = tokens[tokens.length - 2];
  if (!before || before.kind !== 'word') return true;
  return !REFERENCE_WORDS.has(before.lower) && !MONTHS.has(before.lower);
}
