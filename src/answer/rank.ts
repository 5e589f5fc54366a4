import type { PaperMeta } from '../domain.ts';
import type { SearchHit } from '../search/types.ts';
import { constraintsOf, paperContext, unmet, type Constraints, type ContextSource, type PaperContext } from './context.ts';
import { bestSpan, shareOf, type Candidate, type QuestionTerms } from './extract.ts';
import { askedRole, namesHolder } from './people.ts';

/** How many of the engine's hits are weighed against their papers: the rest cannot catch up. */
const SHORTLIST = 16;

/** A first score from the span and the engine alone, to choose which hits to weigh in full. */
function prelim(c: Candidate, engine: number): number {
  return 0.5 * c.coverage + 0.2 * c.hit.coverage + 0.3 * engine + (c.fits ? 0.1 : 0) - (c.heading ? 0.2 : 0);
}

/** How much a question term counts when the span lacks it but its passage or its paper has it. */
const IN_PASSAGE = 0.8;
const IN_PAPER = 0.6;

/**
 * Ranks hits by their best spans. The engine's part of the score is its BM25 relative to the best hit or, when the
 * hits come in a fused (hybrid) order, their position in it; spans that repeat a better one are dropped.
 */
export async function rankCandidates(src: ContextSource, papers: Record<string, PaperMeta>, hits: SearchHit[], q: QuestionTerms, question: string, fusedOrder = false): Promise<Candidate[]> {
  const top = Math.max(0, ...hits.map((h) => h.score));
  const constraints = constraintsOf(question);
  const role = q.type === 'person' ? askedRole(question) : null;
  const ranked: Candidate[] = [];
  const engineOf = new Map(hits.map((h, i) => [h, fusedOrder ? 1 - i / Math.max(1, hits.length) : top > 0 ? h.score / top : 0]));
  const shortlist = hits
    .filter((h) => papers[h.paperId])
    .map((h) => bestSpan(h, q))
    .sort((a, b) => prelim(b, engineOf.get(b.hit)!) - prelim(a, engineOf.get(a.hit)!))
    .slice(0, SHORTLIST);
  for (const c of shortlist) {
    const hit = c.hit;
    const meta = papers[hit.paperId]!;
    const paper = await paperContext(src, meta);
    const inPassage = new Set(hit.matched);
    c.context = contextShare(c, q, aroundHit(hit, hits), paper);
    c.unmet = await unmet(constraints, paper, meta, hit.text);
    c.titleShare = shareOf(paper.titleTerms, q);
    c.core = coreShare(c, q, inPassage, constraints);
    c.rarest = rarestPresent(c, q, inPassage, constraints);
    const engine = engineOf.get(hit)!;
    const typeWeight = q.type === 'open' ? 0 : c.fits ? 0.1 : -0.2;
    const holder = role !== null && namesHolder(c.text, role) ? 0.3 : 0;
    c.score = holder + 0.35 * c.context + 0.3 * c.coverage + 0.15 * hit.coverage + 0.2 * engine + 0.1 * c.titleShare + 0.1 * c.core + (c.rarest ? 0.1 : 0) + typeWeight - (c.heading ? 0.25 : 0) - 0.3 * Math.min(1, c.unmet.length);
    ranked.push(c);
  }
  ranked.sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  return ranked.filter((c) => {
    const key = c.text.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The terms of a hit's passage and of the hits right next to it on the same page: passage breaks fall mid-paragraph. */
function aroundHit(hit: SearchHit, hits: SearchHit[]): Set<string> {
  const near = hits.filter((h) => h.paperId === hit.paperId && h.page === hit.page && (Math.abs(h.start - hit.end) < 4 || Math.abs(hit.start - h.end) < 4));
  return new Set([...hit.matched, ...near.flatMap((h) => h.matched)]);
}

/** The question's core terms: all but its names and years (which the paper may supply) and the "how many" markers. */
function coreTerms(q: QuestionTerms, constraints: Constraints): string[] {
  const excluded = new Set([...constraints.names.flat(), ...constraints.years, 'c_qty']);
  return q.terms.filter((t) => !excluded.has(t) && !t.startsWith('q_'));
}

/** The rarest core term the papers know must stand in the span or its passage: the evidence must be about what was asked. */
function rarestPresent(c: Candidate, q: QuestionTerms, inPassage: Set<string>, constraints: Constraints): boolean {
  const known = coreTerms(q, constraints).filter((t) => q.known.has(t));
  if (known.length === 0) return true;
  const rarest = known.reduce((a, b) => ((q.idf.get(b) ?? 0) > (q.idf.get(a) ?? 0) ? b : a));
  return inPassage.has(rarest) || c.terms.has(rarest);
}

/** Share of the core terms the answer itself carries: in the span, or at a discount in its passage. */
function coreShare(c: Candidate, q: QuestionTerms, inPassage: Set<string>, constraints: Constraints): number {
  let total = 0;
  let got = 0;
  for (const t of coreTerms(q, constraints)) {
    const w = q.idf.get(t) ?? 1;
    total += w;
    got += c.terms.has(t) ? w : inPassage.has(t) ? IN_PASSAGE * w : 0;
  }
  return total === 0 ? 1 : got / total;
}

function contextShare(c: Candidate, q: QuestionTerms, inPassage: Set<string>, paper: PaperContext): number {
  let total = 0;
  let got = 0;
  for (const t of q.terms) {
    const w = q.idf.get(t) ?? 1;
    total += w;
    got += c.terms.has(t) ? w : inPassage.has(t) ? IN_PASSAGE * w : paper.terms.has(t) ? IN_PAPER * w : 0;
  }
  return total === 0 ? 0 : got / total;
}
