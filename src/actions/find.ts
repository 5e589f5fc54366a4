import { createHash } from 'node:crypto';
import type { Paper } from '../domain.ts';
import { paperRef } from '../domain.ts';
import { foldForCompare } from '../quote.ts';
import { detectUnit } from './detect.ts';
import { resolveDue } from './due.ts';
import { ownerOf, rosterOf } from './owner.ts';
import { findTarget } from './target.ts';
import { contentWords } from './terms.ts';
import type { Commitment } from './types.ts';
import { unitsOf } from './units.ts';

export interface FindContext {
  /** Date of the next paper of the same committee, for "the next meeting". */
  nextMeetingDate?: string | null;
}

/** The stable id of a commitment: the paper's id and the folded sentence, so re-loading a paper keeps it. */
export function commitmentId(paperId: string, text: string): string {
  return createHash('sha256').update(`${paperId}\n${foldForCompare(text)}`).digest('hex').slice(0, 16);
}

/** Every whole sentence or list item of a paper's body that commits someone to a future action or result. Pure. */
export function findCommitments(paper: Paper, ctx: FindContext = {}): Commitment[] {
  const roster = rosterOf(paper);
  const seen = new Set<string>();
  const out: Commitment[] = [];
  const pageStarts = new Map<number, number>();
  let offset = 0;
  const all = paper.pages.map((p) => {
    pageStarts.set(p.number, offset);
    offset += p.text.length + 1;
    return p.text;
  }).join('\n');
  for (const unit of unitsOf(paper)) {
    const found = detectUnit(unit, paper);
    if (!found) continue;
    const id = commitmentId(paper.id, unit.text);
    if (seen.has(id)) continue;
    seen.add(id);
    const at = pageStarts.get(unit.page.number)!;
    const before = all.slice(0, at + unit.start);
    const after = all.slice(at + unit.end, at + unit.end + 3000);
    const leadIn = unit.leadIn;
    const withLead = leadIn ? `${leadIn} ${unit.text}` : unit.text;
    out.push({
      id,
      kind: found.kind,
      text: unit.text,
      paper: paperRef(paper),
      committee: paper.committee,
      page: paper.format === 'pdf' ? unit.page.number : null,
      pageLabel: paper.format === 'pdf' ? unit.page.label : null,
      madeOn: paper.date,
      owner: ownerOf(paper, roster, unit.text, before, after, found.kind, `${unit.requiredHeading ?? ''} ${leadIn ?? ''}`.trim() || null),
      due: resolveDue(unit.text, paper.date, ctx.nextMeetingDate ?? null) ?? (leadIn ? resolveDue(leadIn, paper.date, ctx.nextMeetingDate ?? null, { assumeFuture: true }) : null),
      target: findTarget(unit.text),
      topic: found.kind === 'required-action' || contentWords(unit.text).length >= 8 ? unit.text : `${unit.prev} ${withLead}`.trim(),
      leadIn,
      confidence: Math.round(found.score * 100) / 100,
    });
  }
  return out;
}
