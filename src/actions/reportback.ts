import type { Citation, Paper, PaperMeta, Scope } from '../domain.ts';
import { citeSpan, foldForCompare } from '../quote.ts';
import { termSet, type SearchIndex } from '../search/index.ts';
import * as L from './lexicon.ts';
import { probability } from './logistic.ts';
import { findTarget } from './target.ts';
import type { Commitment, ReportBack, Verdict } from './types.ts';
import { unitsOf } from './units.ts';
import { REPORTED, VERDICT } from './weights.ts';

/** What later papers say of a commitment, with what the fitted models saw (kept for fitting and explanations). */
export interface ReportBackResult {
  reportBack: ReportBack;
  verdict: Verdict;
  evidence: Citation[];
  divergence: string | null;
  /** The best evidence's match with the commitment (IDF-weighted share of its terms), 0 when nothing matched. */
  share: number;
  /** The progress features of the best evidence. */
  features: Record<string, number>;
}

export interface ReportBackSources {
  index: SearchIndex;
  /** Loads a paper's pages (memoised by the caller). */
  load(meta: PaperMeta): Promise<Paper | null>;
}

interface Scored {
  share: number;
  citation: Citation;
  text: string;
  paperDate: string;
}

const MIN_TERMS = 3;
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const PROGRESS = new RegExp(L.PROGRESS, 'gi');
const NO_PROGRESS = new RegExp(L.NO_PROGRESS, 'gi');
const FOLLOW_UP = new RegExp(L.FOLLOW_UP, 'i');
const NOT_EVIDENCE = /\?\s*$|\b(?:respondents?|responses? (?:were|was) received|of those who responded)\b/i;

/** A later inspection that lists the same area again among what must improve has reported no progress on it. */
const RELISTED = 0.5;

const NOTHING: ReportBackResult = { reportBack: 'not-reported', verdict: 'not-reported', evidence: [], divergence: null, share: 0, features: {} };

/**
 * Looks in the papers dated after a commitment, tier by tier (the same body's next papers first), for sentences that
 * report on it: ones carrying enough of its distinctive terms (a fitted threshold), never its own words reprinted and
 * never a later paper's own list of required actions. The best one gives the verdict: progress or no progress (a fitted
 * model over words of progress and of its lack).
 */
export async function checkReportBack(src: ReportBackSources, c: Commitment, tiers: PaperMeta[][], scope: Scope, opts: { reportedThreshold?: number } = {}): Promise<ReportBackResult> {
  const threshold = opts.reportedThreshold ?? REPORTED.threshold;
  const terms = [...termSet(c.topic)].filter((t) => !/^\d|^q_|^c_qty$/.test(t));
  if (!c.madeOn || terms.length < MIN_TERMS) return NOTHING;
  const idf = src.index.idf(terms);
  const weight = (t: string) => idf.get(t) ?? 1;
  const total = terms.reduce((s, t) => s + weight(t), 0) || 1;
  for (const later of tiers) {
    if (later.length === 0) continue;
    const byId = new Map(later.map((m) => [m.id, m]));
    const relisted = await relistedShare(src, later, terms, weight, total);
    const hits = src.index.search(terms.slice(0, 30).join(' '), { scope: { ...scope, paperIds: [...byId.keys()] }, after: nextDay(c.madeOn), limit: 60 });
    const found: Scored[] = [];
    for (const hit of hits) {
      const meta = byId.get(hit.paperId);
      if (!meta || hit.role !== 'body') continue;
      const paper = await src.load(meta);
      const page = paper?.pages.find((p) => p.number === hit.page);
      if (!paper || !page) continue;
      const listed = requiredSpans(paper).get(page.number) ?? [];
      const spans = hit.sentences.length > 0 ? hit.sentences : [[hit.start, hit.end] as [number, number]];
      for (const [s, e] of spans) {
        const text = page.text.slice(s, e);
        if (NOT_EVIDENCE.test(text) || listed.some(([a, b]) => a < e && s < b)) continue;
        const share = shareOf(terms, weight, total, text, c.text);
        if (share > 0) found.push({ share, citation: citeSpan(paper, page, s, e), text, paperDate: meta.date ?? '' });
      }
    }
    const best = dedupe(found.sort((a, b) => b.share - a.share || a.paperDate.localeCompare(b.paperDate)));
    if ((best.length === 0 || best[0]!.share < threshold) && relisted < RELISTED) continue;
    const top = best.filter((f) => f.share >= threshold).slice(0, 3);
    const features = progressFeatures(top[0]?.text ?? '', top[0]?.share ?? 0, top.map((t) => t.text), relisted);
    const verdict: Verdict = probability(VERDICT, features) >= VERDICT.threshold ? 'progress' : 'no-progress';
    return { reportBack: 'reported', verdict, evidence: top.map((f) => f.citation), divergence: divergenceOf(c, top.map((f) => f.text)), share: top[0]?.share ?? 0, features };
  }
  return NOTHING;
}

