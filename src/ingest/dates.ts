/** Finding dates in a paper's text and choosing the one that is the paper's own. */

export interface FoundDate {
  iso: string;
  index: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const DMY = new RegExp(`(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|\\s*[.\\-/]\\s*)${MONTH}\\.?,?[\\s.\\-/]*((?:19|20)\\d{2})(?!\\d)`, 'gi');
const MDY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'gi');
const NUMERIC = /(?<![\d.\/])(\d{1,2})([\/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d.\/]?\d)/g;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g;

/** YYYY-MM-DD of a Date (UTC). */
export function isoFromDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

/** Every full date (day, month and year) in a text, in order; UK day-first for numeric dates. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (m: RegExpExecArray, value: string | null) => {
    if (value && !out.some((o) => m.index < o.end && o.index < m.index + m[0].length)) out.push({ iso: value, index: m.index, end: m.index + m[0].length });
  };
  for (const m of text.matchAll(DMY)) push(m, iso(Number(m[3]), monthOf(m[2]!), Number(m[1])));
  for (const m of text.matchAll(MDY)) push(m, iso(Number(m[3]), monthOf(m[1]!), Number(m[2])));
  for (const m of text.matchAll(ISO)) push(m, iso(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(NUMERIC)) {
    const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    push(m, iso(y, Number(m[3]), Number(m[1])));
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The date in a file name: "13th-Mar-2025", "29.10.24", "2025-03-13". */
export function dateFromFileName(name: string): string | null {
  return findDates(name.replace(/[_]+/g, ' ').replace(/\.[a-z0-9]{2,5}$/i, ''))[0]?.iso ?? null;
}

/**
 * The date that is the paper's own (meeting, statement, publication or inspection date) rather than one it mentions:
 * labelled dates, bylines, signature lines and dates early in the paper score higher; mentions score lower.
 */
export function chooseOwnDate(text: string): string | null {
  let best: { iso: string; score: number } | null = null;
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  for (const d of findDates(text)) {
    const lineNo = lineStarts.filter((s) => s <= d.index).length - 1;
    const lineStart = lineStarts[lineNo]!;
    const lineEnd = text.indexOf('\n', d.index) === -1 ? text.length : text.indexOf('\n', d.index);
    const line = text.slice(lineStart, lineEnd);
    const prefix = text.slice(lineStart, d.index).toLowerCase();
    const before = text.slice(Math.max(0, d.index - 240), d.index);
    const suffix = text.slice(d.end, lineEnd);
    const score = scoreDate({ line, prefix, before, suffix, lineNo, isLastOnLine: !findDates(suffix).length });
    if (!best || score > best.score) best = { iso: d.iso, score };
  }
  return best && best.score >= 1 ? best.iso : null;
}

interface DateContext {
  line: string;
  prefix: string;
  before: string;
  suffix: string;
  lineNo: number;
  isLastOnLine: boolean;
}

const WEEKDAY_PREFIX = /^((mon|tues|wednes|thurs|fri|satur|sun)day,?)?$/;

function scoreDate(c: DateContext): number {
  let s = 0;
  const p = c.prefix.trim();
  if (/(report published|date of publication|publication date|published( on)?)\s*:?$/.test(p)) s += 12;
  if (/inspection dates?\s*:/i.test(c.line)) s += 8 + (c.isLastOnLine ? 1 : 0);
  if (/^(meeting )?date\s*:?$/.test(p)) s += 8;
  if (/^to\s*:/.test(p)) s += 8;
  if (/MINUTES of a meeting[^.]*$/.test(c.before)) s += 8;
  if (/^by\b.*\bon$/.test(p) || /🕔$/u.test(p)) s += 8;
  if (WEEKDAY_PREFIX.test(p)) s += 5;
  if (/^[a-z][^,]{2,80},$/.test(p) && !WEEKDAY_PREFIX.test(p) && !c.suffix.trim()) s += 5;
  if (/\s[-–—]$/.test(p) && !/\d{4}/.test(p) && !c.suffix.trim()) s += 4;
  if (/[-–—]$/.test(p) && c.lineNo < 3) s += 3;
  if (/minutes of the meeting held on\s*$|\bpathway\b|\b(since|until|by|before|after|from|between|deadline|due|ending|up to|dated|of|on|and|to)\s*$/i.test(c.before.slice(-60)) && !/^by\b.*\bon$/.test(p) && !/inspection dates?\s*:/i.test(c.line)) s -= 6;
  if (/\bpathway\b/i.test(c.line)) s -= 6;
  s += c.lineNo < 3 ? 4 : c.lineNo < 10 ? 2 : 0;
  return s;
}

const FORMAL_LABEL = /\b(?:date of (?:decision|signing|meeting|publication|issue)|decision date|date signed|signed(?: on)?|date decision (?:taken|made)|meeting date|published(?: on)?|publication date)\s*[:\-–]?\s*$/i;

/**
 * A date the paper gives as its own on a formal line anywhere in it: "Date of decision: …", "Signed … 17/1/2025",
 * a date standing over or under a "signed … date" line. The last such date wins (a signature closes a paper).
 */
export function formalDate(text: string): string | null {
  const lines = text.split('\n');
  let found: string | null = null;
  lines.forEach((line, i) => {
    for (const d of findDates(line)) {
      const prefix = line.slice(0, d.index);
      const near = [lines[i - 1] ?? '', lines[i + 1] ?? '', lines[i + 2] ?? ''].join(' ');
      const alone = !line.slice(0, d.index).replace(/[.\s_…-]/g, '') && !line.slice(d.end).replace(/[.\s_…-]/g, '');
      if (FORMAL_LABEL.test(prefix) || (alone && /\bsigned\b/i.test(near) && /\bdate\b/i.test(near))) found = d.iso;
    }
  });
  return found;
}
