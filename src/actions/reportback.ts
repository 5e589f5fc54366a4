import type { Citation, Paper, PaperMeta, Scope } from '../domain.ts';
import { citeSpan, foldForCompare } from '../quote.ts';
import type { SearchIndex } from '../search/types.ts';
import { contentWords, stemsOf } from './terms.ts';
import { findTarget } from './target.ts';
import type { Commitment, ReportBack } from './types.ts';

export interface ReportBackResult {
  reportBack: ReportBack;
  evidence: Citation[];
  divergence: string | null;
}

export interface ReportBackSources {
  index: SearchIndex;
  /** In how many sentences of the papers in scope a stem occurs, and how many sentences there are. */
  df: { counts: Map<string, number>; sentences: number };
  /** Loads a paper's pages (memoised by the caller). */
  load(meta: PaperMeta): Promise<Paper | null>;
}

/** IDF-weighted share of the commitment's terms a sentence must carry (same committee, then other committees), and how many terms at least. */
const MIN_SHARE = [0.45, 0.55];
const MIN_TERMS = 4;

interface Scored {
  score: number;
  citation: Citation;
  text: string;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Looks in the papers dated after a commitment (its committee first, then any other in scope) for a sentence that reports
 * on it: one carrying most of the commitment's distinctive terms. Weak topical overlap is not enough.
 */
export async function checkReportBack(src: ReportBackSources, c: Commitment, tiers: PaperMeta[][], scope: Scope): Promise<ReportBackResult> {
  const terms = [...stemsOf(c.topic)];
  const words = [...new Set(contentWords(c.topic))];
  if (!c.madeOn || terms.length < 3) return { reportBack: 'not-reported', evidence: [], divergence: null };
  for (const [tier, later] of tiers.entries()) {
    if (later.length === 0) continue;
    const minShare = MIN_SHARE[Math.min(tier, MIN_SHARE.length - 1)]!;
    const byId = new Map(later.map((m) => [m.id, m]));
    const hits = src.index.search(words.slice(0, 24).join(' '), { scope: { ...scope, paperIds: [...byId.keys()] }, after: nextDay(c.madeOn), limit: 30 });
    const found: Scored[] = [];
    for (const hit of hits) {
      const meta = byId.get(hit.paperId);
      if (!meta || hit.role !== 'body') continue;
      const paper = await src.load(meta);
      const page = paper?.pages.find((p) => p.number === hit.page);
      if (!paper || !page) continue;
      const spans = hit.sentences.length > 0 ? hit.sentences : [[hit.start, hit.end] as [number, number]];
      for (const [s, e] of spans) {
        const text = page.text.slice(s, e);
        const score = support(terms, text, c.text, (t) => idf(src.df, t), minShare);
        if (score > 0) found.push({ score, citation: citeSpan(paper, page, s, e), text });
      }
    }
    if (found.length > 0) {
      const best = dedupe(found.sort((a, b) => b.score - a.score)).slice(0, 3);
      return { reportBack: 'reported', evidence: best.map((f) => f.citation), divergence: divergenceOf(c, best.map((f) => f.text)) };
    }
  }
  return { reportBack: 'not-reported', evidence: [], divergence: null };
}

/** How well a later sentence reports on a commitment: 0 unless it carries enough of its terms and is not the same sentence reprinted. */
export function support(terms: string[], sentence: string, original: string, weight: (term: string) => number = () => 1, minShare = MIN_SHARE[0]!): number {
  const folded = foldForCompare(sentence);
  const source = foldForCompare(original);
  if (folded.includes(source) || source.includes(folded)) return 0;
  const have = stemsOf(sentence);
  const shared = terms.filter((t) => have.has(t));
  const total = terms.reduce((sum, t) => sum + weight(t), 0);
  const share = shared.reduce((sum, t) => sum + weight(t), 0) / (total || 1);
  if (shared.length < MIN_TERMS || share < minShare) return 0;
  return share + shared.length / 100;
}

function idf(df: ReportBackSources['df'], term: string): number {
  return Math.log(1 + df.sentences / (1 + (df.counts.get(term) ?? 0)));
}

function dedupe(found: Scored[]): Scored[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.citation.paper.id}:${f.citation.page}:${f.citation.quote}`;
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
