import { createHash } from 'node:crypto';
import path from 'node:path';
import { evalConfig } from './config.ts';

/** Which part of the labelled data a paper belongs to: tuning decisions may look only at `tuning`. */
export type Split = 'tuning' | 'held-out';

/**
 * Authorities whose papers were read while the first version was built (eval/config.json): they can never be held
 * out honestly, so they are always in the tuning part.
 */
const SEEN_BEFORE = new Set(evalConfig.seenBefore);

/**
 * The authority (or body) a paper belongs to, from its path: `ofsted/<authority>/<file>.pdf`, `corpus/<authority>/...`,
 * `seeds/...` (the seeds are about one authority's children's services and count as one group).
 */
export function authorityOf(file: string): string {
  const parts = path.normalize(file).split(path.sep).filter(Boolean);
  const at = parts.findIndex((p) => p === 'ofsted' || p === 'corpus');
  if (at >= 0 && parts[at + 1]) return parts[at + 1]!;
  if (parts.includes('seeds')) return 'seeds';
  const base = path.basename(file).replace(/\.[a-z]+$/i, '');
  const m = /^([a-z-]+?)-\d{4}-\d{2}-\d{2}$/.exec(base);
  return m ? m[1]! : base;
}

/** The split of an authority: two in five of the unseen authorities, chosen by a hash of the name, are held out. */
export function splitOf(authority: string): Split {
  if (SEEN_BEFORE.has(authority)) return 'tuning';
  const h = createHash('sha256').update(authority).digest();
  return h.readUInt32BE(0) % 5 < 2 ? 'held-out' : 'tuning';
}
