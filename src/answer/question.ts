import { classify, type FigureUnit } from '../figures/index.ts';
import { analyzeText, GRADES, POSTS } from '../search/index.ts';
/** What kind of answer a question wants, read from its wording. */
export type AnswerType = 'quantity' | 'frequency' | 'person' | 'date' | 'judgement' | 'decision' | 'open';

const QUANTITY = /\b(how (many|much|often|long|big)|(what|which) (number|proportion|percentage|share|amount|rate|figure|total|sum)|number of|percentage of|proportion of|by how much|(latest|current|last|most recent) (figure|value|number|percentage|rate)|(vs\.?|versus|against) (its |the )?target|per ?cent|how old|(what|which) age)\b|\bwhat\s?%/i;
const MONEY_NOUN = /^(what|which)\b.*\b(cost|costs|spend|spending|budget|salary|salaries|tax|savings?|overspend|underspend|funding|price|fee|fees|grant|allocation|deficit|surplus|worth)\b/i;
/** A figure asked for by its measure's name: "what was the average caseload", "what is the turnout"; not "what did Ofsted rate". */
const MEASURE_NOUN = /^(?:what|which)(?:'s|’s|\s+(?:is|was|are|were))\b.*\b(?:average|median|rate|turnout|ratio|headcount)\b/i;
/** Asks what someone said of a subject ("what did the s151 officer say about the budget estimates"): words, not the figure a money or measure noun would ask for. */
const SAID_ABOUT = /\b(?:say|said|says|tell|told|think|thought|feel|felt|comment|commented|report|reported|find|found|raise|raised|write|wrote|conclude|concluded)\b[^?]*\babout\b/i;
/**
 * Asks for a person: "who", "whom" or "whose" opening a clause (the question's start, after punctuation, a conjunction or
 * a verb of asking: "and who", "tell me who"), never a relative pronoun after a noun ("children who live with friends");
 * "to whom", "what is the name of" ("which councillor" and the like are WHICH_PERSON's).
 */
const PERSON = /(?:^|[,:;(\-–—]\s*|\b(?:and|but|so|then|me|us|know|tell|ask|asked|say|says|said|wonder|check|see|out|exactly|precisely)\s+)(?:who|whom|whose)\b|\b(?:to|by|for|with|from) whom\b|\bwhat(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?\s+of\b/i;
const DATE = /^\s*(?:and\s+|so\s+)?(?:(?:by|since|from|until|till)\s+)?when\b|\b(?:what date|which date|what year|which year|by what date|on what date)\b/i;
const DECISION = /\b(?:what|which)\b.*\b(?:decide|decided|agree|agreed|resolve|resolved|approve|approved|recommend|recommended)\b|\bwhat was the (?:decision|outcome|resolution)\b/i;
const DECIDED = /\b(?:RESOLVED|AGREED|CONFIRM|CONFIRMED|APPROVE|APPROVED|NOTE|ENDORSE|resolved|agreed|decided|approved|endorsed|confirmed|rescinded|amended|referred|unanimously|carried)\b/;
const GRADE_FIT = new RegExp(String.raw`\b(${GRADES.join('|')}|judgement is|judged)\b`, 'i');
const JUDGEMENT = /\b(judge?ments?|judge|judged|required improvement|rate|rated|rating|ratings|grade|grades|graded|verdict|overall effectiveness|how good|conclude|concluded|conclusions?)\b|\b(?:stay|stays|stayed|remain|remains|remained|still|no longer|become|became)\s+(?:(?:rated|judged|graded)\s+)?(?:not\s+)?(?:outstanding|good|inadequate|requires? improvement)\b/i;

/**
 * The words that carry each kind of answer in the papers, searched for alongside the question's own words: a grade is
 * given as "Overall effectiveness: Requires improvement to be good", which shares no word with "what did Ofsted rate".
 */
export const ANSWER_VOCABULARY: Partial<Record<AnswerType, string>> = {
  judgement: `overall effectiveness judgement ${GRADES.join(' ')}`,
  person: 'chair chairman director cabinet member councillor lead inspector',
};

/**
 * Words of a grade question that name no part of what is graded: grading itself (the words JUDGEMENT reads, grades,
 * inspecting) and the whole that an inspection grades (children's services, social care, the council or local authority).
 */
export const NOT_A_PART: ReadonlySet<string> = new Set(
  analyzeText(
    `${ANSWER_VOCABULARY.judgement} judge judged rate rated rating grade graded verdict how good conclude concluded conclusions Ofsted inspection inspected inspectors ` +
      "children's services services for children social care council local authority",
  ),
);

/** Classifies a question by the kind of answer it wants. */
export function answerType(question: string): AnswerType {
  if (/\bhow often\b/i.test(question)) return 'frequency';
  if (QUANTITY.test(question) || (!SAID_ABOUT.test(question) && (MONEY_NOUN.test(question) || MEASURE_NOUN.test(question)))) return 'quantity';
  if (PERSON.test(question) || WHICH_PERSON.test(question)) return 'person';
  if (DATE.test(question)) return 'date';
  if (JUDGEMENT.test(question)) return 'judgement';
  if (DECISION.test(question)) return 'decision';
  return terseType(question) ?? 'open';
}

const AUXILIARY = String.raw`(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)(?:n['’]?t)?|cannot|won['’]?t`;
/** A clause that opens with an auxiliary: the start, or after a comma, colon or dash ("barsetshire 2021 - are kids ...", "In Barsetshire, do ..."); "and", "so", "but" may come first. */
const POLAR_CLAUSE = new RegExp(String.raw`(?:^|[,:;–—]\s*|\s-\s+)(?:(?:and|so|but|then|also)\s+)?(?:${AUXILIARY})\s+\S`, 'i');
const WH_START = /^\W*(?:(?:and|so|but|then|also)\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b/i;
const PREPOSITION = String.raw`(?:of|in|on|at|to|for|from|by|with|about|into|over|under)`;
const PERSON_NOUN = String.raw`(?:councillors?|officers?|members?|ministers?|directors?|persons?|chiefs?|chair(?:man|woman|person)?s?|commissioners?|inspectors?|leaders?|mayors?|MPs?|secretar(?:y|ies)|clerks?|auditors?|headteachers?)`;
/** "Which councillor", "which Barsetshire social care chief", "which councillors' motion": up to three words, none a verb of the clause or a preposition, before a person. */
const WHICH_PERSON = new RegExp(String.raw`\bwhich\s+(?:(?!(?:${AUXILIARY}|${PREPOSITION})\b)[\w'’-]+\s+){0,3}?${PERSON_NOUN}\b`, 'i');
const WH_WORD = /\b(?:what|which|who|whom|whose|when|where|why|how)\b/i;
const POST_WORDS = POSTS.map((p) => p.replace(/[^\w\s']/g, '').replace(/\s+/g, String.raw`\s+`)).join('|');
const POST_END = new RegExp(String.raw`\b(?:${POST_WORDS})s?$`, 'i');
const POST_START = new RegExp(String.raw`^(?:the\s+)?(?:${POST_WORDS})\b(?:\s+(?:for|of|at|in)\b|$)`, 'i');

/**
 * The kind of answer a question typed as a search wants ("barsetshire 2022 lead inspector?", "inspection dates",
 * "children in care numbers", "ofsted 2019 overall?"): read from its last words, since it has no question word or
 * auxiliary to read it from. Null for a question that has one.
 */
function terseType(question: string): AnswerType | null {
  const q = question.trim().replace(/[?.!\s]+$/, '');
  if (POLAR_CLAUSE.test(q)) return null;
  if (/\bwhen$/i.test(q)) return WH_WORD.test(q.replace(/\bwhen$/i, '')) ? null : 'date';
  if (WH_WORD.test(q)) return null;
  if (POST_END.test(q) || POST_START.test(q)) return 'person';
  if (/\bdates?$/i.test(q)) return 'date';
  if (/\b(?:numbers?|figures?|total|count)\b/i.test(q)) return 'quantity';
  if (/\b(?:overall|results?|ratings?|grades?)$/i.test(q) || /\bofsted\b.*\b(?:19|20)\d\d$/i.test(q)) return 'judgement';
  return null;
}

/**
 * True when a question asks yes or no ("Is the front door working?", "barsetshire 2022 - are children seen quickly?"):
 * its last sentence opens, or has a clause that opens, with an auxiliary, and does not open with a question word. Any
 * passage on what such a question asks answers it one way or the other, whereas "how many" or "who" wants one fact that
 * a passage on the subject may not give.
 */
export function asksYesOrNo(question: string): boolean {
  const last = question.trim().split(/[?!.]\s+(?=\S)/).at(-1) ?? '';
  return !WH_START.test(last) && POLAR_CLAUSE.test(last);
}

/** Numbers written as words that count something ("nine family hubs", "four directors"), not a span of time ("three weeks"); "one" is too often not a count. */
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a dozen|dozens)\b(?=\s+(?:of\s+)?[a-z])(?!\s+(?:of\s+)?(?:the\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|times|quarters?|terms?)\b)/gi;

/** A figure of a text: the value as written, where it stands, and the analysed words of what it counts. */
export interface TextFigure {
  value: string;
  index: number;
  measureTerms: string[];
  /** What the figure measures in: a count of things, money, a share, a rate or a span of time. */
  unit: FigureUnit;
}

/** Figures that can say how many of a thing: a number of them or a share or rate of them ("65% of care leavers"), never a sum of money or a span of time. */
export const COUNTS: ReadonlySet<FigureUnit> = new Set(['count', 'percent', 'rate']);

/**
 * The figures of a text, with their offsets: the values that the figures module types as measures (never a year, date,
 * paragraph, page or list number, age, time or period), and counts written as words.
 */
export function figuresIn(text: string): TextFigure[] {
  const out: TextFigure[] = classify(text, NO_CONTEXT).figures.map((f) => ({ value: text.slice(f.start, f.end), index: f.start, measureTerms: [...f.measureTerms, ...f.head], unit: f.unit }));
  for (const m of text.matchAll(NUMBER_WORD)) {
    const words = text.slice(m.index + m[0].length).split(/[,;:.()]/)[0]!.split(/\s+/).slice(0, 5).join(' ');
    out.push({ value: m[0], index: m.index, measureTerms: analyzeText(words), unit: 'count' });
  }
  return out.sort((a, b) => a.index - b.index);
}

const NO_CONTEXT = { date: null, body: null };

const TITLED = /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Lord|Lady|Dame|Baroness)\.?\s+[A-Z][a-z'’-]+/;
const CAPITALISED_PAIR = /\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b/g;
const NOT_NAME_WORDS = new Set(['The', 'This', 'That', 'These', 'Those', 'A', 'An', 'In', 'On', 'At', 'Our', 'We', 'It', 'Its', 'Their', 'Members', 'Member', 'Panel', 'Council', 'County', 'City', 'Cabinet', 'Committee', 'Children', 'Young', 'People', 'Services', 'Service', 'Social', 'Care', 'Education', 'Health', 'Department', 'Local', 'Authority', 'Strategic', 'Director', 'Corporate', 'Chair', 'Chairman', 'Vice', 'Scrutiny', 'Overview', 'Family', 'Families', 'Hub', 'Hubs', 'Ofsted', 'Report', 'Minutes', 'Meeting', 'Agenda', 'Item', 'Decision', 'Executive', 'Government', 'Trust', 'Partnership', 'Board', 'Group', 'Team', 'Plan', 'Strategy', 'Summary', 'Annual', 'Public', 'Section', 'Appendix', 'Page', 'Part', 'Recommendation', 'Recommendations', 'Cabinet Member']);

/** True when a text names a person: a title and a name, or two capitalised words that are not an institution's. */
export function namesPerson(text: string): boolean {
  if (TITLED.test(text)) return true;
  // A possessive is never a given name ("Chairman’s Announcements").
  for (const m of text.matchAll(CAPITALISED_PAIR)) if (!NOT_NAME_WORDS.has(m[1]!) && !NOT_NAME_WORDS.has(m[2]!) && !/['’]s$/.test(m[1]!)) return true;
  return false;
}

const DATE_TEXT = /\b(\d{1,2}(st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(19|20)\d\d)\b/i;

/** A statute or instrument cited by its year ("Children Act 1989", "the Education and Inspections Act 2006"): a name, not a date. */
const STATUTE_YEAR = /\b(?:Act|Regulations|Order|Rules)\s+(?:19|20)\d\d\b/g;

/** A text with the years of the statutes it cites blanked out, its length and offsets unchanged. */
export function withoutStatuteYears(text: string): string {
  return text.replace(STATUTE_YEAR, (m) => m.replace(/\d/g, ' '));
}

/** True when a text gives a date or a year (not one that only names a statute). */
export function givesDate(text: string): boolean {
  return DATE_TEXT.test(withoutStatuteYears(text));
}

const ASKS_CHANGE = /\bby how much\b|\bhow (?:much|many|far) (?:more|fewer|less)\b|\b(?:increase|increased|decrease|decreased|rise|rose|risen|fall|fell|fallen|drop|dropped|change|changed|reduction|growth|grew|grown)\b/i;

/** True when a question asks how much something changed ("By how much did the overspend rise?"), not where it stands. */
export function asksChange(question: string): boolean {
  return ASKS_CHANGE.test(question);
}

/** For a quantity question, what sort of figure it wants. */
export type QuantityKind = 'money' | 'share' | 'count' | 'duration';

/** Reads the sort of figure a quantity question wants. */
export function quantityKind(question: string): QuantityKind {
  if (/\bhow long\b/i.test(question)) return 'duration';
  if (/\b(percentage|proportion|share|per ?cent|what rate|rate of|turnout|how many out of)\b|\bwhat\s?%/i.test(question) || PER_N.test(question)) return 'share';
  if (MONEY_NOUN.test(question) || /\bhow much\b.*\b(cost|spend|spent|pay|paid|budget|fund|funding|money|save|saving|savings|worth|£)\b/i.test(question) || /\bhow much (money|funding)\b/i.test(question)) return 'money';
  // "How much of the waste goes to landfill": a part of a whole, unless the whole is money (above).
  if (/\bhow much of\b/i.test(question)) return 'share';
  return 'count';
}

const MONEY = /£\s?\d|\b\d[\d,.]*\s?(m|bn|k|million|billion)\b|\bpounds\b/i;
/** A rate per so many ("per 10,000 children", "per 1,000 population"): how councils and inspectors give rates. */
const PER_N = /\bper \d{1,3}(?:,?\d{3})*\b/i;
const SHARE = new RegExp(String.raw`%|\bper ?cent\b|\bpercent\b|\bout of\b|\bin (every|each) \d|\b(half|third|quarter|majority|minority)\b|${PER_N.source}`, 'i');

const NUMBER_OR_WORD = String.raw`(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many)`;
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A span of time ("18 months", "up to 12 working days", "a year") or the date it runs from ("since June 2010"). */
export const DURATION = new RegExp(String.raw`\b${NUMBER_OR_WORD}[- ](?:working[- ])?(?:days?|weeks?|months?|years?|hours?|minutes?)\b|\bsince (?:\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH_NAME} )?(?:19|20)\d\d\b`, 'i');

/** True when a text holds the sort of figure a quantity question wants. */
export function fitsQuantity(kind: QuantityKind, text: string): boolean {
  if (kind === 'duration') return DURATION.test(text);
  if (kind === 'money') return MONEY.test(text);
  if (kind === 'share') return SHARE.test(text);
  return figuresIn(text).length > 0;
}

/** True when the text fits the kind of answer wanted. */
export function fitsType(type: AnswerType, text: string): boolean {
  if (type === 'quantity') return figuresIn(text).length > 0;
  if (type === 'person') return namesPerson(text);
  if (type === 'decision') return DECIDED.test(text);
  if (type === 'frequency') return /\b(daily|weekly|fortnightly|monthly|quarterly|annually|yearly|every|each (day|week|month|quarter|year)|times a|once a|twice a)\b/i.test(text);
  if (type === 'date') return givesDate(text);
  if (type === 'judgement') return GRADE_FIT.test(text);
  return true;
}
