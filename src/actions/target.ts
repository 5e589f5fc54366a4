import type { Target } from './types.ts';

const BOUND_MAX = /\b(?:no more than|not more than|at most|less than|fewer than|under|below|maximum of|reduce(?:d)? (?:\w+ )*?to)\s*$/i;
const BOUND_MIN = /\b(?:at least|more than|over|above|minimum of|increase(?:d)? (?:\w+ )*?(?:by|to))\s*$/i;

function boundOf(before: string): Target['bound'] {
  const tail = before.slice(-60);
  if (BOUND_MAX.test(tail)) return 'max';
  if (BOUND_MIN.test(tail)) return 'min';
  return 'exact';
}

/** The measurable target of a commitment: a percentage, an amount of money or a counted number; null when none. */
export function findTarget(sentence: string): Target | null {
  const s = sentence.replace(/\s+/g, ' ');
  const pct = /(\d+(?:\.\d+)?)\s*(%|per ?cent\b)/i.exec(s);
  if (pct) {
    const lead = /(?:no more than|not more than|at most|at least|less than|fewer than|more than|under|below|over|above) $/i.exec(s.slice(0, pct.index));
    return { kind: 'percentage', value: Number(pct[1]), bound: boundOf(s.slice(0, pct.index)), unit: '%', text: `${lead ? lead[0] : ''}${pct[0]}` };
  }
  const money = /£\s?(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|m|million|k)?\b/i.exec(s);
  if (money) {
    const scale = { bn: 1e9, billion: 1e9, m: 1e6, million: 1e6, k: 1e3 }[(money[2] ?? '').toLowerCase() as 'm'] ?? 1;
    return { kind: 'money', value: Number(money[1]!.replace(/,/g, '')) * scale, bound: boundOf(s.slice(0, money.index)), unit: '£', text: money[0].trim() };
  }
  const count = /\b(?:by|to|of|at least|no more than|an extra|an additional|a further)\s+(\d[\d,]*)\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|(?:years?|months?|weeks?|days?|hours?|age|pm|am)\b)([a-z][a-z-]+)/i.exec(s);
  if (count && !/^(?:19|20)\d\d$/.test(count[1]!)) {
    return { kind: 'number', value: Number(count[1]!.replace(/,/g, '')), bound: boundOf(s.slice(0, count.index + count[0].indexOf(count[1]!))), unit: count[2]!.toLowerCase(), text: count[0].replace(/^(?:by|to|of)\s+/i, '') + (/\beach year\b/i.test(s) ? ' each year' : '') };
  }
  return null;
}
