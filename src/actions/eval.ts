import type { Paper } from '../domain.ts';
import { foldForCompare } from '../quote.ts';
import { findCommitments } from './find.ts';
import type { Commitment, LabelledSentence } from './types.ts';

export interface CommitmentMiss {
  file: string;
  page: number | null;
  sentence: string;
  /** false-negative, false-positive, wrong-owner, wrong-due, or not-found (the labelled sentence is not in the loaded paper). */
  kind: 'false-negative' | 'false-positive' | 'wrong-owner' | 'wrong-due' | 'not-found';
  got?: string | null;
  want?: string | null;
}

export interface CommitmentScores {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  ownerAccuracy: number;
  dueAccuracy: number;
  misses: CommitmentMiss[];
}

/** Scores commitment finding against hand-labelled sentences: detection, owner (labelled name contained) and due date (exact). */
export function evaluateCommitments(papers: Paper[], labelled: LabelledSentence[]): CommitmentScores {
  const found = new Map<string, Commitment[]>();
  const byFile = new Map(papers.map((p) => [p.file, p]));
  let tp = 0, fp = 0, fn = 0, tn = 0, ownerRight = 0, ownerAsked = 0, dueRight = 0, dueAsked = 0;
  const misses: CommitmentMiss[] = [];
  for (const l of labelled) {
    const paper = byFile.get(l.file.split('/').pop()!);
    const want = foldForCompare(l.sentence);
    if (!paper || !paper.pages.some((p) => (l.page === null || p.number === l.page) && foldForCompare(p.text).includes(want))) {
      misses.push({ file: l.file, page: l.page, sentence: l.sentence, kind: 'not-found' });
      if (l.commitment) fn++;
      continue;
    }
    if (!found.has(paper.id)) found.set(paper.id, findCommitments(paper));
    const hit = found.get(paper.id)!.find((c) => overlaps(foldForCompare(c.text), want) && (l.page === null || c.page === null || c.page === l.page));
    if (hit && l.commitment) {
      tp++;
      if (l.owner !== undefined) {
        ownerAsked++;
        if (hit.owner && hit.owner.toLowerCase().includes(l.owner.toLowerCase())) ownerRight++;
        else misses.push({ file: l.file, page: l.page, sentence: l.sentence, kind: 'wrong-owner', got: hit.owner, want: l.owner });
      }
      if (l.due !== undefined) {
        dueAsked++;
        if ((hit.due?.date ?? null) === (l.due ?? null)) dueRight++;
        else misses.push({ file: l.file, page: l.page, sentence: l.sentence, kind: 'wrong-due', got: hit.due?.date ?? null, want: l.due ?? null });
      }
    } else if (hit) {
      fp++;
      misses.push({ file: l.file, page: l.page, sentence: l.sentence, kind: 'false-positive', got: hit.text });
    } else if (l.commitment) {
      fn++;
      misses.push({ file: l.file, page: l.page, sentence: l.sentence, kind: 'false-negative' });
    } else tn++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn, tn, ownerAccuracy: ratio(ownerRight, ownerAsked), dueAccuracy: ratio(dueRight, dueAsked), misses };
}

/** A found sentence and a labelled one are the same when one holds the other (splitters differ at the edges). */
function overlaps(found: string, want: string): boolean {
  if (found.includes(want) || want.includes(found)) return true;
  const head = want.slice(0, Math.min(60, want.length));
  return found.includes(head);
}
