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
  /** What the features were worked out from: the best evidence, the evidence kept, the relisting match. */
  seen: { best: string; all: string[]; relisted: number; item: string };
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
const NEGATION = new RegExp(L.NEGATION, 'gi');
const CHANGE_BETTER = new RegExp(L.CHANGE_BETTER, 'gi');
const CHANGE_WORSE = new RegExp(L.CHANGE_WORSE, 'gi');
const CONTRAST = new RegExp(L.CONTRAST, 'gi');
const BOARD = new RegExp(L.BOARD, 'i');
const UNDERWAY = new RegExp(L.UNDERWAY, 'i');
/** At most this many words between a negation and the word it turns round, in one clause. */
const NEGATION_REACH = /^[^,;:.()]*$/;
const NEGATION_WORDS = 4;
const NOT_EVIDENCE = /\?\s*$|\b(?:respondents?|responses? (?:were|was) received|of those who responded)\b/i;

/** A later inspection that lists the same area again among what must improve has reported no progress on it. */
const RELISTED = 0.5;

const NOTHING: ReportBackResult = { reportBack: 'not-reported', verdict: 'not-reported', evidence: [], divergence: null, share: 0, features: {}, seen: { best: '', all: [], relisted: 0, item: '' } };

/**
 * Looks in the papers dated after a commitment, tier by tier (the same body's next papers first), for sentences that
 * report on it: ones carrying enough of its distinctive terms (a fitted threshold), never its own words reprinted and
 * never a later paper's own list of required actions. The best one gives the verdict: progress or no progress (a fitted
 * model over words of progress and of its lack).
 */
export async function checkReportBack(src: ReportBackSources, c: Commitment, tiers: PaperMeta[][], scope: Scope, opts: { reportedThreshold?: number } = {}): Promise<ReportBackResult> {
  // An item for a safeguarding board needs a closer match: a later inspection of the authority seldom reports on the board.
  const threshold = opts.reportedThreshold ?? REPORTED.threshold + (BOARD.test(c.text) ? REPORTED.boardMargin : 0);
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
    const seen = { best: top[0]?.text ?? '', all: top.map((t) => t.text), relisted, item: c.text };
    const features = progressFeatures(seen.best, top[0]?.share ?? 0, seen.all, relisted, c.text);
    const verdict: Verdict = probability(VERDICT, features) >= VERDICT.threshold ? 'progress' : 'no-progress';
    return { reportBack: 'reported', verdict, evidence: top.map((f) => f.citation), divergence: divergenceOf(c, top.map((f) => f.text)), share: top[0]?.share ?? 0, features, seen };
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

interface Polarity {
  p: number;
  n: number;
  better: number;
  worse: number;
}

const matchesOf = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ at: m.index, end: m.index + m[0].length }));

/**
 * Words of progress and of its lack in a text, each turned round when a negation stands a few words before it in the
 * same clause ("not always timely" is a lack, "do not experience unnecessary delay" is progress); a negation that turns
 * nothing round and is not part of a word of lack already counted ("Not all children …") counts as a lack.
 */
export function polarityOf(text: string): Polarity {
  // used: turned a word of lack round (a double negative); turned: turned a word of progress round.
  const negs = matchesOf(NEGATION, text).map((m) => ({ ...m, used: false, turned: false }));
  const negated = (at: number) => {
    for (let i = negs.length - 1; i >= 0; i--) {
      const g = negs[i]!;
      if (g.end > at) continue;
      const between = text.slice(g.end, at);
      if (!NEGATION_REACH.test(between) || between.trim().split(/\s+/).filter(Boolean).length > NEGATION_WORDS) return null;
      return g;
    }
    return null;
  };
  const inside = (m: { at: number; end: number }) => negs.some((g) => g.at >= m.at && g.end <= m.end);
  const out: Polarity = { p: 0, n: 0, better: 0, worse: 0 };
  for (const m of matchesOf(PROGRESS, text)) {
    const g = negated(m.at);
    if (g) {
      g.turned = true;
      out.n++;
    } else out.p++;
  }
  const lacks = matchesOf(NO_PROGRESS, text);
  for (const m of lacks.filter((x) => !inside(x))) {
    const g = negated(m.at);
    if (g) {
      g.used = true;
      out.p++;
    } else out.n++;
  }
  // A word of lack that is itself a negation ("do not", "not always") counts unless it turned a lack round.
  for (const m of lacks.filter(inside)) if (!negs.some((g) => g.used && g.at >= m.at && g.end <= m.end)) out.n++;
  for (const g of negs) if (!g.used && !g.turned && !lacks.some((m) => g.at >= m.at && g.end <= m.end)) out.n++;
  for (const m of matchesOf(CHANGE_BETTER, text)) if (!negated(m.at)) out.better++;
  out.worse = matchesOf(CHANGE_WORSE, text).length;
  return out;
}

/** Features of progress in evidence text: words of progress and of its lack (negations turned round), change for the better or worse, what a contrast leads to, a follow-up phrase, and the match. */
export function progressFeatures(best: string, share: number, all: string[], relisted = 0, item = ''): Record<string, number> {
  const b = polarityOf(best);
  const p = b.p;
  const n = b.n;
  const others = all.filter((t) => t !== best).map(polarityOf);
  const pOthers = others.reduce((s, o) => s + o.p, 0);
  const nOthers = others.reduce((s, o) => s + o.n, 0);
  const contrast = [...best.matchAll(CONTRAST)].pop();
  const after = contrast ? polarityOf(best.slice(contrast.index)) : null;
  const before = contrast ? polarityOf(best.slice(0, contrast.index)) : null;
  return {
    evidence: +(best.length > 0),
    prog_any: +(p > 0),
    prog_more: +(p > 1),
    noprog_any: +(n > 0),
    noprog_more: +(n > 1),
    prog_balance: +(p > n),
    noprog_balance: +(n > p),
    others_prog: +(pOthers > nOthers),
    others_noprog: +(nOthers > pOthers),
    follow_up: +FOLLOW_UP.test(best),
    share_high: +(share >= 0.5),
    relisted: +(relisted >= 0.35),
    relisted_high: +(relisted >= RELISTED),
    change_better: +(b.better > 0),
    change_worse: +(b.worse > 0),
    contrast_lack: +(after !== null && after.n > after.p),
    contrast_progress: +(after !== null && before !== null && after.p > after.n && before.n >= before.p),
    board_item: +BOARD.test(item),
    underway: +UNDERWAY.test(best),
  };
}

export const VERDICT_FEATURES = ['evidence', 'prog_any', 'prog_more', 'noprog_any', 'noprog_more', 'prog_balance', 'noprog_balance', 'others_prog', 'others_noprog', 'follow_up', 'share_high', 'relisted', 'relisted_high', 'change_better', 'change_worse', 'contrast_lack', 'contrast_progress', 'underway'] as const;

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
