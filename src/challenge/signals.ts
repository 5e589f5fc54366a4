import type { Paper } from '../domain.ts';
import { bodyOf, figuresIn } from '../figures/index.ts';
import { hasFigure, isInspection, isIntent, nextSentenceText, sentencesOf, withAntecedent } from './text.ts';
import type { SentenceSpan, Signal } from './types.ts';

/** Words that claim an improvement has happened. */
export const IMPROVEMENT = new RegExp(
  [
    String.raw`\b(?:has|have|had|is|are|was|were)\s+(?:now\s+|already\s+|been\s+|also\s+)*(?:improv\w*|better|safer|stronger|strengthened|stabilised|praised|commended|reduced|achieved|successful)\b`,
    String.raw`\b(?:(?:are|is|have|has|been)\s+(?:now\s+|already\s+)?making|made|seen|shown)\s+(?:\w+\s+){0,2}(?:progress|improvements?)\b`,
    String.raw`\b(?:there\s+(?:have|has)\s+been|evidence\s+of)\s+(?:\w+\s+){0,2}improvements?\s+(?:to|in)\b`,
    String.raw`\b(?:safer|better|stronger)\s+than\b`,
    String.raw`\b(?:come a long way|right direction|green shoots|well received|praised|commended)\b`,
    String.raw`\bwe\s+have\s+(?:now\s+|already\s+)?(?:stabilised|improved|strengthened|reduced|increased|achieved|established)\b`,
  ].join('|'),
  'i',
);
const VAGUE = /\b(significant(?:ly)?|considerabl[ey]|real|much|great(?:ly)?|strong|clear(?:ly)?|certainly|far|substantial(?:ly)?|good|well|major)\b/gi;
const NEGATION = /\b(not|no|never|little|fail(?:s|ed|ing)?|lack|too slow|without)\b/i;
const REPORTING = /\b(said|says|told|admitted|added|according to|warned|claimed)\b/i;

/** Claims of improvement that give no figure ("significant progress", "morale has improved"), in the council's own papers. */
export function findClaims(paper: Paper): Signal[] {
  if (isInspection(paper)) return [];
  return sentencesOf(paper).flatMap((s) => {
    if (hasFigure(s.text) || isIntent(s.text) || REPORTING.test(s.text) || s.text.endsWith('?')) return [];
    const clause = clauseWith(s.text, IMPROVEMENT);
    if (!clause || NEGATION.test(clause) || BAD_OUTCOME.test(clause) || isNegative(s.text)) return [];
    const score = 1 + (s.text.match(VAGUE)?.length ?? 0) * 0.5 + (/\b(we|our)\b/i.test(s.text) ? 0.5 : 0);
    return [{ ...withAntecedent(s), kind: 'claim' as const, score }];
  });
}

const COMPARATOR =
  /\b(compared|comparison|than|from [£\d][^ ]* to|increase[ds]?|decrease[ds]?|reduction|reduced|rise|rose|fell|fall(?:en)?|down|up from|up by|target|average|national(?:ly)?|england|neighbours|similar to|last year|previous(?:ly)?|benchmark|trend)\b/i;
const FIGURE_SUBJECT = /\b(child|children|young people|famil|pupils|care leavers|social workers?|staff|posts|cases|referrals|assessments|plans|placements|adoptions|budget|spend|cost|saving|overspend|vacanc(?:y|ies)|agency|caseloads?|workforce|households|residents|funding|grant)/i;

/**
 * Sentences stating a typed figure (a count, percentage, amount or rate of something, not a date, age, year or
 * paragraph number) about services, people or money; `compared` tells whether the sentence gives a comparator.
 * Background about the area (population, ethnicity, poverty) is left out.
 */
