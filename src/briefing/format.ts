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

export function trendLine(f: PackFigure): string | null {
  if (f.trend.length < 2) return null;
  return `Trend: ${f.trend.map((t) => `${t.value} in ${t.date ? t.date.slice(0, 4) : 'an undated paper'}`).join(', then ')}`;
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
};
