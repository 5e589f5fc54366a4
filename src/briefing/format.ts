import { longDate } from '../challenge/index.ts';
import type { Citation } from '../domain.ts';
import type { BriefingPack, CommitmentStatus, PackCommitment, PackFigure, PackPaper } from './types.ts';

/** "Paper title, 3 June 2015, p. 4": where a quote stands. */
export function sourceLine(c: Citation): string {
  const page = c.page === null ? '' : `, p. ${c.page}${c.pageLabel && c.pageLabel !== String(c.page) ? ` (printed ${c.pageLabel})` : ''}`;
  return `${c.paper.title}, ${longDate(c.paper.date)}${page}`;
}

/** The pack's subtitle: committee, meeting and as-of date. */
export function subtitle(pack: BriefingPack): string {
  const parts = [pack.committee ? `Committee: ${pack.committee}` : null, pack.meeting ? `Meeting: ${longDate(pack.meeting.date)}` : null, `Prepared ${longDate(pack.asOf)}`];
  return parts.filter(Boolean).join('  ·  ');
}

export function meetingLine(pack: BriefingPack): string {
  if (!pack.meeting) return `No meeting is registered for this pack; it covers the committee's papers up to ${longDate(pack.asOf)}.`;
  const chair = pack.meeting.chair ? `, chair <@${pack.meeting.chair}>` : '';
  return `${pack.meeting.title} on ${longDate(pack.meeting.date)}${chair}.`;
}

export function paperLine(p: PackPaper): string {
  return `${p.title} (${longDate(p.date)}, ${p.pages === 1 ? '1 page' : `${p.pages} pages`})`;
}

export function sinceLine(pack: BriefingPack): string {
  const c = pack.changes;
  if (c.covers === 'meeting-papers') return 'What each of the meeting’s papers is for, and what it asks the committee to do or records as decided.';
  if (c.basis === 'previous-meeting') return `Papers dated after the committee's previous meeting on ${longDate(c.since)}.`;
  if (c.basis === 'previous-paper') return `Papers dated after the previous paper, of ${longDate(c.since)}.`;
  return 'This is the first time the committee looks at these papers.';
}

const STATUS: Record<CommitmentStatus, string> = {
  overdue: 'Overdue, not reported back',
  'not-reported': 'Not reported back',
  reported: 'Reported back',
};

export function commitmentHeading(c: PackCommitment): string {
  const made = c.madeOn ? `made ${longDate(c.madeOn)}` : 'undated';
  const due = c.due ? `; due ${longDate(c.due.date)} (“${c.due.text}”)` : '';
  const owner = c.owner ? `; owner: ${c.owner}` : '';
  return `${STATUS[c.status]}: ${made}${due}${owner}`;
}

/** The quotes a figure rests on: each trend point's sentence once (two values of one sentence share a quote). */
export function figureQuotes(f: PackFigure): Citation[] {
  if (f.trend.length < 2) return [f.citation];
  const seen = new Set<string>();
  return f.trend.map((t) => t.citation).filter((c) => {
    const key = `${c.paper.id}:${c.page}:${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A trend: each value with the date it refers to (every value is quoted below it). */
export function trendLine(f: PackFigure): string | null {
  if (f.trend.length < 2) return null;
  return `Trend (same measure, ${f.body ?? 'same body'}): ${f.trend.map((t) => `${t.value} at ${t.date ? dateWords(t.date) : 'an undated paper'}`).join(', then ')}`;
}

const UNIT_WORDS: Record<string, string> = { count: 'a count', percent: 'a percentage', gbp: 'money (£)', rate: 'a rate', days: 'days', weeks: 'weeks', months: 'months', hours: 'hours', years: 'years' };

/** What a figure is: value, unit, body and date, and whether it comes from an older paper. */
export function figureMeta(f: PackFigure): string {
  const parts = [`${f.value}: ${UNIT_WORDS[f.unit] ?? f.unit}`, f.body ? `about ${f.body}` : null, f.date ? `at ${dateWords(f.date)}` : null];
  return `${parts.filter(Boolean).join(', ')}${f.context ? '. From an earlier paper, for context' : ''}`;
}

/** "2014-03-31" -> "31 March 2014"; "2014-03" -> "March 2014"; "2024/25" and "2014" as they are. */
export function dateWords(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return longDate(date);
  if (/^\d{4}-\d{2}$/.test(date)) return new Date(`${date}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date;
}

/** The clerk's latest mark on a commitment, in words. */
export function markLine(c: PackCommitment): string {
  if (!c.mark) return 'Clerk’s mark: none yet';
  const note = c.mark.note ? ` – “${c.mark.note}”` : '';
  return `Clerk’s mark: ${c.mark.progress}${note} (${c.mark.by}, ${longDate(c.mark.at.slice(0, 10))})${c.context ? '. From an earlier paper, for context' : ''}`;
}

export function sourceEntry(s: BriefingPack['sources'][number]): string {
  const pages = s.pagesCited.length > 0 ? `; cited at p. ${s.pagesCited.join(', ')}` : s.cited ? '; cited' : '; not quoted in this pack';
  return `${paperLine(s.paper)}, file ${s.paper.file}${pages}`;
}

export const KIND_LABEL: Record<string, string> = {
  'overdue-commitment': 'Overdue commitment',
  contradiction: 'Contradiction',
  'unreported-commitment': 'Commitment not reported back',
  'unevidenced-claim': 'Claim without evidence',
  'figure-without-comparator': 'Figure without comparator',
  'unaddressed-risk': 'Risk without a response',
  'slipped-commitment': 'Commitment marked as slipped or not achieved',
};
