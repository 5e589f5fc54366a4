import type { Page, PaperFormat, Sentence, SpanRole } from '../domain.ts';
import { VALUE_LINE } from '../search/passages.ts';

export interface SegmentOptions {
  /** Text and web papers: every line is its own paragraph. PDFs: lines wrap, so only layout cues end a block. */
  lineBreaksAreBoundaries: boolean;
  /** Offset where readers' comments begin (web papers); sentences from there on have role 'comment'. */
  commentStart?: number;
}

const MAX_SENTENCE = 400;
const ABBREVIATIONS = new Set([
  'cllr', 'cllrs', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'para', 'paras', 'e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'approx',
  'co', 'ltd', 'inc', 'rev', 'hon', 'rt', 'fig', 'ref', 'vol', 'pp', 'p', 'sec', 'art', 'ch', 'cl', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'col', 'capt', 'lt', 'sgt', 'est', 'dept', 'govt', 'min', 'max', 'mt', 'op',
]);
const BULLET = /^[\s•·▪◦●○■□➢►▶✓✔➤\u2022\u2043\uf000-\uf0ff*\-–—]+(?=\S)|^o\s+(?=\S)/u;
const LIST_ITEM = /^\s*(?:[•·▪◦●○■□➢►▶✓✔➤\u2022\u2043\uf000-\uf0ff*\-–—]\s*|o\s+)\S/u;
const NUMBERED = /^\s*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}\.\d{1,3}|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)])\s+\S/i;
/** A line that opens with a row or paragraph number and a capital ("2.1 Adoption performance Good", "3. Leadership …"). */
const NUMBERED_ROW = /^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+\p{Lu}/u;
const FIRST_ROW = /^\s*1\.?\s/;
const CONNECTIVE_END = /([,;(\-–—/&]|\b(and|or|the|of|to|for|in|a|an|with|by|on|at|from|that|which|is|are|be|as|our|their|its)|[^\w.!?:)"”’'])$/i;

/**
 * A stored paper's pages segmented again by this version (see SEGMENTATION_VERSION): the text is unchanged, and readers'
 * comments on a web page still begin where its first comment did.
 */
export function resegmentPages(format: PaperFormat, pages: Page[]): Page[] {
  return pages.map((p) => ({
    ...p,
    sentences: segmentSentences(p.text, { lineBreaksAreBoundaries: format !== 'pdf', commentStart: p.sentences.find((s) => s.role === 'comment')?.start }),
  }));
}

/** Splits a page's text into sentences: offsets into the text, without surrounding whitespace or bullets. */
export function segmentSentences(text: string, opts: SegmentOptions): Sentence[] {
  const out: Sentence[] = [];
  for (const [bs, be] of blocks(text, opts)) {
    for (const [s, e] of splitBlock(text, bs, be)) {
      for (const [cs, ce] of capLength(text, s, e)) {
        const span = trimSpan(text, cs, ce);
        if (!span) continue;
        const role: SpanRole = opts.commentStart !== undefined && span[0] >= opts.commentStart ? 'comment' : 'body';
        out.push({ start: span[0], end: span[1], role });
      }
    }
  }
  return out;
}

function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  return spans;
}

/** A pair of a short capitalised label and a figure on one line ("Latest: 14.9%", "Target: 15%"). */
const KEYED_FIGURE = /(?:^|\s)\p{Lu}[\p{L} ]{0,24}:\s*[£(]?-?\d/gu;
/** How many lines before its values a record's label may start (two label lines and a status line, or a heading). */
const RECORD_LINES = 4;

/** True when a line gives two or more labelled figures: the values of a KPI block ("Latest: 53.6% Target: 65%, Floor: 55%"). */
export function isKeyedValues(line: string): boolean {
  return (line.match(KEYED_FIGURE) ?? []).length >= 2;
}

/**
 * The records of a page: each line of labelled figures with the lines before it that name what they measure (back to
 * the last such line, a finished sentence or a blank line), so that a KPI's name, status and values stay one block.
 * Returns, per line, where its record starts and ends (line indexes), or null.
 */
function records(lines: string[]): Array<{ start: number; end: number } | null> {
  const out: Array<{ start: number; end: number } | null> = lines.map(() => null);
  lines.forEach((line, i) => {
    if (!isKeyedValues(line)) return;
    let start = i;
    while (start > 0 && i - start < RECORD_LINES) {
      const before = lines[start - 1]!.trim();
      if (!before || isKeyedValues(before) || out[start - 1] || /[.!?:;]["”’)]*$/.test(before)) break;
      start--;
    }
    for (let k = start; k <= i; k++) out[k] = { start, end: i };
  });
  return out;
}

function blocks(text: string, opts: SegmentOptions): Array<[number, number]> {
  const lines = lineSpans(text).map(([s, e]) => ({ s, e, t: text.slice(s, e) }));
  const record = opts.lineBreaksAreBoundaries ? lines.map(() => null) : records(lines.map((l) => l.t));
  const lengths = lines.map((l) => l.t.trim().length).filter((n) => n > 20).sort((a, b) => a - b);
  const typical = Math.max(40, lengths[Math.floor(lengths.length * 0.75)] ?? 0);
  const result: Array<[number, number]> = [];
  let cur: [number, number] | null = null;
  let prev: string | null = null;
  let rowEnded = false;
  for (const [i, l] of lines.entries()) {
    const t = l.t.trim();
    const r = record[i];
    if (r) {
      if (r.start === i) {
        if (cur) result.push(cur);
        cur = [l.s, l.e];
      } else cur![1] = l.e;
      if (r.end === i) {
        result.push(cur!);
        cur = null;
        prev = null;
      } else prev = t;
      rowEnded = false;
      continue;
    }
    if (!t) {
      if (cur) result.push(cur);
      cur = null;
      prev = null;
      continue;
    }
    const crossesComments = opts.commentStart !== undefined && cur !== null && cur[0] < opts.commentStart && l.s >= opts.commentStart;
    if (!opts.lineBreaksAreBoundaries && cur && prev !== null && !crossesComments && !rowEnded && closesRow(prev, t, typical)) {
      cur[1] = l.e;
      prev = t;
      rowEnded = true;
      continue;
    }
    const joins = cur && prev !== null && !crossesComments && (rowEnded ? /^[a-z]/.test(t) : !breaksBefore(prev, t, typical, opts));
    rowEnded = false;
    if (joins && cur) {
      cur[1] = l.e;
    } else {
      if (cur) result.push(cur);
      cur = [l.s, l.e];
    }
    prev = t;
  }
  if (cur) result.push(cur);
  return result;
}

function breaksBefore(prev: string, line: string, typical: number, opts: SegmentOptions): boolean {
  const continues = /^[a-z(]/.test(line) && !/[.!?:]["”’)]*$/.test(prev);
  if (opts.lineBreaksAreBoundaries) return !continues;
  if (LIST_ITEM.test(line) || isTableRow(prev) || isTableRow(line) || /^\p{Lu}[\p{Lu} ]{2,}:/u.test(line)) return true;
  const prevShort = prev.length < typical * 0.6 && !CONNECTIVE_END.test(prev);
  if (NUMBERED.test(line)) return prevShort || /[.:;!?]["”’)]*$/.test(prev) || opensRow(prev, line);
  return prevShort && !continues;
}

/**
 * True when a numbered line is a row of its own: after another numbered row ("1. Children who need help and protection
 * Good" / "2. Children looked after Good"), or as a list's first row after a line that does not run on into it.
 */
function opensRow(prev: string, line: string): boolean {
  if (!NUMBERED_ROW.test(line)) return false;
  return NUMBERED_ROW.test(prev) || (FIRST_ROW.test(line) && !CONNECTIVE_END.test(prev));
}

/**
 * True when a line is the value of the label on the line before, as in a judgement table where each row's label wraps
 * over one or two lines and its grade stands alone on the next ("The experiences and progress of care leavers" /
 * "Outstanding"): the two make one row, and the row ends there.
 */
function closesRow(prev: string, line: string, typical: number): boolean {
  return VALUE_LINE.test(line) && !VALUE_LINE.test(prev) && !/[.!?:;]["”’)]*$/.test(prev) && /\p{L}/u.test(prev) && prev.length < typical * 0.8;
}

const isTableRow = (l: string) => l.split('\t').length >= 3 || /\t\s*[\d.,%£-]+\s*$/.test(l);

function splitBlock(text: string, bs: number, be: number): Array<[number, number]> {
  const block = text.slice(bs, be);
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of block.matchAll(/[.!?]+["'”’)\]]*(\s+)/g)) {
    const punctEnd = m.index! + m[0].length - m[1]!.length;
    const next = block[m.index! + m[0].length];
    if (!next || !/[\p{Lu}\d"'“‘(\[•·▪◦●■\-–—\uf000-\uf0ff]/u.test(next)) continue;
    if (m[0][0] === '.' && !m[0].startsWith('..') && isAbbreviation(block.slice(start, m.index!), next)) continue;
    spans.push([bs + start, bs + punctEnd]);
    start = m.index! + m[0].length;
  }
  if (start < block.length) spans.push([bs + start, be]);
  return spans;
}

function isAbbreviation(before: string, next: string): boolean {
  const token = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^[("'“‘\[]+/, '');
  const lower = token.toLowerCase();
  if (lower === 'no' || lower === 'nos') return /\d/.test(next);
  if (ABBREVIATIONS.has(lower)) return true;
  if (/^\p{Lu}$/u.test(token)) return true;
  if (/^([a-z]\.)+[a-z]$/i.test(token)) return true;
  const soFar = before.trim();
  return soFar === token && /^(\(?\d{1,3}(\.\d{1,3})*|[ivxlc]{1,5}|[a-z])$/i.test(token);
}

function capLength(text: string, s: number, e: number): Array<[number, number]> {
  if (e - s <= MAX_SENTENCE || !text.slice(s, e).includes('\n')) return [[s, e]];
  const out: Array<[number, number]> = [];
  let pieceStart = s;
  let lastBreak = -1;
  for (let i = s; i < e; i++) {
    if (text[i] !== '\n') continue;
    if (i - pieceStart > MAX_SENTENCE && lastBreak > pieceStart) {
      out.push([pieceStart, lastBreak]);
      pieceStart = lastBreak + 1;
    }
    lastBreak = i;
  }
  if (e - pieceStart > MAX_SENTENCE && lastBreak > pieceStart) {
    out.push([pieceStart, lastBreak]);
    pieceStart = lastBreak + 1;
  }
  out.push([pieceStart, e]);
  return out;
}

function trimSpan(text: string, s: number, e: number): [number, number] | null {
  const slice = text.slice(s, e);
  const lead = BULLET.exec(slice)?.[0].length ?? (/^\s*/.exec(slice)?.[0].length ?? 0);
  const trail = /\s*$/.exec(slice)?.[0].length ?? 0;
  const start = s + lead;
  const end = e - trail;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return [start, end];
}
