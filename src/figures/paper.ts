import type { Page, Paper, PaperMeta } from '../domain.ts';
import { foldWhitespace } from '../quote.ts';
import { classify } from './extract.ts';
import type { Figure, FigureContext } from './types.ts';

/** A figure found in a paper, with the verbatim span of the sentence or table row holding it. */
export interface PaperFigure extends Figure {
  paper: PaperMeta;
  page: Page;
  /** Offsets of the sentence (or row) in the page text. */
  spanStart: number;
  spanEnd: number;
  /** The sentence or row, whitespace folded. */
  sentence: string;
  source: 'sentence' | 'table';
}

/** Words that start a "... Council" phrase without naming a council. */
const NOT_A_NAME = /^(?:The|This|A|Our|Each|Every|County|City|Full|Borough)$/;
/** A council named with its kind ("<Name> County Council"): the name of a body rather than "the Council" of a sentence. */
const KIND_OF_COUNCIL = /\b((?:(?!Council\b)[A-Z][a-z]+(?:[- ](?:and|upon|on)?[- ]?)?){1,3}?)\s+(?:City|County|Borough|Metropolitan Borough|District)\s+Council\b/g;
const BODY = /\b((?:[A-Z][a-z]+(?:[- ](?:and|upon|on)?[- ]?)?){1,3}?)\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council\b/;

/** The body a paper is about: the council it names first on its opening pages, else the council it names most often with its kind (twice or more), else its committee. */
export function bodyOf(paper: Paper): string {
  for (const page of paper.pages.slice(0, 2)) {
    const m = BODY.exec(page.text.replace(/\s+/g, ' '));
    if (m && m[1] && !NOT_A_NAME.test(m[1].trim())) return bodyName(m[1]);
  }
  const named = new Map<string, number>();
  for (const page of paper.pages.slice(2)) {
    for (const m of page.text.replace(/\s+/g, ' ').matchAll(KIND_OF_COUNCIL)) {
      if (m[1] && !NOT_A_NAME.test(m[1].trim())) named.set(bodyName(m[1]), (named.get(bodyName(m[1])) ?? 0) + 1);
    }
  }
  const most = [...named.entries()].sort((a, b) => b[1] - a[1])[0];
  if (most && most[1] >= 2) return most[0];
  const inspected = /\b(?:Local authority|inspection of)[:\s]+([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})/.exec(paper.pages[0]?.text ?? '');
  return bodyName(inspected?.[1] ?? paper.committee);
}

/** A body's name without the kind of council ("Barsetshire County" -> "Barsetshire"), capitalised, so that papers of one body agree. */
export function bodyName(name: string): string {
  const core = name.trim().replace(/(?:\s+(?:City|County|Borough|District|Metropolitan|Council|of))+$/i, '').replace(/^(?:London Borough of|City of|Royal Borough of)\s+/i, '');
  return core.replace(/(^|[\s-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase());
}

/**
 * Every figure of a paper: from its body sentences and from table rows (a label followed by values under a header
 * row of years or column names), each typed and located verbatim.
 */
export function figuresOfPaper(paper: Paper): PaperFigure[] {
  const body = bodyOf(paper);
  const out: PaperFigure[] = [];
  const meta = metaOf(paper);
  for (const page of paper.pages) {
    const rows = new Set<number>();
    for (const row of tableRows(page)) {
      rows.add(row.start);
      const ctx: FigureContext = { date: row.date ?? paper.date, body, lead: row.label };
      const prefix = `${row.label}: `;
      for (const f of classify(`${prefix}${row.values}`, ctx).figures.filter((x) => x.start >= prefix.length)) {
        out.push({ ...f, paper: meta, page, spanStart: row.start, spanEnd: row.end, sentence: foldWhitespace(page.text.slice(row.start, row.end)), source: 'table', measure: row.label, measureTerms: f.measureTerms, datedInText: row.date !== null });
      }
    }
    let lead: string | undefined;
    for (const s of page.sentences) {
      if (s.role !== 'body') continue;
      const text = foldWhitespace(page.text.slice(s.start, s.end));
      if (text.endsWith(':')) lead = text;
      if (text.split(' ').length > 80) continue;
      const offset = page.text.indexOf(page.text.slice(s.start, s.end).trimStart(), s.start);
      if ([...rows].some((r) => r >= s.start && r < s.end) && !/[.!?]$/.test(text)) continue;
      const found = classify(text, { date: paper.date, body, lead: text.split(' ').length < 12 ? lead : undefined }).figures;
      if (found.length >= 5 && found.length * 3 >= text.split(' ').length) continue;
      for (const f of found) {
        out.push({ ...f, paper: meta, page, spanStart: offset, spanEnd: s.end, sentence: text, source: 'sentence' });
      }
    }
  }
  return out;
}

interface Row {
  start: number;
  end: number;
  label: string;
  values: string;
  date: string | null;
}

const YEARS_HEADER = /^(?:[A-Za-z %&/()-]*\s)?((?:(?:19|20)\d{2}(?:[/-]\d{2})?\s*){2,})$/;
const VALUE_ROW = /^([A-Za-z][^\d£]{3,}?)\s+((?:£?\d[\d,]*(?:\.\d+)?%?\s*){1,8})$/;

/** Table rows of a page: a line of words then numbers, each number dated by a header line of years above it. */
function tableRows(page: Page): Row[] {
  const out: Row[] = [];
  let header: string[] | null = null;
  let at = 0;
  for (const line of page.text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const text = line.trim();
    const years = YEARS_HEADER.exec(text);
    if (years) {
      header = years[1]!.trim().split(/\s+/);
      continue;
    }
    const m = VALUE_ROW.exec(text);
    if (!m || !header) continue;
    const values = m[2]!.trim().split(/\s+/);
    if (values.length !== header.length) continue;
    const lead = line.indexOf(m[1]!);
    values.forEach((v, i) => {
      const y = header![i]!;
      out.push({ start: start + lead, end: start + line.trimEnd().length, label: m[1]!.trim(), values: v, date: /^\d{4}$/.test(y) ? y : y.replace('-', '/') });
    });
  }
  return out;
}

function metaOf(paper: Paper): PaperMeta {
  const { pages: _pages, ...rest } = paper;
  return rest;
}
