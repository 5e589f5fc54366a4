import type { Paper } from '../domain.ts';
import { resolveDue } from './due.ts';
import * as L from './lexicon.ts';
import { findTarget } from './target.ts';
import type { Unit } from './units.ts';

/** The interpretable features of a unit, each 0 or 1, in a fixed order (the order of the fitted weights). */
export const FEATURES = [
  'req_section', 'req_item', 'req_imperative', 'req_noun_phrase', 'req_finite', 'addressed_should', 'leadin_acts', 'imperative_start',
  'first_future', 'generic_future', 'named_would', 'intent', 'undertaking', 'passive_future', 'report_back', 'decision',
  'decision_dated', 'recommendation', 'dated', 'target', 'go_live', 'due_to', 'would_any', 'leadin_imperative', 'minutes_would',
  'question', 'forecast', 'finding', 'praise', 'opinion', 'rule', 'standing', 'conditional', 'courtesy', 'past_only', 'heading',
  'fragment', 'external_subject', 'money', 'short', 'minutes', 'inspection', 'report_kind',
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Features that say something may be promised: a unit with none of them is never a candidate. */
export const POSITIVE_CUES: readonly FeatureName[] = [
  'req_section', 'addressed_should', 'due_to', 'would_any', 'leadin_imperative', 'first_future', 'generic_future', 'named_would', 'intent', 'undertaking', 'passive_future', 'report_back',
  'decision', 'recommendation', 'target', 'go_live', 'leadin_acts',
];

const re = (src: string, flags = 'i') => new RegExp(src, flags);
const NUMBER_PREFIX = /^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)])\s*/i;
const IMPERATIVE = re(String.raw`^(?:and\s+|to\s+)?${L.IMPERATIVES}\b`);
const FINITE = /\b(?:is|are|was|were|has|have|had|does|do|did)\b/i;
const FIRST_FUTURE = re(String.raw`\b${L.SUBJECTS}\b(?:\s+(?:all|also|now|then|therefore|further|each|both|jointly|still|continue to|will continue to))*\s+(?:will|shall)\s+(?:\w+ly\s+)?(?!${L.NOT_PROMISE_AFTER_WILL})`);
const GENERIC_FUTURE = re(String.raw`\b(?:will|shall)\s+(?:also\s+|now\s+|then\s+|\w+ly\s+)?(?!${L.NOT_PROMISE_AFTER_WILL})(?!be\b)[a-z]+`);
const NAMED_WOULD = re(String.raw`\b(?:she|he|they|the chair(?:man)?|officers?|the (?:cabinet member|leader|director|officer|chief executive)|(?:mr|mrs|ms|miss|dr|cllr|councillor)\.? [A-Z][\w'’-]+|[A-Z][a-z]+)\s+(?:also\s+|then\s+)?(?:would|will)\s+(?:be happy to\s+|personally\s+)?${L.UNDERTAKING_VERBS}\b`);
const INTENT = /\b(?:intends?|plans?|aims?|pledges?|promises?|undertakes?|commit(?:s|ted)?|is|are|remains?)\s+(?:absolutely\s+|fully\s+|firmly\s+)?(?:to\b(?!\s+be\s+(?:noted|good|effective))|committed to\b)|\b(?:her|his|their|our|my|its) intention (?:is )?to\b/i;
const UNDERTAKING = /(?<!\b(?:is|are|was|were|be|been|being|services?|support|care|help)\s)\b(?:offered|agreed|undertook|promised|pledged|volunteered|committed)\s+to\s+(?!be\b|the\b|a\b|an\b)/i;
const PASSIVE_FUTURE = re(String.raw`\b(?:will|would|shall|is to|are to|was to)\s+(?:then\s+|also\s+|now\s+|first\s+)?be\s+(?:\w+ly\s+)?${L.PASSIVE_PARTICIPLES}\b`);
const REPORT_BACK = /\b(?:report|come|bring \w+|brought|be brought|return) back\b|\b(?:to|at) (?:a|the) (?:future|next|later|subsequent) (?:meeting|committee|panel|cabinet)\b|\bwritten (?:answer|response)\b|\bupdate (?:to|at) (?:the|a) (?:next|future)\b/i;
const DECISION = re(L.DECISION, '');
const RECOMMENDATION = re(L.RECOMMENDATION);
const GO_LIVE = /\b(?:will|to) (?:go live|launch|open|start|commence|begin|come into (?:force|effect)|take (?:place|effect))\b|\b(?:would|will) take place by\b/i;
const QUESTION = /\?\s*["”’)]?\s*$/;
const FORECAST = re(L.FORECAST);
const FINDING = re(L.FINDING);
const PRAISE = re(L.PRAISE);
const OPINION = re(L.OPINION);
const RULE = re(L.RULE);
const STANDING = re(L.STANDING_PROCESS);
const CONDITIONAL = /^(?:if|unless|should|where|when|once|whether)\b|\b(?:if|unless)\b[^,]{0,80},?\s+\w+\s+would\b/i;
const COURTESY = re(L.COURTESY);
const MODAL = /\b(?:will|would|shall|should|must|going to|to be|intend|plan|aim|agreed|agree|offered|undertook|resolved|recommend|need to|needs to)\b/i;
const PAST = /\b(?:was|were|had|has been|have been|did)\b|\b\w+ed\b/i;
const EXTERNAL = /^(?:the\s+)?(?:government|department for|dfe|nhs|the minister|ministers|the secretary of state|the (?:police|icb|integrated care board|health service)|national)\b|\b(?:government|the department) (?:will|would|intends?)\b/i;
const MONEY = /£\s?\d|\bsavings?\b|\bbudget\b|\boverspend\b|\bunderspend\b/i;
const SHOULD = /\b(?:the local authority|the council|(?:senior )?leaders|managers|the trust|partners|the (?:board|partnership)|practitioners|social workers)\b[^.]{0,60}\b(?:should|must|need to|needs to)\b/i;
const LEADIN_ACTS = /\b(?:should|must|need to|needs to|will|agreed?|resolved|decided|recommends?|improve|to:?)\s*:?\s*$|\b(?:RESOLVED|AGREED|DECIDED)\b/i;

/** The features of one unit of a paper; `dated` asks the due-date reader whether the words name a date after the paper's. */
export function featuresOf(unit: Unit, paper: Paper): Record<FeatureName, number> {
  const t = unit.text;
  const body = t.replace(NUMBER_PREFIX, '').replace(/^[^\p{L}\d(]+/u, '');
  const words = body.split(/\s+/).filter(Boolean).length;
  const inspection = paper.kind === 'inspection-report';
  const imperative = IMPERATIVE.test(body);
  const finite = FINITE.test(body);
  const terminal = /[.!?:;]["”’)]?\s*$/.test(t);
  const heading = !terminal && words <= 12 && !/\b(?:will|would|shall|should)\b/i.test(body);
  const fragment = /[:,;]\s*$|\b(?:and|or|the|of|to|for|a|an|be|with|by)\s*$/i.test(t) || (/^[a-z]/.test(body) && !unit.listItem);
  const decision = DECISION.test(t) || (unit.leadIn !== null && DECISION.test(unit.leadIn));
  const due = resolveDue(t, paper.date);
  const f: Record<FeatureName, number> = {
    req_section: +unit.inRequired,
    req_item: +(unit.inRequired && unit.listItem),
    req_imperative: +(unit.inRequired && imperative),
    req_noun_phrase: +(unit.inRequired && !finite && !imperative && words >= 3),
    req_finite: +(unit.inRequired && finite && !imperative && !SHOULD.test(t)),
    addressed_should: +SHOULD.test(t),
    leadin_acts: +(unit.leadIn !== null && LEADIN_ACTS.test(unit.leadIn)),
    imperative_start: +imperative,
    first_future: +FIRST_FUTURE.test(t),
    generic_future: +GENERIC_FUTURE.test(t),
    named_would: +NAMED_WOULD.test(t),
    intent: +INTENT.test(t),
    undertaking: +UNDERTAKING.test(t),
    passive_future: +PASSIVE_FUTURE.test(t),
    report_back: +REPORT_BACK.test(t),
    decision: +decision,
    decision_dated: +(decision && due !== null),
    recommendation: +RECOMMENDATION.test(t),
    dated: +(due !== null),
    target: +(findTarget(t) !== null && due !== null),
    go_live: +GO_LIVE.test(t),
    due_to: +/\b(?:is|are|was|were) (?:due|scheduled|planned|expected) to\b|\bscheduled for\b/i.test(t),
    would_any: +/\bwould\b/i.test(t),
    leadin_imperative: +(unit.leadIn !== null && (imperative || /^(?:that|to)\b/i.test(body))),
    minutes_would: +(paper.kind === 'minutes' && /\b(?:would|will)\b/i.test(t)),
    question: +QUESTION.test(t),
    forecast: +FORECAST.test(t),
    finding: +FINDING.test(t),
    praise: +PRAISE.test(t),
    opinion: +OPINION.test(t),
    rule: +RULE.test(t),
    standing: +STANDING.test(t),
    conditional: +CONDITIONAL.test(body),
    courtesy: +COURTESY.test(t),
    past_only: +(!MODAL.test(t) && PAST.test(t)),
    heading: +(heading && !unit.inRequired),
    fragment: +fragment,
    external_subject: +EXTERNAL.test(body),
    money: +MONEY.test(t),
    short: +(words < 6),
    minutes: +(paper.kind === 'minutes'),
    inspection: +inspection,
    report_kind: +(paper.kind === 'officer-report' || paper.kind === 'agenda'),
  };
  return f;
}

/** True when at least one feature says the unit may promise something. */
export function isCandidate(f: Record<FeatureName, number>): boolean {
  return POSITIVE_CUES.some((k) => f[k] > 0);
}

/** The features as a vector in FEATURES order. */
export function vectorOf(f: Record<FeatureName, number>): number[] {
  return FEATURES.map((k) => f[k]);
}
