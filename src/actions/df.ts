import type { Paper } from '../domain.ts';
import { stemsOf } from './terms.ts';

export interface DocFrequencies {
  counts: Map<string, number>;
  sentences: number;
}

const perVersion = new Map<string, DocFrequencies>();

/** Sentence frequencies of stems in one paper version (memoised by id + hash). */
export function paperFrequencies(paper: Paper): DocFrequencies {
  const key = `${paper.id}:${paper.hash}`;
  const hit = perVersion.get(key);
  if (hit) return hit;
  const counts = new Map<string, number>();
  let sentences = 0;
  for (const page of paper.pages) {
    for (const s of page.sentences) {
      if (s.role !== 'body') continue;
      sentences++;
      for (const stem of stemsOf(page.text.slice(s.start, s.end))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const df = { counts, sentences };
  perVersion.set(key, df);
  return df;
}

/** Adds up the frequencies of several papers. */
export function mergeFrequencies(parts: DocFrequencies[]): DocFrequencies {
  const counts = new Map<string, number>();
  let sentences = 0;
  for (const p of parts) {
    sentences += p.sentences;
    for (const [k, v] of p.counts) counts.set(k, (counts.get(k) ?? 0) + v);
  }
  return { counts, sentences };
}
