import type Keyv from 'keyv';
import type { Paper, PaperMeta } from '../domain.ts';
import { SEGMENTATION_VERSION } from '../ingest/segmentation.ts';
import { findCommitments } from './find.ts';
import type { Commitment } from './types.ts';

/** Bump when the finding rules change, so cached results of older rules are not used (the sentences' segmentation version is part of the key too). */
export const RULES_VERSION = 'r2';

const memory = new Map<string, Commitment[]>();

/**
 * The commitments of one paper version, cached in memory and in the kv store by paper id + hash (+ next meeting date),
 * so listing stays fast on the whole corpus. `load` is only called on a cache miss.
 */
export async function commitmentsOf(kv: Keyv, meta: PaperMeta, nextMeetingDate: string | null, load: (m: PaperMeta) => Promise<Paper | null>): Promise<Commitment[]> {
  const key = `actions-found:${RULES_VERSION}:${SEGMENTATION_VERSION}:${meta.id}:${meta.hash}:${meta.date ?? "-"}:${nextMeetingDate ?? "-"}`;
  const hit = memory.get(key) ?? ((await kv.get(key)) as Commitment[] | undefined);
  if (hit) {
    memory.set(key, hit);
    return hit.map((c) => ({ ...c, paper: { id: meta.id, title: meta.title, file: meta.file, date: meta.date }, committee: meta.committee, madeOn: meta.date }));
  }
  const paper = await load(meta);
  if (!paper) return [];
  const found = findCommitments(paper, { nextMeetingDate });
  memory.set(key, found);
  await kv.set(key, found);
  return found;
}
