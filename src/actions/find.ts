import { createHash } from 'node:crypto';
import type { Paper } from '../domain.ts';
import { paperRef } from '../domain.ts';
import { foldForCompare, foldWhitespace } from '../quote.ts';
import { commitmentRule, recommendationRanges } from './detect.ts';
import { resolveDue } from './due.ts';
import { ownerOf, rosterOf } from './owner.ts';
import { findTarget } from './target.ts';
import { contentWords } from './terms.ts';
import type { Commitment } from './types.ts';

export interface FindContext {
  /** Date of the next paper of the same committee, for "the next meeting". */
  nextMeetingDate?: string | null;
}

/** The stable id of a commitment: the paper's id and the folded sentence, so re-loading a paper keeps it. */
export function commitmentId(paperId: string, text: string): string {
  return createHash('sha256').update(`${paperId}\n${foldForCompare(text)}`).digest('hex').slice(0, 16);
}

/** Every sentence of a paper's body that commits someone to a future action or result. Pure. */
export function findCommitments(paper: Paper, ctx: FindContext = {}): Commitment[] {
  const roster = rosterOf(paper);
  const ranges = recommendationRanges(paper);
  const seen = new Set<string>();
  const out: Commitment[] = [];
  let earlier = '';
  for (const page of paper.pages) {
    const body = page.sentences.filter((s) => s.role === 'body');
    body.forEach((sentence, i) => {
      const raw = page.text.slice(sentence.start, sentence.end);
      const inRec = (ranges.get(page.number) ?? []).some(([a, b]) => sentence.start >= a && sentence.end <= b);
      const rule = commitmentRule(raw, inRec);
      if (!rule) return;
      const text = foldWhitespace(raw);
      const id = commitmentId(paper.id, text);
      if (seen.has(id)) return;
      seen.add(id);
      const before = earlier + page.text.slice(0, sentence.start);
      const after = page.text.slice(sentence.end) + paper.pages.slice(page.number).map((p) => p.text).join('\n').slice(0, 3000);
      const prev = i > 0 ? foldWhitespace(page.text.slice(body[i - 1]!.start, body[i - 1]!.end)) : '';
      out.push({
        id,
        text,
        paper: paperRef(paper),
        committee: paper.committee,
        page: paper.format === 'pdf' ? page.number : null,
        pageLabel: paper.format === 'pdf' ? page.label : null,
        madeOn: paper.date,
        owner: ownerOf(paper, roster, text, before, after, rule),
        due: resolveDue(text, paper.date, ctx.nextMeetingDate ?? null),
        target: findTarget(text),
        topic: rule === 'inspectorate' || contentWords(text).length >= 8 ? text : `${prev} ${text}`.trim(),
      });
    });
    earlier += page.text + '\n';
  }
  return out;
}
