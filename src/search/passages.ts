import type { Page, Paper, SpanRole } from '../domain.ts';
import { FORMER_GRADES, GRADES } from './thesaurus.ts';

/** A verbatim span of one page, made of whole sentences: `page.text.slice(start, end) === text`. */
export interface Passage {
  id: string;
  paperId: string;
  page: number;
  pageLabel: string | null;
  start: number;
  end: number;
  role: SpanRole;
  text: string;
  /** The passage's sentences as offsets into the page's text. */
  sentences: Array<[number, number]>;
}

/** Most sentences (of full sentences) and words a passage holds; a longer sentence is cut into pieces of about PIECE_WORDS words. */
export const MAX_SENTENCES = 3;
export const MAX_WORDS = 80;
const PIECE_WORDS = 80;
const LONG_SENTENCE_WORDS = 160;

interface Span {
  start: number;
  end: number;
  role: SpanRole;
  words: number;
}

/**
 * Splits a paper into passages: runs of 1-3 consecutive sentences of one page and one role, up to about 80 words,
 * not overlapping. Short unpunctuated lines (labels, table cells) run on to MAX_TABLE_LINES, and a label is not left at
 * the end of a run, so that a table's rows and a KPI's name stay with their values. A sentence longer than 160 words is cut at word boundaries. Pages without sentences but
 * with text are taken as one sentence.
 */
export function passagesOf(paper: Paper): Passage[] {
  const passages: Passage[] = [];
  for (const page of paper.pages) {
    let run: Span[] = [];
    const flush = () => {
      if (run.length > 0) passages.push(toPassage(paper.id, page, run));
      run = [];
    };
    for (const sentence of sentencesOf(page)) {
      const words = run.reduce((n, s) => n + s.words, 0);
      const role = run[0]?.role;
      const full = run.length >= MAX_SENTENCES && !(run.length < MAX_TABLE_LINES && isLabel(page.text, run[run.length - 1]!));
      if (run.length > 0 && (full || words + sentence.words > MAX_WORDS || role !== sentence.role)) {
        // A label or a table cell ending the run goes with the line after it, which holds its value.
        const label = role === sentence.role && run.length > 1 && isLabel(page.text, run[run.length - 1]!) ? run.pop()! : null;
        flush();
        if (label && label.words + sentence.words <= MAX_WORDS) run.push(label);
        else if (label) passages.push(toPassage(paper.id, page, [label]));
      }
      run.push(sentence);
    }
    flush();
  }
  return passages;
}

const LABEL_WORDS = 18;
/** Most lines a passage of labels and values (a table, a KPI block) holds, within MAX_WORDS. */
export const MAX_TABLE_LINES = 8;

/** A line that is a table cell's value alone: a grade or a figure (a RAG status is not: a KPI's values follow it). */
const GRADE_VALUES = [...GRADES, ...FORMER_GRADES].map((g) => (g === 'requires improvement' ? `${g}(?: to be good)?` : g));
export const VALUE_LINE = new RegExp(String.raw`^(?:${GRADE_VALUES.join('|')}|not applicable|(?:£\s?)?\d[\d,.]*\s?(?:%|[mk]|bn)?)$`, 'i');

/** True when a sentence is a whole table row: label lines, then its value alone on the last line ("…care leavers" / "Good"). */
export function isLabelledRow(text: string): boolean {
  const lines = text.trim().split('\n').map((l) => l.trim());
  if (lines.length >= 3 && /^[a-z]/.test(lines[lines.length - 1]!)) lines.splice(-2, 2, `${lines[lines.length - 2]} ${lines[lines.length - 1]}`);
  return lines.length >= 2 && VALUE_LINE.test(lines[lines.length - 1]!) && !VALUE_LINE.test(lines[0]!);
}

/** A short line without a full stop: a heading, a table's row label or a KPI's name, whose value follows. */
export function isLabelLine(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= LABEL_WORDS && !/[.!?;]["”’)]?$/.test(t);
}

function isLabel(text: string, s: Span): boolean {
  return s.words <= LABEL_WORDS && isLabelLine(text.slice(s.start, s.end));
}

function toPassage(paperId: string, page: Page, run: Span[]): Passage {
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  return {
    id: `${paperId}:${page.number}:${start}`,
    paperId,
    page: page.number,
    pageLabel: page.label,
    start,
    end,
    role: run[0]!.role,
    text: page.text.slice(start, end),
    sentences: run.map((s) => [s.start, s.end]),
  };
}

/** The page's sentences trimmed to their words, in order, long ones cut into pieces. */
function sentencesOf(page: Page): Span[] {
  const given = page.sentences.length > 0 ? page.sentences : [{ start: 0, end: page.text.length, role: 'body' as const }];
  const spans: Span[] = [];
  let floor = 0;
  for (const s of [...given].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, floor, 0);
    const end = Math.min(s.end, page.text.length);
    if (end <= start) continue;
    for (const piece of cut(page.text, start, end)) spans.push({ ...piece, role: s.role });
    floor = end;
  }
  return spans;
}

/** Trims a span to its first and last non-space characters and cuts it into pieces when it is very long. */
function cut(text: string, start: number, end: number): Array<{ start: number; end: number; words: number }> {
  const words = [...text.slice(start, end).matchAll(/\S+/g)].map((m) => [start + m.index, start + m.index + m[0].length] as const);
  if (words.length === 0) return [];
  if (words.length <= LONG_SENTENCE_WORDS) return [{ start: words[0]![0], end: words[words.length - 1]![1], words: words.length }];
  const pieces: Array<{ start: number; end: number; words: number }> = [];
  const count = Math.ceil(words.length / PIECE_WORDS);
  const size = Math.ceil(words.length / count);
  for (let i = 0; i < words.length; i += size) {
    const chunk = words.slice(i, i + size);
    pieces.push({ start: chunk[0]![0], end: chunk[chunk.length - 1]![1], words: chunk.length });
  }
  return pieces;
}
