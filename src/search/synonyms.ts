import { tokenize, type Token } from './tokens.ts';

/** A concept of children's services: the phrases and acronyms that name it, all indexed as one extra term. */
interface Concept {
  term: string;
  phrases: string[];
  /** Matched case-sensitively against the words as written (a plural "s" is allowed). */
  acronyms: string[];
}

/** The term a passage gets for each count, amount or rate it states; "how many" in a question asks for it. */
export const QUANTITY = 'c_qty';

const CONCEPTS: Concept[] = [
  { term: 'c_lac', phrases: ['looked after children', 'looked after child', 'children looked after', 'child looked after', 'children in care', 'child in care', 'children in our care', 'looked after young people', 'children and young people in care', 'young people in care', 'kids in care', 'youngsters in care'], acronyms: ['LAC', 'CLA', 'CiC', 'CIC'] },
  { term: 'c_cp', phrases: ['child protection plan', 'cp plan', 'protection plan'], acronyms: ['CP'] },
  { term: 'c_cin', phrases: ['child in need', 'children in need'], acronyms: ['CIN', 'CiN'] },
  { term: 'c_mash', phrases: ['multi agency safeguarding hub', 'multiagency safeguarding hub'], acronyms: ['MASH'] },
  { term: 'c_s47', phrases: ['section 47', 's 47', 's47'], acronyms: [] },
  { term: 'c_s17', phrases: ['section 17', 's 17', 's17'], acronyms: [] },
  { term: 'c_s20', phrases: ['section 20', 's 20', 's20'], acronyms: [] },
  { term: 'c_send', phrases: ['special educational needs and disabilities', 'special educational needs and disability', 'special educational needs'], acronyms: ['SEND', 'SEN'] },
  { term: 'c_ehcp', phrases: ['education health and care plan', 'education health care plan', 'ehc plan'], acronyms: ['EHCP', 'EHC'] },
  { term: 'c_uasc', phrases: ['unaccompanied asylum seeking children', 'unaccompanied asylum seeking child', 'unaccompanied asylum seekers', 'unaccompanied children', 'unaccompanied minors'], acronyms: ['UASC'] },
  { term: 'c_dcs', phrases: ["director of children's services", "director for children's services", 'director of children services'], acronyms: ['DCS'] },
  { term: 'c_ofsted', phrases: ['ofsted', 'office for standards in education'], acronyms: [] },
  { term: 'c_os', phrases: ['overview and scrutiny'], acronyms: ['O&S', 'OSC'] },
  { term: 'c_dfe', phrases: ['department for education', 'department for children schools and families'], acronyms: ['DfE', 'DFE', 'DCSF'] },
  { term: 'c_camhs', phrases: ['child and adolescent mental health services', 'child and adolescent mental health service'], acronyms: ['CAMHS', 'CAMHs'] },
  { term: 'c_neet', phrases: ['not in education employment or training'], acronyms: ['NEET'] },
  { term: 'c_kpi', phrases: ['key performance indicator'], acronyms: ['KPI'] },
  { term: 'c_iro', phrases: ['independent reviewing officer', 'independent reviewing'], acronyms: ['IRO'] },
  { term: 'c_cl', phrases: ['care leaver', 'care leavers', 'care experienced'], acronyms: ['CL'] },
  { term: 'c_eh', phrases: ['early help'], acronyms: ['EH'] },
  { term: 'c_sw', phrases: ['social worker'], acronyms: ['SW'] },
  { term: 'c_agency', phrases: ['agency worker', 'agency staff', 'agency social worker', 'agency staffing', 'locum', 'locum social worker', 'interim staff'], acronyms: [] },
  { term: 'c_sgo', phrases: ['special guardianship order'], acronyms: ['SGO'] },
  { term: 'c_lado', phrases: ['local authority designated officer'], acronyms: ['LADO'] },
  { term: 'c_pep', phrases: ['personal education plan'], acronyms: ['PEP'] },
];

/** Phrases that only a question uses: they ask for a number. */
const QUERY_CONCEPTS: Concept[] = [
  { term: QUANTITY, phrases: ['how many', 'how much', 'number of', 'numbers of', 'proportion of', 'percentage of', 'what proportion', 'what percentage', 'how often'], acronyms: [] },
];

/** Acronyms that are also English words: not taken as acronyms inside a line written in capitals. */
const AMBIGUOUS = new Set(['SEND', 'MASH', 'CL', 'SW', 'EH']);

/** A run of tokens [start, end) that names a concept. */
export interface ConceptSpan {
  start: number;
  end: number;
  term: string;
}

interface Matcher {
  phrases: Map<string, Array<{ terms: string[]; term: string }>>;
  acronyms: Map<string, string>;
}

function buildMatcher(concepts: Concept[]): Matcher {
  const phrases = new Map<string, Array<{ terms: string[]; term: string }>>();
  const acronyms = new Map<string, string>();
  for (const c of concepts) {
    for (const p of c.phrases) {
      const terms = tokenize(p).map((t) => t.term);
      const first = terms[0];
      if (first === undefined) continue;
      const list = phrases.get(first) ?? [];
      list.push({ terms, term: c.term });
      list.sort((a, b) => b.terms.length - a.terms.length);
      phrases.set(first, list);
    }
    for (const a of c.acronyms) acronyms.set(a, c.term);
  }
  return { phrases, acronyms };
}

const TEXT_MATCHER = buildMatcher(CONCEPTS);
const QUERY_MATCHER = buildMatcher([...QUERY_CONCEPTS, ...CONCEPTS]);

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

function phraseAt(matcher: Matcher, tokens: Token[], i: number): ConceptSpan | null {
  const candidates = matcher.phrases.get(tokens[i]!.term);
  if (!candidates) return null;
  for (const c of candidates) {
    if (c.terms.every((term, k) => tokens[i + k]?.term === term)) return { start: i, end: i + c.terms.length, term: c.term };
  }
  return null;
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
