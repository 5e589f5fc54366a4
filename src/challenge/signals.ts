import type { Paper } from '../domain.ts';
import { hasFigure, isInspection, isIntent, nextSentenceText, sentencesOf, withAntecedent, withoutDates } from './text.ts';
import type { SentenceSpan, Signal } from './types.ts';

/** Words that claim an improvement has happened. */
export const IMPROVEMENT = new RegExp(
  [
    String.raw`\b(?:has|have|had|is|are|was|were)\s+(?:now\s+|already\s+|been\s+|also\s+)*(?:improv\w*|better|safer|stronger|strengthened|stabilised|praised|commended|reduced|increased|down|up|achieved|successful)\b`,
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
    if (!clause || NEGATION.test(clause)) return [];
    const score = 1 + (s.text.match(VAGUE)?.length ?? 0) * 0.5 + (/\b(we|our)\b/i.test(s.text) ? 0.5 : 0);
    return [{ ...withAntecedent(s), kind: 'claim' as const, score }];
  });
}

const FIGURE_SUBJECT =
  /\b(children|child|young people|families|pupils|care leavers|social workers?|staff|posts|cases|referrals|assessments|plans|placements|adoptions|budget|spend|cost|vacanc(?:y|ies)|agency|caseloads?|workforce|households|residents)\b/i;
const COMPARATOR =
  /\b(compared|comparison|than|from [£\d][^ ]* to|increase[ds]?|decrease[ds]?|reduction|reduced|rise|rose|fell|fall(?:en)?|down|up from|up by|target|average|national(?:ly)?|england|neighbours|similar to|last year|previous(?:ly)?|per 10,000|rate of|benchmark|trend)\b/i;

/** Sentences giving a figure about children, families, staff or money; `compared` tells whether they give a comparator. */
export function findFigures(paper: Paper): Signal[] {
  return sentencesOf(paper).flatMap((s) => {
    if (!hasFigure(s.text) || isIntent(s.text) || s.text.split(' ').length > 60) return [];
    if ((withoutDates(s.text).match(/\d[\d,.]*/g)?.length ?? 0) > 4) return [];
    const money = /£\s?\d|\d\s?%|per ?cent/i.test(s.text);
    if (!money && !FIGURE_SUBJECT.test(s.text)) return [];
    const score = 1 + (money ? 1 : 0) + (/\bchild|young people|famil/i.test(s.text) ? 1 : 0) + (isInspection(paper) ? 0 : 1.5);
    return [{ ...s, kind: 'figure' as const, score, compared: COMPARATOR.test(s.text) }];
  });
}

const RISK =
  /\b(risks?|gaps?|concerns?|weakness(?:es)?|fragile|fragility|shortfall|pressures?|vacanc(?:y|ies)|too many|too slow|not yet|insufficient|lack of|poor|inadequate|still need|a lot to do|considerable way to go|harder to change|unidentified|track record|failing|failed)\b/gi;
const ACTION =
  /\b(we will|will be|we are (?:now )?(?:putting|developing|introducing|implementing|launching|addressing|working)|plan(?:s|ned)? (?:to|is)|action plan|strategy|work (?:is )?underway|underway|addressing|in place|recommendations?|commission(?:ed|ing))\b/i;

/** Risks and gaps the papers name without saying, there or in the next sentence, what will be done about them. */
export function findRisks(paper: Paper): Signal[] {
  const inspection = isInspection(paper);
  return sentencesOf(paper).flatMap((s) => {
    const hits = s.text.match(RISK)?.length ?? 0;
    if (hits === 0 || (inspection && hits < 2) || REPORTING.test(s.text) || s.text.endsWith('?')) return [];
    if (ACTION.test(s.text) || ACTION.test(nextSentenceText(s))) return [];
    const score = Math.min(hits, 3) * 0.6 + (inspection ? 0 : 1.5) + (/\bchild|young people|famil/i.test(s.text) ? 0.5 : 0) - s.page.number * 0.01;
    return [{ ...s, kind: 'risk' as const, score }];
  });
}

/** The clause (split on "but", "however", ";") holding the first match of a pattern, or null. */
export function clauseWith(text: string, pattern: RegExp): string | null {
  const clauses = text.split(/\s(?:but|however|although|though|yet)\s|;|\s–\s|\s—\s/i);
  return clauses.find((c) => pattern.test(c)) ?? null;
}

/** True when two spans are the same sentence or overlap on a page. */
export function overlaps(a: SentenceSpan, b: SentenceSpan): boolean {
  return a.paper.id === b.paper.id && a.page.number === b.page.number && a.start < b.end && b.start < a.end;
}
