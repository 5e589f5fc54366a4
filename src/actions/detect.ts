import type { Page, Paper } from '../domain.ts';

/** Why a sentence was taken as a commitment (for explanations and evaluation). */
export type CommitmentRule =
  | 'first-person-future'
  | 'intent'
  | 'committed'
  | 'undertaking'
  | 'reported-future'
  | 'passive-future'
  | 'request-back'
  | 'dated-target'
  | 'inspectorate';

const MODAL_NOT = String.raw`(?!not\b|never\b|always\b|no doubt\b|be able\b|be held\b|have\b|need\b|become\b|dip\b|remain\b|face\b|receive\b|lose\b|fall\b|rise\b|see\b|experience\b|be (?:a|an|the|more|less|very|too|much|difficult|important|essential|vital|key|good|great|better|safer|possible|likely|unlikely)\b)`;
const SUBJECT = String.raw`(?:we|i|the (?:city |county |borough |district )?council|the (?:local )?authority|kcc|the cabinet|the service|the department|the directorate|the trust)`;
const ACTION = String.raw`(?:send|write|circulate|share|provide|bring|report|come back|return|follow|update|look|raise|arrange|present|investigate|confirm|contact|meet|produce|publish|review|consider|ensure|check|feed back|respond|speak|liaise|organise|organize|set up|visit|invite|include)`;
const PASSIVE = String.raw`(?:brought|bought|reported|presented|circulated|published|produced|considered|provided|shared|submitted|reviewed|incorporated|updated|developed|looked at|returned|tabled|scheduled|added|sent|implemented|delivered|completed|launched|introduced|established|monitored|evaluated|explored)`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

const RULES: Array<{ rule: CommitmentRule; re: RegExp }> = [
  { rule: 'first-person-future', re: new RegExp(String.raw`\b${SUBJECT}\b(?:\s+(?:all|also|now|then|therefore|further|each|both|jointly|still|continue to))*\s+(?:will|shall)\s+${MODAL_NOT}`, 'i') },
  { rule: 'first-person-future', re: new RegExp(String.raw`\b(?:we|i)\b[^.;:]{0,80}?\band (?:will|shall) (?:continue|also|then|make|ensure|report|review|deliver|bring)\b`, 'i') },
  { rule: 'intent', re: /\b(?:we|i)\s+(?:\w+\s+){0,2}?(?:intend|plan|aim|pledge|promise|undertake|commit)\s+to\b/i },
  { rule: 'intent', re: /\b(?:council|authority|kcc)\s+(?:intends|pledges|promises|undertakes)\s+to\b/i },
  { rule: 'intent', re: /\b(?:her|his|their|our|my) intention to\b/i },
  { rule: 'committed', re: /\b(?:are|is|am|remain|remains)\s+(?:absolutely\s+|fully\s+|firmly\s+|still\s+)?committed\s+to\s+(?!the\b|a\b|an\b|their\b|our\b|its\b|children\b)/i },
  { rule: 'undertaking', re: /(?<!\b(?:is|are|was|were|be|been|being|services?|support|care|help)\s)\b(?:offered|agreed|undertook|promised|pledged|volunteered)\s+to\s+(?!be\b|the\b|a\b|an\b|children\b|families\b|young\b|all\b)/i },
  { rule: 'reported-future', re: new RegExp(String.raw`\b(?:she|he|they|the chair|officers?)\s+would\s+(?:also\s+)?${ACTION}\b`, 'i') },
  { rule: 'passive-future', re: new RegExp(String.raw`\b(?:will|would|shall)\s+be\s+(?:\w+ly\s+)?${PASSIVE}\b`, 'i') },
  { rule: 'request-back', re: /\b(?:requested|asked|asks|resolved)\s+that\b[^.]{0,160}\bbe\s+(?:shared|circulated|brought back|reported|provided|presented|submitted)\b/i },
  { rule: 'request-back', re: /\b(?:to|will|would|should|be)\s+(?:\w+\s+)?(?:report|come|bring \w+|brought|bought) back\b/i },
  { rule: 'dated-target', re: new RegExp(String.raw`\b(?:no more than|not more than|at least|fewer than|less than|reduce|increase|target)\b[^.]{0,120}?\d[^.]{0,60}?\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?:${MONTH}\b|\d{4}|20\d\d/\d\d)`, 'i') },
];

