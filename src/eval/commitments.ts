import fs from 'node:fs';
import { evaluateCommitments, loadLabelled, type CommitmentScores } from '../actions/index.ts';
import type { Deps } from '../deps.ts';
import type { Paper } from '../domain.ts';

export const LABELLED_COMMITMENTS = 'test/actions/labelled.jsonl';

/** Scores the promise tracker's rules on the labelled sentences, over the papers loaded for the evaluation. */
export async function commitmentScores(deps: Deps, file = LABELLED_COMMITMENTS): Promise<CommitmentScores | null> {
  if (!fs.existsSync(file)) return null;
  const papers: Paper[] = [];
  for (const meta of await deps.papers.list()) {
    const paper = await deps.papers.load(meta);
    if (paper) papers.push(paper);
  }
  return evaluateCommitments(papers, loadLabelled(file));
}

/** The commitment scores as a few lines, with what the rules miss. */
export function commitmentLines(s: CommitmentScores, file = LABELLED_COMMITMENTS): string[] {
  const f = (n: number) => n.toFixed(2);
  return [
    `Commitments (${file}: ${s.tp + s.fn} commitments, ${s.fp + s.tn} other sentences)`,
    `  precision ${f(s.precision)}  recall ${f(s.recall)}  owner ${f(s.ownerAccuracy)}  due date ${f(s.dueAccuracy)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    ...s.misses.map((m) => `  miss: ${m.kind} ${m.file}${m.page ? ` p${m.page}` : ''}: ${m.sentence.slice(0, 100)}`),
  ];
}
