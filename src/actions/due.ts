import { STANDING_PROCESS } from './lexicon.ts';
import type { Due, DuePrecision } from './types.ts';

const STANDING = new RegExp(STANDING_PROCESS, 'i');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20 };
const NUM = String.raw`(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)`;

const SEASON_END: Record<string, (y: number) => [number, number]> = {
  spring: (y) => [y, 5],
  summer: (y) => [y, 8],
  autumn: (y) => [y, 11],
  winter: (y) => [y + 1, 2],
};

interface Candidate extends Due {
  rank: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? NaN));

/** Adds a span to a YYYY-MM-DD date, keeping the day of the month where it exists. */
export function addSpan(date: string, n: number, unit: 'day' | 'week' | 'month' | 'year'): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit === 'day' || unit === 'week') d.setUTCDate(d.getUTCDate() + n * (unit === 'week' ? 7 : 1));
  else {
    const months = unit === 'year' ? n * 12 : n;
    const y = d.getUTCFullYear() + Math.floor((d.getUTCMonth() + months) / 12);
    const m = ((d.getUTCMonth() + months) % 12) + 1;
    return iso(y, m, Math.min(d.getUTCDate(), lastDay(y, m)));
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The due date a commitment's words give, resolved against the paper's date: exact dates, months, month ranges
 * ("Jan/Feb 2010" ends 2010-02-28), financial years ("2016/17" ends 2017-03-31), years, relative spans and
 * "the next meeting". Absolute dates win over relative ones; among several, the latest stands. Null when there is none.
 */
export function resolveDue(sentence: string, paperDate: string | null, nextMeetingDate: string | null = null, opts: { assumeFuture?: boolean } = {}): Due | null {
  const s = sentence.replace(/\s+/g, ' ');
  const found: Candidate[] = [];
  const add = (date: string, precision: DuePrecision, text: string, rank: number) => found.push({ date, precision, text: text.trim(), rank });
  const baseYear = paperDate ? Number(paperDate.slice(0, 4)) : null;

  for (const m of s.matchAll(new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\d{4})\b`, 'gi'))) {
    add(iso(+m[3]!, monthIndex(m[2]!), +m[1]!), 'day', m[0], 3);
  }
  for (const m of s.matchAll(/\b(?:by|on|before|until)\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gi)) add(iso(+m[3]!, +m[2]!, +m[1]!), 'day', m[0], 3);
  for (const m of s.matchAll(new RegExp(String.raw`\b${MONTH}\s*(?:/|-|–|to|and|or)\s*${MONTH},? (\d{4})\b`, 'gi'))) {
    const y = +m[3]!;
    const mo = monthIndex(m[2]!);
    add(iso(y, mo, lastDay(y, mo)), 'range', m[0], 3);
  }
  for (const m of s.matchAll(new RegExp(String.raw`(?<!\d(?:st|nd|rd|th)? |\d )\b(?:the end of |end of |early |late |mid-?)?${MONTH},? (\d{4})\b`, 'gi'))) {
    const y = +m[2]!;
    const mo = monthIndex(m[1]!);
    if (found.some((f) => f.text.includes(m[0]))) continue;
    add(iso(y, mo, lastDay(y, mo)), 'month', m[0], 2);
  }
  for (const m of s.matchAll(/\b(?:by|in|during|for|before|end of|within|from|of)\s+(?:the\s+)?(?:financial year\s+)?(20\d\d)[/-](?:20)?(\d\d)\b(?![/-])/gi)) {
    if (found.some((f) => f.text.includes(m[0]) || m[0].includes(f.text))) continue;
    add(iso(+m[1]! + 1, 3, 31), 'financial-year', m[0], 2);
  }
  for (const m of s.matchAll(/\b(spring|summer|autumn|winter) (20\d\d)\b/gi)) {
    const [y, mo] = SEASON_END[m[1]!.toLowerCase()]!(+m[2]!);
    add(iso(y, mo, lastDay(y, mo)), 'month', m[0], 2);
  }
  for (const m of s.matchAll(/\b(?:by|in|during|before|end of|following the|after the)\s+(?:the\s+)?(?:end of\s+)?(20\d\d|19\d\d)\b(?![/-]\d)/gi)) {
    add(iso(+m[1]!, 12, 31), 'year', m[0], 1);
  }
  if (paperDate !== null) {
    const after = (mo: number, d: number) => {
      const y = baseYear! + (iso(baseYear!, mo, d) < paperDate ? 1 : 0);
      return iso(y, mo, Math.min(d, lastDay(y, mo)));
    };
    for (const m of s.matchAll(new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}\b(?!,? \d{4}|\s*\d)`, 'gi'))) {
      const mo = monthIndex(m[2]!);
      if (+m[1]! >= 1 && +m[1]! <= lastDay(2024, mo)) add(after(mo, +m[1]!), 'day', m[0], 3);
    }
    for (const m of s.matchAll(new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d{4}|\s*\d|:)`, 'g'))) {
      const mo = monthIndex(m[1]!);
      if (+m[2]! >= 1 && +m[2]! <= lastDay(2024, mo) && /^[A-Z]/.test(m[1]!)) add(after(mo, +m[2]!), 'day', m[0], 3);
    }
    for (const m of s.matchAll(new RegExp(String.raw`\b(?:by|in|until|before|during|from|(?:the )?end of|early|late|mid-?)\s+(?:the\s+)?(?:end of\s+)?(?:early |late |mid-?)?${MONTH}\b(?!,? \d{4}|\s*\d)`, 'gi'))) {
      const mo = monthIndex(m[1]!);
      if (found.some((f) => f.text.includes(m[0]) || m[0].includes(f.text))) continue;
      add(after(mo, lastDay(2023, mo)), 'month', m[0], 2);
    }
    const fyEndOf = (date: string) => Number(date.slice(0, 4)) + (date.slice(5) > '03-31' ? 1 : 0);
    for (const m of s.matchAll(/\b(?:quarter|qtr|q)\s?([1-4])\b(?:\s+(?:of\s+)?(?:(?:the\s+)?(?:financial\s+year\s+)?(20\d\d)[/-](\d\d)))?/gi)) {
      const q = +m[1]!;
      let fyEnd = m[2] ? +m[2] + 1 : fyEndOf(paperDate);
      const endOf = (fe: number) => (q === 4 ? iso(fe, 3, 31) : iso(fe - 1, q * 3 + 3, lastDay(fe - 1, q * 3 + 3)));
      if (!m[2]) {
        const fy = new RegExp(String.raw`\b(20\d\d)[/-](\d\d),?\s+(?:\w+\s+){0,2}$`).exec(s.slice(Math.max(0, m.index! - 40), m.index!));
        if (fy) fyEnd = +fy[1]! + 1;
        else if (endOf(fyEnd) < paperDate) fyEnd++;
      }
      const fyText = `${fyEnd - 1}`;
      for (let i = found.length - 1; i >= 0; i--) if (found[i]!.precision === 'financial-year' && found[i]!.text.includes(fyText)) found.splice(i, 1);
      add(endOf(fyEnd), 'range', m[0], 2);
    }
    for (const m of s.matchAll(/\b(?:by |before |at )?the end of (?:the|this) (?:current )?financial year\b/gi)) add(iso(fyEndOf(paperDate), 3, 31), 'financial-year', m[0], 2);
  }
  if (baseYear !== null) {
    for (const m of s.matchAll(/\b(this|next) (year|financial year)\b/gi)) {
      const y = baseYear + (m[1]!.toLowerCase() === 'next' ? 1 : 0);
      if (/financial/i.test(m[2]!)) {
        const fyEnd = paperDate!.slice(5) > '03-31' ? y + 1 : y;
        add(iso(fyEnd, 3, 31), 'financial-year', m[0], 1);
      } else add(iso(y, 12, 31), 'year', m[0], 1);
    }
    const standing = [...s.matchAll(new RegExp(STANDING.source, 'gi'))].map((m) => [m.index!, m.index! + m[0].length] as const);
    if (opts.assumeFuture && paperDate && /^\W*immediately\b/i.test(s)) add(paperDate, 'day', 'Immediately', 0);
    for (const m of s.matchAll(new RegExp(String.raw`\b(?:over|within|in|for|during) (?:the )?(?:next |coming |following )?${NUM} (day|week|month|year)s?\b`, 'gi'))) {
      const n = num(m[1]!);
      if (standing.some(([a, b]) => a < m.index! + m[0].length && m.index! < b)) continue;
      if (Number.isFinite(n)) add(addSpan(paperDate!, n, m[2]!.toLowerCase() as 'day'), 'relative', m[0], 0);
    }
  }
  if (nextMeetingDate && /\b(?:the|its) next (?:meeting|panel|committee)\b/i.test(s)) {
    add(nextMeetingDate, 'next-meeting', s.match(/\b(?:the|its) next (?:meeting|panel|committee)\b/i)![0], 0);
  }
  if (paperDate) found.splice(0, found.length, ...found.filter((f) => f.date >= paperDate));
  if (found.length === 0) return null;
  const topRank = Math.max(...found.map((f) => f.rank >= 1 ? 1 : 0));
  const best = found.filter((f) => (f.rank >= 1 ? 1 : 0) === topRank).sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return { date: best.date, precision: best.precision, text: best.text };
}
