import type { SearchHit } from '../search/types.ts';
import type { Llm } from './client.ts';

/** The usual RRF constant: damps the head of each ranking so neither list dominates. */
export const RRF_K = 60;

/**
 * Reciprocal rank fusion: each ranking is a list of ids, best first; an id's score is the sum of 1/(k + rank).
 * Returns the ids best first; ties keep the order of the first ranking.
 */
export function reciprocalRankFusion(rankings: string[][], k: number = RRF_K): string[] {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, i) => {
      score.set(id, (score.get(id) ?? 0) + 1 / (k + i + 1));
      if (!firstSeen.has(id)) firstSeen.set(id, firstSeen.size);
    });
  }
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
}

/** Cosine similarity of two vectors; 0 when either is all zeros or their lengths differ. */
export function cosine(a: number[], b: number[]): number {
  if (a.length !== b.length) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * Hybrid retrieval: fuses the lexical order of `hits` with their embedding similarity to the question (RRF).
 * Returns the same hits reordered; the lexical order unchanged when embeddings are off or fail.
 */
export async function hybridRerank(llm: Llm | null, question: string, hits: SearchHit[]): Promise<SearchHit[]> {
  if (!llm?.embeddingModel || hits.length < 2) return hits;
  const vectors = await llm.embed([question, ...hits.map((h) => h.text)]);
  if (!vectors || vectors.length !== hits.length + 1) return hits;
  const [q, ...passages] = vectors as [number[], ...number[][]];
  const lexical = hits.map((_, i) => String(i));
  const semantic = passages
    .map((v, i) => ({ id: String(i), sim: cosine(q, v) }))
    .sort((a, b) => b.sim - a.sim)
    .map((s) => s.id);
  return reciprocalRankFusion([lexical, semantic]).map((id) => hits[Number(id)]!);
}