/** Sentences that only report what happened or what is, whatever their words. */
const NOT_A_COMMITMENT: RegExp[] = [
  /\?\s*$/,
  /\b(?:if|unless|whether)\b[^,]{0,80},?\s+(?:the|a|an)\s+\w+\s+would\b/i,
  /\bwould like to\b/i,
  /\bwe said we would\b/i,
  /\b(?:want|wish|like) to (?:set out|outline|explain|describe|tell you|update you)\b/i,
];

const INSPECTION_HEADING = /^\s*(?:what does the local authority need to improve\??|what needs to improve\??|recommendations|areas for improvement:?|priority and immediate action)\s*$/im;
const SECTION_END = /^\s*(?:information about this inspection|summary for children and young people|the experiences and progress of|summary of findings|the inspection team)\b/im;
const IMPERATIVE = /^(?:\W*\d+\.\s*|[\s•◼\-–\uf0b7\uf0a7▪●]*)?(?:ensure|strengthen|improve|develop|review|revise|reduce|address|increase|establish|implement|work|make sure|monitor|embed|provide|secure|take|undertake|complete|consider|re-launch|relaunch)\b/i;
const ADDRESSED = /\b(?:the local authority|the council|senior leaders|leaders|managers|the trust|partners)\b[^.]{0,60}\b(?:should|must|need to|needs to)\b/i;

/** The rule that makes a sentence a commitment, or null. `inRecommendations` marks an inspectorate's list of required actions. */
export function commitmentRule(sentence: string, inRecommendations = false): CommitmentRule | null {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length < 20) return inRecommendations && s.length > 8 ? 'inspectorate' : null;
  if (inRecommendations && (IMPERATIVE.test(s) || ADDRESSED.test(s) || /^[•◼\-–\uf0b7\uf0a7▪●]/.test(s) || isRequiredArea(s))) return 'inspectorate';
  if (NOT_A_COMMITMENT.some((re) => re.test(s))) return null;
  for (const { rule, re } of RULES) if (re.test(s)) return rule;
  return null;
}

/** True when the paper is an inspectorate's report (its required actions are commitments asked of the council). */
export function isInspection(paper: Paper): boolean {
  if (paper.kind === 'inspection-report') return true;
  const first = paper.pages.slice(0, 2).map((p) => p.text).join('\n');
  return /\bofsted\b/i.test(first) && /\binspection\b/i.test(first);
}

/** For each page, the character ranges that fall inside an inspectorate's "what needs to improve" section. */
export function recommendationRanges(paper: Paper): Map<number, Array<[number, number]>> {
  const out = new Map<number, Array<[number, number]>>();
  if (!isInspection(paper)) return out;
  let open = false;
  let openedOn = 0;
  for (const page of paper.pages) {
    if (open && page.number > openedOn + 1) open = false;
    const ranges: Array<[number, number]> = [];
    let from = open ? 0 : -1;
    for (const line of linesOf(page)) {
      if (INSPECTION_HEADING.test(line.text) && !isContentsLine(line.text)) {
        if (from < 0) from = line.end;
        if (!open) openedOn = page.number;
        open = true;
      } else if (open && SECTION_END.test(line.text)) {
        ranges.push([from, line.start]);
        from = -1;
        open = false;
      }
    }
    if (open && from >= 0) ranges.push([from, page.text.length]);
    if (ranges.length > 0) out.set(page.number, ranges);
  }
  return out;
}

/** A bare noun phrase in an inspectorate's "what needs to improve" list ("Consistency of written plans."). */
function isRequiredArea(s: string): boolean {
  return s.length < 250 && !INSPECTION_HEADING.test(s) && !/\b(?:is|are|was|were|has|have|had|did|does|do)\b/i.test(s);
}

function isContentsLine(text: string): boolean {
  return /\s\d+\s*$/.test(text);
}

function linesOf(page: Page): Array<{ text: string; start: number; end: number }> {
  const lines: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (const part of page.text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

export const MONTH_PATTERN = MONTH;
