import type { PaperMeta } from '../domain.ts';
import type { SearchHit, SearchIndex } from '../search/types.ts';
import { constraintsOf, paperContext, unmet, type Constraints, type ContextSource, type PaperContext } from './context.ts';
import { spansOf, shareOf, type Candidate, type QuestionTerms } from './extract.ts';
import { askedRole, namesHolder } from './people.ts';
import { NOT_A_PART } from './question.ts';
import { featuresOf, givesOverallGrade, holdsRoot, isGradeRow, localWeights, partTerms } from './features.ts';
import type { Focus } from './focus.ts';
import { fittedModel, probability, type AnswerModel } from './model.ts';

/** How many of the engine's hits are weighed against their papers: the rest cannot catch up. */
const SHORTLIST = 32;
/**
 * How many spans of one hit are weighed for a grade: a judgement table's rows are answers each, and the sentence that
 * recalls the last inspection's grade often stands beside the row that gives this one's.
 */
const JUDGEMENT_SPANS = 2;

/**
 * A first score from the span and the engine alone, to choose which hits to weigh in full. For a grade question about
 * the whole service, a span giving the overall grade counts as if it held the question's words: "Overall effectiveness
 * Good" holds none of them.
 */
function prelim(c: Candidate, engine: number, whole: boolean): number {
  const coverage = whole && givesOverallGrade(c.text) ? 1 : c.coverage;
  return 0.5 * coverage + 0.2 * c.hit.coverage + 0.3 * engine + (c.fits ? 0.1 : 0) - (c.heading ? 0.2 : 0);
}

/** How much a question term counts when the span lacks it but its passage or its paper has it (a fixed discount, not fitted). */
const IN_PASSAGE = 0.8;
const IN_PAPER = 0.6;

/** What ranking needs besides the hits: the question's focus, whether the hits come fused, and the model. */
export interface RankOptions {
  focus: Focus;
  index: Pick<SearchIndex, 'papersWith'>;
  fusedOrder?: boolean;
  model?: AnswerModel;
}

/**
 * Ranks hits by their best spans: each span's features (see features.ts) scored by the fitted model, best first.
 * The engine's part is its BM25 relative to the best hit or, when the hits come in a fused (hybrid) order, their
 * position in it; spans that repeat a better one are dropped.
 */
export async function rankCandidates(src: ContextSource, papers: Record<string, PaperMeta>, hits: SearchHit[], q: QuestionTerms, question: string, opts: RankOptions): Promise<Candidate[]> {
  const model = opts.model ?? fittedModel();
  const top = Math.max(0, ...hits.map((h) => h.score));
  const constraints = constraintsOf(question);
  const role = q.type === 'person' ? askedRole(question) : null;
  const ranked: Candidate[] = [];
  const positionOf = new Map(hits.map((h, i) => [h, 1 - i / Math.max(1, hits.length)]));
  const engineOf = new Map(hits.map((h) => [h, opts.fusedOrder ? positionOf.get(h)! : top > 0 ? h.score / top : 0]));
  // A grade question in the words of the whole service alone ("How did Ofsted rate Barsetshire's children's services?") also weighs each passage's overall grade.
  const core = coreTerms(q, constraints);
  const whole = q.type === 'judgement' && core.every((t) => NOT_A_PART.has(t));
  const shortlist = hits
    .filter((h) => papers[h.paperId])
    .flatMap((h) => spansOf(h, q, q.type === 'judgement' ? JUDGEMENT_SPANS : 1, whole ? givesOverallGrade : undefined))
    .map((c) => ({ c, first: prelim(c, engineOf.get(c.hit)!, whole) }))
    .sort((a, b) => b.first - a.first)
    .slice(0, SHORTLIST)
    .map(({ c }) => c);
  const latestOf = new Map<string, string>();
  for (const c of shortlist) {
    const meta = papers[c.hit.paperId]!;
    if (meta.date && (latestOf.get(meta.committee) ?? '') < meta.date) latestOf.set(meta.committee, meta.date);
  }
  const local = localWeights(q.terms, shortlist.map((c) => c.terms));
  const named = q.type === 'judgement' ? partTerms(core.filter((t) => !NOT_A_PART.has(t)), shortlist) : [];
  for (const c of shortlist) {
    const hit = c.hit;
    const meta = papers[hit.paperId]!;
    const paper = await paperContext(src, meta);
    const inPassage = new Set(hit.matched);
    c.context = contextShare(c, q, aroundHit(hit, hits), paper);
    c.unmet = await unmet(constraints, paper, meta, hit.text);
    c.titleShare = shareOf(paper.titleTerms, q);
    if (!(q.type !== 'open' && c.fits) && repeatsTitle(c.text, c.terms, paper.titleTerms)) c.heading = true;
    c.core = coreShare(c, q, inPassage, core);
    c.rarest = rarestPresent(c, q, inPassage, core);
    const holder = role !== null && namesHolder(c.text, role);
    c.features = featuresOf(c, { q, focus: opts.focus, meta, engine: engineOf.get(hit)!, position: positionOf.get(hit)!, holder, latestOf, localWeights: local, papersWithText: opts.index.papersWith(c.text) });
    c.score = probability(model, c.features);
    if (q.type === 'judgement') c.givesAsked = named.length === 0 ? givesOverallGrade(c.text) : c.fits && !givesOverallGrade(c.text) && isGradeRow(c.text) && named.some((t) => holdsRoot(c.terms, t));
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

/** At least this share of a span's words stand in its paper's title when the span is the title block, not a statement. */
const TITLE_BLOCK_SHARE = 2 / 3;

/**
 * A span that is not a sentence and mostly repeats its paper's title ("Barsetshire – Inspection of services for
 * children in need of help and protection, children looked after and care leavers and Review of the ... Board"): it
 * names the subject, as a heading does, without saying anything of it. Figures and concept terms are not counted.
 */
export function repeatsTitle(text: string, terms: Set<string>, titleTerms: Set<string>): boolean {
  if (/[.!?]["”’)]*\s*$/.test(text)) return false;
  const words = [...terms].filter((t) => /^[a-z]/.test(t) && !/^[cq]_/.test(t));
  return words.length >= 4 && words.filter((t) => titleTerms.has(t)).length >= TITLE_BLOCK_SHARE * words.length;
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
function rarestPresent(c: Candidate, q: QuestionTerms, inPassage: Set<string>, core: string[]): boolean {
  const known = core.filter((t) => q.known.has(t));
  if (known.length === 0) return true;
  const rarest = known.reduce((a, b) => ((q.idf.get(b) ?? 0) > (q.idf.get(a) ?? 0) ? b : a));
  return inPassage.has(rarest) || c.terms.has(rarest);
}

/** Share of the core terms the answer itself carries: in the span, or at a discount in its passage. */
function coreShare(c: Candidate, q: QuestionTerms, inPassage: Set<string>, core: string[]): number {
  let total = 0;
  let got = 0;
  for (const t of core) {
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
