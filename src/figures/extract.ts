import { analyzeText } from '../search/index.ts';
import { maskedSpans, notFigureReason, numbersIn, timeUnitAfter, valueOf, type NumberMatch } from './numbers.ts';
import type { Figure, FigureContext, FigureUnit, NotFigure, NotFigureReason } from './types.ts';

const MONTH_NUMBER: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};
const DATE_IN_TEXT =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s?[-/–]\s?(\d{2}|(?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b/gi;
const COMPARED = /\b(?:compared (?:with|to)|up from|down from|from|than|against|versus|vs\.?|previously|last year|the previous year)\b/i;
const NATIONAL = /(?:national(?:ly)?|england|the country|statistical neighbours?|similar (?:areas|authorities|councils)|comparator)\b/i;
const CONTEXT =
  /\b(?:population|ethnic|ethnicity|white british|asian|black|mixed heritage|poverty|deprived|deprivation|free school meals|census|additional language|first language|live in the area|living in the area|children and young people under the age)\b/i;

/** The figures of one sentence: each number that is a value of something, typed with unit, measure, body and date. */
export function figuresIn(sentence: string, ctx: FigureContext): Figure[] {
  return classify(sentence, ctx).figures;
}

/** Every number of a sentence sorted into figures and non-figures (with the reason it is not one). */
export function classify(sentence: string, ctx: FigureContext): { figures: Figure[]; others: NotFigure[] } {
  const masks = maskedSpans(sentence);
  const figures: Figure[] = [];
  const others: NotFigure[] = [];
  let previous: { reason: NotFigureReason | null; end: number } | null = null;
  const clauses = clauseBounds(sentence);
  for (const n of numbersIn(sentence)) {
    const reason = notFigureReason(sentence, n, masks, previous);
    previous = { reason, end: n.end };
    if (reason) {
      others.push({ text: n.text, reason, start: n.start, end: n.end });
      continue;
    }
    figures.push(typed(sentence, n, clauses, ctx, figures));
  }
  return { figures, others };
}

function typed(sentence: string, n: NumberMatch, clauses: Array<[number, number]>, ctx: FigureContext, earlier: Figure[]): Figure {
  const after = sentence.slice(n.end);
  const unit: FigureUnit = n.suffix.includes('%') || n.suffix.startsWith('per') || n.suffix.startsWith('percent')
    ? 'percent'
    : n.currency
      ? 'gbp'
      : /^\s*per\s+(?:[\d,]+|[a-z])/i.test(after)
        ? 'rate'
        : timeUnitAfter(after) ?? 'count';
  const [cs, ce] = clauses.find(([s, e]) => s <= n.start && n.end <= e) ?? [0, sentence.length];
  const clause = sentence.slice(cs, ce);
  const compared = COMPARED.test(sentence.slice(cs, n.start)) && earlier.length > 0;
  const base = compared ? earlier.filter((f) => f.unit === unit).at(-1) ?? null : null;
  const own = measureWords(sentence.slice(windowStart(sentence, cs, n, earlier), windowEnd(sentence, ce, n)), n.start - windowStart(sentence, cs, n, earlier), n.end - windowStart(sentence, cs, n, earlier));
  const ownTerms = analyzeText(own).filter(plainTerm);
  const inherit = ownTerms.length < 2 ? base ?? earlier.at(-1) ?? null : null;
  const measure = inherit ? inherit.measure : own || ctx.lead?.trim() || '';
  const measureTerms = inherit ? inherit.measureTerms : analyzeText(`${measure} ${ownTerms.length < 2 ? ctx.lead ?? '' : ''}`).filter(plainTerm);
  const head = unit === 'count' || unit === 'rate' ? analyzeText(after.split(/[,;:()]|\b(?:were|was|are|is|have|has|had|who|which|that|live|lived|in|of|with|at|on|for|from|compared)\b/i)[0] ?? '').filter(plainTerm).slice(0, 3) : [];
  const ws = windowStart(sentence, cs, n, earlier);
  const near = sentence.slice(ws, n.start);
  const national = NATIONAL.test(near) || new RegExp(`^\\s*(?:in|across|for)\\s+(?:${NATIONAL.source})`, 'i').test(after.slice(0, 40));
  const regional = !national && /\bregion(?:al|ally)?\b/i.test(near);
  const dated = dateNear(sentence, cs, ce, n) ?? earlier.find((f) => f.datedInText)?.date ?? null;
  return {
    value: valueOf(n),
    text: n.text.trim(),
    unit,
    measure,
    measureTerms,
    head: head.length > 0 ? head : base?.head ?? [],
    body: national ? 'England' : regional ? 'the region' : ctx.body,
    date: dated ?? ctx.date,
    datedInText: dated !== null,
    context: CONTEXT.test(sentence) || CONTEXT.test(measure) || (ctx.lead !== undefined && CONTEXT.test(ctx.lead)) || Boolean(base?.context),
    start: n.start,
    end: n.end,
  };
}

/** An analysed word of the text itself (not a number, nor a concept term the analyser adds). */
function plainTerm(t: string): boolean {
  return !/\d/.test(t) && !/^c_/.test(t) && !t.includes('_');
}

/** Where a value's own words start: after the previous value in its clause, else the clause start. */
function windowStart(sentence: string, cs: number, n: NumberMatch, earlier: Figure[]): number {
  const prev = earlier.filter((f) => f.end <= n.start && f.end >= cs).at(-1);
  if (!prev) return cs;
  const end = windowEnd(sentence, n.start, prev);
  return end >= n.start ? prev.end : end;
}

/** Where a value's own words end: before the next number of the clause that starts a new value, else the clause end. */
function windowEnd(sentence: string, ce: number, n: { end: number }): number {
  const next = /(?:,\s*|\s(?:and|or|while|whereas)\s+)(?:£\s?)?\d/.exec(sentence.slice(n.end, ce));
  return next ? n.end + next.index : ce;
}

/** Clause boundaries: ; : ( ) and dashes, and ", compared with". */
function clauseBounds(text: string): Array<[number, number]> {
  const cuts = [0];
  for (const m of text.matchAll(/[;:()]|\s[–—-]\s|,\s(?=compared|up from|down from|against|while|whereas|and\s+\d)/g)) cuts.push(m.index, m.index + m[0].length);
  cuts.push(text.length);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) out.push([cuts[i]!, cuts[i + 1]!]);
  return out.filter(([s, e]) => e > s);
}

/** The clause's words without the value, other numbers and dates: what is counted. */
function measureWords(clause: string, start: number, end: number): string {
  const text = `${clause.slice(0, start)} ${clause.slice(end)}`
    .replace(DATE_IN_TEXT, ' ')
    .replace(/\b(?:as at|as of|at|in|on|by|since|during)\s+(?=[\s,.]*$)/gi, ' ')
    .replace(/£?\d[\d,.]*\s?(?:%|per ?cent|m\b|k\b|million|billion)?/gi, ' ')
    .replace(/\b(?:approximately|around|about|some|nearly|almost|over|just|currently|now|there (?:are|were|is|was))\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.replace(/^[,.\s]+|[,.\s]+$/g, '');
}

/** The date a value refers to, when its clause (or the sentence's opening "As at …") names one. */
function dateNear(sentence: string, cs: number, ce: number, n: NumberMatch): string | null {
  const dates = [...sentence.matchAll(DATE_IN_TEXT)].map((m) => ({ at: m.index, iso: isoOf(m) })).filter((d) => d.iso !== null);
  const next = dates.find((d) => d.at >= n.end);
  const between = next ? sentence.slice(n.end, next.at).replace(/\([^()]*\)/g, ' ').replace(/\bper\s+[\d,]+/g, ' ') : '';
  if (next && (next.at < ce || between.length < 80) && !/\d/.test(between)) return next.iso;
  const inClauseBefore = dates.filter((d) => d.at >= cs && d.at < n.start).at(-1);
  if (inClauseBefore) return inClauseBefore.iso;
  const opening = dates.find((d) => d.at < n.start && /^(?:\W*(?:as (?:at|of)|at|in|on|by|during|since|for)\s)/i.test(sentence.slice(Math.max(0, d.at - 12), d.at).trimStart() + ' ') && d.at < 40);
  return opening?.iso ?? null;
}

function isoOf(m: RegExpMatchArray): string | null {
  if (m[2] && m[3]) {
    const month = MONTH_NUMBER[m[2].slice(0, 3).toLowerCase()]!;
    return m[1] ? `${m[3]}-${month}-${m[1].padStart(2, '0')}` : `${m[3]}-${month}`;
  }
  if (m[4] && m[5]) return m[5].length === 2 ? `${m[4]}/${m[5]}` : `${m[4]}/${m[5].slice(2)}`;
  return m[6] ?? null;
}
