import type { Paper, PaperMeta, Scope } from '../domain.ts';
import { citeSpan, foldForCompare } from '../quote.ts';
import { termSet, type SearchIndex } from '../search/index.ts';
import { addSpan } from './due.ts';
import * as L from './lexicon.ts';
import { shareOf } from './reportback.ts';
import type { Commitment, ExecutiveResponse } from './types.ts';
import { REPORTED } from './weights.ts';

const PARTLY = new RegExp(L.RESPONSE_PARTLY, 'i');
const REJECTED = new RegExp(L.RESPONSE_REJECTED, 'i');
const ACCEPTED = new RegExp(L.RESPONSE_ACCEPTED, 'i');

/** Months the executive has to respond to a scrutiny recommendation (s.9FE Local Government Act 2000). */
export const RESPONSE_MONTHS = 2;

/**
 * The executive's response to a scrutiny committee's recommendation, from later papers of any body: a sentence that
 * carries the recommendation's terms and says it is accepted, accepted in part or rejected. With the two-month clock.
 */
export async function findResponse(src: { index: SearchIndex; load(m: PaperMeta): Promise<Paper | null> }, c: Commitment, later: PaperMeta[], scope: Scope, asOf: string): Promise<ExecutiveResponse> {
  const dueBy = c.madeOn ? addSpan(c.madeOn, RESPONSE_MONTHS, 'month') : null;
  const none: ExecutiveResponse = { outcome: null, evidence: null, dueBy, late: dueBy !== null && dueBy < asOf };
  const terms = [...termSet(c.topic)].filter((t) => !/^\d|^q_|^c_qty$/.test(t));
  if (!c.madeOn || later.length === 0 || terms.length < 3) return none;
  const idf = src.index.idf(terms);
  const weight = (t: string) => idf.get(t) ?? 1;
  const total = terms.reduce((s, t) => s + weight(t), 0) || 1;
  const byId = new Map(later.map((m) => [m.id, m]));
  const hits = src.index.search(`${terms.slice(0, 24).join(' ')} response recommendation accept`, { scope: { ...scope, paperIds: [...byId.keys()] }, limit: 40 });
  let best: { share: number; response: ExecutiveResponse } | null = null;
  for (const hit of hits) {
    const meta = byId.get(hit.paperId);
    const paper = meta ? await src.load(meta) : null;
    const page = paper?.pages.find((p) => p.number === hit.page);
    if (!paper || !page) continue;
    for (const [s, e] of hit.sentences.length > 0 ? hit.sentences : [[hit.start, hit.end] as [number, number]]) {
      const text = page.text.slice(s, e);
      if (foldForCompare(text) === foldForCompare(c.text)) continue;
      const outcome = PARTLY.test(text) ? 'accepted-in-part' : REJECTED.test(text) ? 'rejected' : ACCEPTED.test(text) ? 'accepted' : null;
      if (!outcome) continue;
      const share = shareOf(terms, weight, total, text, c.text);
      if (share < REPORTED.threshold || (best && best.share >= share)) continue;
      best = { share, response: { outcome, evidence: citeSpan(paper, page, s, e), dueBy, late: false } };
    }
  }
  return best?.response ?? none;
}