const spansCache = new WeakMap<Paper, Map<number, Array<[number, number]>>>();

/** Per page, the spans of a paper's own list of required actions (never evidence of progress on an earlier one). */
function requiredSpans(paper: Paper): Map<number, Array<[number, number]>> {
  const hit = spansCache.get(paper);
  if (hit) return hit;
  const out = new Map<number, Array<[number, number]>>();
  for (const u of unitsOf(paper)) if (u.inRequired) out.set(u.page.number, [...(out.get(u.page.number) ?? []), [u.start, u.end]]);
  spansCache.set(paper, out);
  return out;
}

/** How much of the commitment's terms the best item of the later papers' own required-action lists carries. */
async function relistedShare(src: ReportBackSources, later: PaperMeta[], terms: string[], weight: (t: string) => number, total: number): Promise<number> {
  let best = 0;
  for (const meta of later.slice(0, 3)) {
    const paper = await src.load(meta);
    if (!paper) continue;
    for (const u of unitsOf(paper)) if (u.inRequired) best = Math.max(best, shareOf(terms, weight, total, u.text, ''));
  }
  return best;
}

/** IDF-weighted share of the commitment's terms a later sentence carries; 0 when it is the commitment reprinted or shares too few terms. */
export function shareOf(terms: string[], weight: (t: string) => number, total: number, sentence: string, original: string): number {
  const folded = foldForCompare(sentence);
  const source = foldForCompare(original);
  if (source && folded.length > 20 && (folded.includes(source) || source.includes(folded))) return 0;
  const have = termSet(sentence);
  const shared = terms.filter((t) => have.has(t));
  if (shared.length < MIN_TERMS) return 0;
  const mine = [...have].filter((t) => !/^\d|^q_|^c_qty$/.test(t));
  if (mine.length > 0 && shared.length / mine.length > 0.9 && shared.length / terms.length > 0.9) return 0;
  return shared.reduce((s, t) => s + weight(t), 0) / total;
}

/** Features of progress in evidence text: how many words of progress and of its lack, a follow-up phrase, and the match. */
export function progressFeatures(best: string, share: number, all: string[], relisted = 0): Record<string, number> {
  const count = (re: RegExp, t: string) => (t.match(re) ?? []).length;
  const p = count(PROGRESS, best);
  const n = count(NO_PROGRESS, best);
  const pAll = all.reduce((s, t) => s + count(PROGRESS, t), 0);
  const nAll = all.reduce((s, t) => s + count(NO_PROGRESS, t), 0);
  return {
    evidence: +(best.length > 0),
    prog_any: +(p > 0),
    prog_more: +(p > 1),
    noprog_any: +(n > 0),
    noprog_more: +(n > 1),
    prog_balance: +(p > n),
    noprog_balance: +(n > p),
    others_prog: +(pAll - p > nAll - n),
    others_noprog: +(nAll - n > pAll - p),
    follow_up: +FOLLOW_UP.test(best),
    share_high: +(share >= 0.5),
    relisted: +(relisted >= 0.35),
    relisted_high: +(relisted >= RELISTED),
  };
}

export const VERDICT_FEATURES = ['evidence', 'prog_any', 'prog_more', 'noprog_any', 'noprog_more', 'prog_balance', 'noprog_balance', 'others_prog', 'others_noprog', 'follow_up', 'share_high', 'relisted', 'relisted_high'] as const;

function dedupe(found: Scored[]): Scored[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = foldForCompare(f.citation.quote);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A note when the later papers report a figure of the same kind as the promised target but a different one. */
export function divergenceOf(c: Commitment, evidence: string[]): string | null {
  if (!c.target) return null;
  for (const text of evidence) {
    const reported = findTarget(text);
    if (!reported || reported.kind !== c.target.kind || reported.value === c.target.value) continue;
    if (c.target.kind === 'number' && reported.unit !== c.target.unit) continue;
    const missed = c.target.bound === 'max' ? reported.value > c.target.value : c.target.bound === 'min' ? reported.value < c.target.value : true;
    return `Promised ${c.target.text}; a later paper reports ${reported.text}${missed ? ' (target missed)' : ''}.`;
  }
  return null;
}