export function findFigures(paper: Paper): Signal[] {
  const body = bodyOf(paper);
  return sentencesOf(paper).flatMap((s) => {
    if (isIntent(s.text) || s.text.split(' ').length > 60 || !/^[A-Z“‘"']/.test(s.text)) return [];
    const figures = figuresIn(s.text, { date: paper.date, body }).filter((f) => !f.context && f.measureTerms.length >= 2);
    const figure = figures[0];
    if (!figure || figures.length > 4 || /^\s+[A-Z]/.test(s.text.slice(figure.end))) return [];
    const money = figure.unit === 'gbp' || figure.unit === 'percent';
    if (!money && !FIGURE_SUBJECT.test(figure.measure)) return [];
    const survey = /\b(?:respondents?|consultees?|commented|said|answered)\b/i.test(s.text) ? 1.5 : 0;
    const score = 1 + (money ? 1 : 0) + (/\bchild|young people|famil/i.test(s.text) ? 1 : 0) + (isInspection(paper) ? 0 : 1.5) - survey;
    return [{ ...s, kind: 'figure' as const, score, compared: COMPARATOR.test(s.text) || figures.length > 1, figure }];
  });
}

const RISK =
  /\b(gaps?|concerns?|weakness(?:es)?|fragile|fragility|shortfall|vacanc(?:y|ies)|overspend|too many|too slow|not yet|insufficient|lack of|poor|inadequate|still need|a lot to do|considerable way to go|harder to change|unidentified|track record|failing|failed)\b/gi;
const ACTION =
  /\b(we will|will be|we are (?:now )?(?:putting|developing|introducing|implementing|launching|addressing|working)|plan(?:s|ned)? (?:to|is)|action plan|strategy|work (?:is )?underway|underway|addressing|in place|recommendations?|commission(?:ed|ing))\b/i;

/** A run of headings (a contents list or judgement table): a numbered heading inside the text. */
const HEADINGS = /\s\d+(?:\.\d+)+\s+[A-Z]/;

/** Risks and gaps the papers name without saying, there or in the next sentence, what will be done about them. */
export function findRisks(paper: Paper): Signal[] {
  const inspection = isInspection(paper);
  return sentencesOf(paper).flatMap((s) => {
    const hits = s.text.match(RISK)?.length ?? 0;
    if (hits === 0 || (inspection && hits < 2) || REPORTING.test(s.text) || s.text.endsWith('?') || HEADINGS.test(s.text)) return [];
    if (ACTION.test(s.text) || ACTION.test(nextSentenceText(s)) || isIntent(s.text) || !isNegative(s.text)) return [];
    const score = Math.min(hits, 3) * 0.6 + (inspection ? 0 : 1.5) + (/\bchild|young people|famil/i.test(s.text) ? 0.5 : 0) - s.page.number * 0.01;
    return [{ ...s, kind: 'risk' as const, score }];
  });
}

const PRAISE = /\b(understood|effective(?:ly)?|good|strong|robust|timely|appropriate(?:ly)?|thorough|well|improv\w*|safe|no (?:\w+ ){0,3}concerns?|without (?:\w+ ){0,2}concerns?|addressed|resolved|mitigated)\b/i;
const WEAKNESS = /\b(not|no longer|poor(?:ly)?|weak|inadequate|insufficient|too (?:many|few|slow|long|high|low)|lack(?:s|ing)?|inconsistent(?:ly)?|delay(?:s|ed)?|fail(?:s|ed|ing|ure)?|unable|backlog|shortfall|overspend|fragil\w*|gaps?|concerns? (?:about|that|over|were|was|remain)|vacanc(?:y|ies)|unfilled|risk that|at risk of (?:not|failing)|still need|a lot to do|way to go|not yet|deteriorat\w*|declin\w*|worse)\b/i;

/** True when a sentence names a weakness or a risk: a weakness word, and no praise without one (praise is never a risk). */
export function isNegative(text: string): boolean {
  if (!WEAKNESS.test(text)) return false;
  const praise = PRAISE.exec(text);
  if (!praise) return true;
  if (/^no |^without /i.test(praise[0])) return false;
  return WEAKNESS.test(text.replace(PRAISE, ' '));
}

const BAD_OUTCOME = /\b(yields?|rates?|inflation|prices?|costs?|pressures?|overspend|deficit|demand|waiting|delays?|backlog|vacanc(?:y|ies)|turnover|exclusions?|reoffending|caseloads?|insufficient|reliability)\b/i;

/** The clause (split on "but", "however", ";") holding the first match of a pattern, or null. */
export function clauseWith(text: string, pattern: RegExp): string | null {
  const clauses = text.split(/\s(?:but|however|although|though|yet)\s|;|\s–\s|\s—\s/i);
  return clauses.find((c) => pattern.test(c)) ?? null;
}

/** True when two spans are the same sentence or overlap on a page. */
export function overlaps(a: SentenceSpan, b: SentenceSpan): boolean {
  return a.paper.id === b.paper.id && a.page.number === b.page.number && a.start < b.end && b.start < a.end;
}
