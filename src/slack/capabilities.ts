import { findCommitments, listActions, markAction } from '../actions/index.ts';
import type { ActionItem, Progress } from '../actions/types.ts';
import { buildPack, renderPack } from '../briefing/index.ts';
import { draftChallenges } from '../challenge/index.ts';
import type { ChallengeQuestion } from '../challenge/types.ts';
import { today } from '../clock.ts';
import type { Deps } from '../deps.ts';
import type { Scope } from '../domain.ts';
import type { IngestExtras } from './blocks/ingest.ts';

/**
 * The other capabilities as the Slack bot calls them: thin calls to their public faces, in one place,
 * so that the listeners stay small and the bot's needs are visible at a glance.
 */

/** Commitments, overdue first. */
export function actionsInScope(deps: Deps, opts: { asOf: string; committee?: string; scope: Scope }): Promise<ActionItem[]> {
  return listActions(deps, opts);
}

/** Commitments that need chasing: overdue, or due for report-back and not reported. */
export async function openActions(deps: Deps, opts: { asOf: string; committee?: string; scope: Scope }): Promise<ActionItem[]> {
  const all = await listActions(deps, opts);
  return all.filter((a) => a.overdue || (a.reportBack === 'not-reported' && !a.pending));
}

export function markProgress(deps: Deps, id: string, progress: Progress, note: string | undefined, by: string, scope: Scope): Promise<ActionItem | null> {
  return markAction(deps, id, progress, { note, by, scope });
}

export function challenges(deps: Deps, opts: { topic?: string; committee?: string; asOf: string; scope: Scope }): Promise<ChallengeQuestion[]> {
  return draftChallenges(deps, opts);
}

/** The briefing pack as PDF bytes. */
export async function briefingPdf(deps: Deps, opts: { committee?: string; meetingId?: string; asOf: string; scope: Scope }): Promise<Buffer> {
  const pack = await buildPack(deps, opts);
  const pdf = await renderPack(pack, 'pdf');
  return Buffer.isBuffer(pdf) ? pdf : Buffer.from(pdf);
}

/**
 * What the promise tracker finds in a newly loaded paper: its commitments, and earlier ones it reports back on.
 * When the paper is confidential and the conversation may not quote it, only counts are given (`withheld`).
 */
export async function paperExtras(deps: Deps, paperId: string, scope: Scope): Promise<IngestExtras> {
  const paper = await deps.papers.get(paperId);
  if (!paper) return {};
  const catalogue = (await deps.papers.catalog()).papers;
  const earlier = await listActions(deps, { asOf: today(deps), committee: paper.committee, scope: { ...scope, allowConfidential: true } });
  const reportsBackOn = earlier
    .filter((a) => a.paper.id !== paperId && a.evidence.some((e) => e.paper.id === paperId))
    .filter((a) => scope.allowConfidential || !catalogue[a.paper.id]?.confidential);
  return {
    commitments: findCommitments(paper).map((c) => c.text),
    reportsBackOn: reportsBackOn.map((a) => a.text),
    withheld: paper.confidential && !scope.allowConfidential,
  };
}
