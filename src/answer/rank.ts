import type { PaperMeta } from '../domain.ts';
import { analyzeText } from '../search/index.ts';
import type { SearchHit } from '../search/types.ts';
import type { PaperRepo } from '../store/index.ts';
import { constraintsOf, paperContext, unmet, type PaperContext } from './context.ts';
import { bestSpan, shareOf, type Candidate, type QuestionTerms } from './extract.ts';

/** How much a question term counts when the span lacks it but its passage or its paper has it. */
const IN_PASSAGE = 0.8;
const IN_PAPER = 0.6;

/**
 * Ranks hits by their best spans. The engine's part of the score is its BM25 relative to the best hit or, when the
 * hits come in a fused (hybrid) order, their position in it; spans that repeat a better one are dropped.
 */
export async function rankCandidates(repo: PaperRepo, papers: Record<string, PaperMeta>, hits: SearchHit[], q: QuestionTerms, question: string, fusedOrder = false): Promise<Candidate[]> {
  const top = Math.max(0, ...hits.map((h) => h.score));
  const constraints = constraintsOf(question);
  const ranked: Candidate[] = [];
  for (const [i, hit] of hits.entries()) {
    const meta = papers[hit.paperId];
    if (!meta) continue;
    const c = bestSpan(hit, q);
    const paper = await paperContext(repo, meta);
    c.context = contextShare(c, q, new Set(hit.matched), paper);
    c.unmet = unmet(constraints, paper, meta, hit.text);
    c.titleShare = shareOf(paper.titleTerms, q);
    const engine = fusedOrder ? 1 - i / Math.max(1, hits.length) : top > 0 ? hit.score / top : 0;
    const typeWeight = q.type === 'open' ? 0 : c.fits ? 0.1 : -0.2;
    c.score = 0.35 * c.context + 0.3 * c.coverage + 0.15 * hit.coverage + 0.2 * engine + 0.1 * c.titleShare + typeWeight - (c.heading ? 0.25 : 0) - 0.3 * Math.min(1, c.unmet.length);
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

function contextShare(c: Candidate, q: QuestionTerms, inPassage: Set<string>, paper: PaperContext): number {
  const inSpan = new Set(analyzeText(c.text));
  let total = 0;
  let got = 0;
  for (const t of q.terms) {
    const w = q.idf.get(t) ?? 1;
    total += w;
    got += inSpan.has(t) ? w : inPassage.has(t) ? IN_PASSAGE * w : paper.terms.has(t) ? IN_PAPER * w : 0;
  }
  return total === 0 ? 0 : got / total;
}
