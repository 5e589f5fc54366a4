import type { PaperKind } from '../domain.ts';
import { findDates } from './dates.ts';

const LABEL_START = /^[A-Za-z][\w /'’()&-]{0,30}:(\s|$)/;
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const CONNECTIVE = /\b(and|or|of|for|the|in|to|with|on|at|a|an)$/i;

/** A title from the first prominent lines of a PDF's first page ("Subject:" of an officer report wins). */
export function titleFromPdfHead(head: string): string | null {
  const lines = head.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const subject = lines.findIndex((l) => /^Subject\s*:/i.test(l));
  if (subject >= 0) {
    const parts = [lines[subject]!.replace(/^Subject\s*:\s*/i, '')];
    for (const l of lines.slice(subject + 1, subject + 4)) {
      if (LABEL_START.test(l)) break;
      parts.push(l);
    }
    return clip(parts.join(' '));
  }
  const picked: string[] = [];
  for (const l of lines.slice(0, 12)) {
    const noise = /^(page\s+)?\d{1,4}$/i.test(l) || /www\.|@|https?:|\b\d{5} ?\d{6}\b/.test(l);
    if (!picked.length && (noise || /^(direct dial|e-?mail|tel|telephone|ask for|date)\b/i.test(l))) continue;
    if (noise || l.length > 90 || WEEKDAY.test(l) || /:$/.test(l) || /^(MINUTES|Minutes) of\b|^PRESENT\b|£|^\d{1,3}\.\s/.test(l)) break;
    if (picked.length && (LABEL_START.test(l) || /\.$/.test(l))) break;
    if (picked.length && picked.every(isUpper) && !isUpper(l)) break;
    const prev = picked[picked.length - 1];
    if (prev && (/^[a-z(]/.test(l) || CONNECTIVE.test(prev))) picked[picked.length - 1] = `${prev} ${l}`;
    else if (picked.length < 3) picked.push(l);
    else break;
    if (picked.join(' – ').length > 120) break;
  }
  return picked.length ? clip(picked.join(' – ').replace(new RegExp(`\\s+${CONNECTIVE.source}`, 'i'), '')) : null;
}

/** The first line of a text paper's body. */
export function titleFromText(body: string): string | null {
  const first = body.split('\n').map((l) => l.trim()).find((l) => /[\p{L}\p{N}]/u.test(l));
  return first ? clip(first) : null;
}

const isUpper = (l: string) => /\p{Lu}/u.test(l) && !/\p{Ll}/u.test(l);

function clip(t: string, max = 160): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** What sort of paper this is, from its first page (or opening lines) and its file name. */
export function detectKind(format: 'pdf' | 'html' | 'text', head: string, title: string, file: string, body: string): PaperKind {
  const first = head.slice(0, 2500);
  const names = `${title}\n${file}`;
  if (/Inspection dates?\s*:|Majesty['’]s Inspector|Lead inspector/i.test(first) || /\bofsted\b/i.test(names)) return 'inspection-report';
  if (/^\s*MINUTES\b/m.test(first) || /\bminutes\b|meeting note/i.test(names)) return 'minutes';
  if (/^\s*AGENDA\s*$/m.test(first) || /\bagenda\b|reports pack|public pack/i.test(names) || /\bwill be held\b|summons to/i.test(first)) return 'agenda';
  if ((/^(From|By)\s*:/m.test(first) && /^To\s*:/m.test(first)) || /^Subject\s*:/m.test(first)) return 'officer-report';
  if (format === 'pdf') return /\breport\b/i.test(names) ? 'officer-report' : 'other';
  const opening = `${title}\n${body.split('\n').filter((l) => l.trim()).slice(0, 4).join('\n')}`;
  if (/\bstatement\b|\bresponds?\b|\bresponse\b/i.test(opening) || /^(all-party )?response (from|to)\b/im.test(body)) return 'statement';
  if (/\bnews\b|🕔|^by\b/imu.test(head)) return 'news';
  return 'other';
}

/** Who wrote or speaks in the paper, where it says so. */
export function detectAuthor(kind: PaperKind, format: 'pdf' | 'html' | 'text', head: string, body: string): string | null {
  if (kind === 'inspection-report') return 'Ofsted';
  if (format === 'pdf') {
    const lines = head.slice(0, 2500).split('\n').map((l) => l.trim());
    const i = lines.findIndex((l) => /^(From|By)\s*:\s*\S/.test(l));
    if (i < 0) return null;
    let author = lines[i]!.replace(/^(From|By)\s*:\s*/, '');
    const next = lines[i + 1] ?? '';
    const joins = /^[a-z]/.test(next) || CONNECTIVE.test(author) || (!next.includes(',') && next.split(/\s+/).length <= 4 && !LABEL_START.test(next) && !/\s[-–]\s/.test(next));
    if (next && joins) author = `${author} ${next}`;
    return author.replace(/\s*[-–—,]\s*$/, '').trim() || null;
  }
  const lines = body.split('\n').map((l) => l.trim());
  for (const l of lines.filter(Boolean).slice(0, 6)) {
    const m = /^((?:Cllr\.?|Councillor)\s+\p{Lu}.*?)(?:\s+on\s+|,?\s+(?:responds|said|says|writes)\b|:\s*$|$)/u.exec(l);
    if (m && m[1]!.length <= 120) return m[1]!.replace(/[,:]\s*$/, '');
  }
  return signature(lines);
}

const NAME = /^(?:(?:Cllr|Councillor|Sir|Lord|Lady|Dame|Dr|Mr|Mrs|Ms|Professor)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

function signature(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const dates = findDates(l);
    if (dates.length !== 1) continue;
    const roleLine = /^(\p{Lu}[^,]{2,80}),\s*$/u.exec(l.slice(0, dates[0]!.index));
    if (!roleLine && l.slice(0, dates[0]!.index).trim()) continue;
    const names: string[] = [];
    for (let j = i - 1; j >= 0 && names.length < 4; j--) {
      const n = lines[j]!;
      if (!n) continue;
      if (!NAME.test(n) || n.length > 40) break;
      names.unshift(n);
    }
    if (names.length) return roleLine ? `${names.join(', ')}, ${roleLine[1]}` : names.join(', ');
  }
  return null;
}

/** True when the first page marks the paper as not for publication (and not merely mentions exempt items). */
export function detectConfidential(head: string): boolean {
  return head
    .slice(0, 4000)
    .split('\n')
    .map((l) => l.trim())
    .some(
      (l) =>
        (/NOT FOR PUBLICATION/i.test(l) && !/\b(do not|no|not be|if any|would be)\b.{0,20}not for publication/i.test(l)) ||
        /^CONFIDENTIAL\b\s*[-–:]?\s*$/i.test(l) ||
        /^(STRICTLY )?CONFIDENTIAL$/.test(l) ||
        /^PART B\b\s*([-–:].*)?$/i.test(l) ||
        /^(Classification|Status)\s*:\s*(Exempt|Restricted|Confidential|Not for publication)/i.test(l) ||
        /^Exempt\b.*(Schedule 12A|paragraph \d)/i.test(l) ||
        /\bthis (report|paper|appendix) (is|contains) exempt\b/i.test(l),
    );
}
