import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Paper, Sentence } from '../../src/domain.ts';

/**
 * A simple test-local sentence split with offsets into the text: sentence ends, and line breaks
 * (every line break for text papers, blank lines only for PDF pages, whose lines wrap mid-sentence).
 */
export function splitSentences(text: string, lineBreaks = true): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = lineBreaks ? /[^\n.!?]+(?:[.!?]+["'\u201D\u2019)]*|(?=\n)|$)/g : /(?:[^.!?\n]|\n(?!\s*\n))+(?:[.!?]+["'\u201D\u2019)]*|(?=\n)|$)/g;
  for (const m of text.matchAll(pattern)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) sentences.push({ start, end, role: 'body' });
  }
  return sentences;
}

export function page(number: number, text: string, label: string | null = null, lineBreaks = true): Page {
  return { number, label, text, sentences: splitSentences(text, lineBreaks) };
}

/** A paper built from page texts, with the catalogue fields tests care about. */
export function makePaper(id: string, pages: string[] | Page[], over: Partial<Paper> = {}): Paper {
  const built = pages.map((p, i) => (typeof p === 'string' ? page(i + 1, p) : p));
  const hash = createHash('sha256').update(JSON.stringify(built.map((p) => p.text))).digest('hex');
  return {
    id,
    title: id,
    file: `${id}.txt`,
    hash,
    format: 'text',
    date: '2014-03-19',
    dateSource: 'option',
    kind: 'other',
    author: null,
    committee: 'Education and Vulnerable Children',
    confidential: false,
    pageCount: built.length,
    loadedAt: '2026-01-01T00:00:00.000Z',
    ...over,
    pages: built,
  };
}

export const SEED_DIR = path.resolve('seeds');

/** The five seed papers as text papers, ids "seed-000" ... "seed-004". */
export function seedPapers(): Paper[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => makePaper(`seed-${f.slice(0, 3)}`, [fs.readFileSync(path.join(SEED_DIR, f), 'utf8')], { file: f }));
}
