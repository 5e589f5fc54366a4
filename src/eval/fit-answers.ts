import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gather, type Gathered } from '../answer/index.ts';
import { asksYesOrNo, type AnswerType } from '../answer/question.ts';
import { FEATURES } from '../answer/features.ts';
import { answerProbability, decisionFeatures, modelOver, probability, type AnswerModel, type QuestionForm } from '../answer/model.ts';
import { foldForCompare } from '../quote.ts';
import { isUnanswerable, loadQuestions, type EvalQuestion } from './questions.ts';
import { authoritiesOfFiles, evalDeps, questionSplit } from './run.ts';
import { defaultSuites } from './suites.ts';

/** One tuning question's candidates: features, and whether each quotes the expected words from the right paper and page. */
interface Example {
  q: EvalQuestion;
  unanswerable: boolean;
  candidates: Array<{ x: number[]; positive: boolean; paperId: string; page: number }>;
  byline: boolean;
  type: AnswerType;
  authority: string;
}

const WEIGHTS_FILE = 'src/answer/weights.ts';
const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;
const LIST_STEPS = 1500;
/**
 * The share of unanswerable questions the decision must refuse on authorities it was not fitted on (out of fold); the
 * answer threshold is the lowest that does.
 */
const REFUSE_AT_LEAST = 0.9;

/**
 * The decision's settings are compared by the found share out of fold averaged over refusal rates around the one
 * required: at a single rate, one unanswerable question more or less moves the threshold and the found share by about
 * a point, which is as much as the settings differ by.
 */
const COMPARE_AT = [0.88, 0.9, 0.92];
const FOLDS = 5;
/**
 * How much more an unanswerable question counts than an answered one when the decision is fitted: the threshold is set
 * by the unanswerable questions, so telling them apart from right answers matters more than telling right answers
 * from wrong ones. The weight is chosen with the L2 penalty below (see COMPARE_AT).
 */
const UNANSWERABLE_WEIGHTS = [1, 2, 4, 8];

/**
 * The decision's L2 penalties tried, chosen with the weight above by the found share out of fold: the decision weighs
 * about ninety features (the best candidate's, once more per kind of answer) on under a thousand questions.
 */
const DECISION_L2 = [0.0003, 0.001, 0.003, 0.01];

/** How the decision is fitted: how much an unanswerable question counts, and its L2 penalty. */
interface DecisionSettings {
  weight: number;
  l2: number;
}

/** Cross-validation is repeated with this many fold assignments, so the threshold does not rest on one split's luck. */
const REPEATS = 3;
const LIST_L2 = 0.001;

/**
 * `npm run fit:answers`: fits the answer model on the TUNING part of every suite (never the held-out part) and writes
 * src/answer/weights.ts. A listwise ranker over the candidates' features (softmax over each question's candidates,
 * the right ones as targets), scaled to probabilities by a logistic fit of its score (Platt); a logistic decision over
 * the best candidates, answering at the lowest threshold that still refuses at least 90% of the unanswerable tuning
 * questions out of fold (each scored by a model fitted without its authority, so that the rate holds on authorities
 * never seen); then the citation threshold that maximises the found share under it.
 * `--weights FILE` writes the fitted model elsewhere than src/answer/weights.ts (to compare variants side by side).
 * `--save FILE` keeps the questions' ranked candidates and their features; `--examples FILE` fits on kept ones without
 * gathering them again (only valid while the features and the candidate search are unchanged).
 */
async function main(argv: string[]): Promise<void> {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const examples = opt('--examples') ? (JSON.parse(fs.readFileSync(opt('--examples')!, 'utf8')) as Example[]) : await gatherExamples();
  if (opt('--save')) fs.writeFileSync(opt('--save')!, JSON.stringify(examples));
  const rows = examples.flatMap((e) => e.candidates);
  const rankers = foldRankers(examples);
  const weighing = UNANSWERABLE_WEIGHTS.flatMap((weight) =>
    DECISION_L2.map((l2) => {
      const settings = { weight, l2 };
      const oof = outOfFold(examples, rankers, settings);
      const thresholdFor = (rate: number) => grid().find((t) => refusedAt(oof, t) >= rate) ?? 0.99;
      const answerAt = thresholdFor(REFUSE_AT_LEAST);
      const around = COMPARE_AT.reduce((sum, rate) => sum + foundAt(oof, thresholdFor(rate)), 0) / COMPARE_AT.length;
      return { settings, oof, answerAt, found: foundAt(oof, answerAt), around };
    }),
  );
  const chosen = weighing.reduce((a, b) => (b.around > a.around ? b : a));
  const rates = COMPARE_AT.map((r) => `${100 * r}%`).join('/');
  console.log(`decision out of fold, found at ${100 * REFUSE_AT_LEAST}% refused (mean at ${rates}): ${weighing.map((w) => `x${w.settings.weight} L2 ${w.settings.l2}: ${(100 * w.found).toFixed(1)}% (${(100 * w.around).toFixed(1)}%) at ${w.answerAt}`).join('; ')}; chosen x${chosen.settings.weight}, L2 ${chosen.settings.l2}`);
  const model = fitModel(examples, chosen.settings);
  const at = (answerAt: number, citeAt = model.citeAt): AnswerModel => ({ ...model, decision: { ...model.decision, answerAt }, citeAt });
  const heldOut = chosen.oof;
  model.decision.answerAt = chosen.answerAt;
  model.citeAt = best(grid(), (t) => outcome(examples, at(model.decision.answerAt, t)).found);
  console.log(`decision threshold: refused out of fold (${FOLDS} folds by authority; pooled over ${REPEATS} repeats / in the repeat refusing fewest) at ${grid().filter((_, i) => i % 8 === 7).map((t) => `${t}:${(100 * refusedIn(heldOut, t)).toFixed(0)}/${(100 * refusedAt(heldOut, t)).toFixed(0)}%`).join(' ')}`);
  const o = outcome(examples, model);
  console.log('decision threshold: found/refused on tuning  ' + grid().filter((_, i) => i % 8 === 7).map((t) => { const x = outcome(examples, at(t)); return `${t}:${(100 * x.found).toFixed(0)}/${(100 * x.refused).toFixed(0)}`; }).join(' '));
  const note = `${examples.length} tuning questions (${examples.filter((e) => !e.unanswerable).length} answerable), ${rows.length} candidates`;
  writeWeights(model, note, opt('--weights') ?? WEIGHTS_FILE);
  console.log(`Fitted on ${note}.`);
  console.log(FEATURES.map((f, i) => `  ${f.padEnd(12)} ${model.weights[i]!.toFixed(3)}`).join('\n'));
  console.log(`  bias ${model.bias.toFixed(3)}; answer at ${model.decision.answerAt}, cite at ${model.citeAt}`);
  const answerable = examples.filter((e) => !e.unanswerable);
  const anyPositive = answerable.filter((e) => e.candidates.some((c) => c.positive)).length;
  const top3 = answerable.filter((e) => e.candidates.map((c) => ({ p: probability(model, c.x), positive: c.positive })).sort((a, b) => b.p - a.p).slice(0, 3).some((c) => c.positive)).length;
  console.log(`Candidates: a right one among them for ${anyPositive}/${answerable.length}; in the model's top 3 for ${top3}/${answerable.length}.`);
  console.log(`On the tuning part: found ${(100 * o.found).toFixed(0)}%, refused ${(100 * o.refused).toFixed(0)}%. Figures to report come from npm run eval (held-out).`);
}

/** Every tuning question of every suite, read and ranked against its suite's papers (the slow part of a fit). */
async function gatherExamples(): Promise<Example[]> {
  const examples: Example[] = [];
  for (const suite of defaultSuites()) {
    const questions = suite.questions.flatMap((f) => loadQuestions(path.resolve(f)));
    const run = await evalDeps(suite.papers.map((p) => path.resolve(p)), {}, suite.cache);
    const authorities = authoritiesOfFiles(suite.papers);
    const fileOf = new Map((await run.deps.papers.list()).map((m) => [m.id, m.file]));
    try {
      for (const q of questions) {
        if (questionSplit(q, authorities) !== 'tuning') continue;
        const g = await gather(run.deps, q.question, { scope: { allowConfidential: true }, history: q.history }, modelOver(FEATURES));
        examples.push(exampleOf(q, g, fileOf, (q.authority ?? (q.source ? authorities.get(q.source) : undefined) ?? 'seeds').toLowerCase()));
      }
    } finally {
      await run.cleanup();
    }
  }
  return examples;
}

/** The ranker (listwise, then calibrated) and the decision over the best candidates, fitted on some examples. */
function fitModel(examples: Example[], settings: DecisionSettings, ranker = fitRanker(examples)): AnswerModel {
  const decisionRows = examples.map((e) => {
    const scored = e.candidates.map((c) => ({ ...c, p: probability(ranker, c.x) })).sort((a, b) => b.p - a.p);
    const right = !e.unanswerable && scored.slice(0, 3).some((c) => c.positive);
    return { x: decisionFeatures(scored, formOf(e)), y: right ? 1 : 0, weight: e.unanswerable ? settings.weight : 1 };
  });
  const decision = fitLogistic(decisionRows.map((r) => r.x), decisionRows.map((r) => r.y), true, decisionRows.map((r) => r.weight), settings.l2);
  return { features: FEATURES, ...ranker, decision: { ...decision, answerAt: 0.5 }, citeAt: 0.5 };
}

/** The ranker alone: listwise weights scaled to probabilities. */
function fitRanker(examples: Example[]): { weights: number[]; bias: number } {
  return calibrated(fitListwise(examples), examples.flatMap((e) => e.candidates));
}

/** A fold assignment: each example's fold in one repeat of the cross-validation (by a hash of its authority's name). */
function foldOf(e: Example, repeat: number): number {
  return createHash('sha256').update(repeat === 0 ? e.authority : `${repeat}:${e.authority}`).digest()[0]! % FOLDS;
}

/** The ranker fitted without each fold, per repeat: it does not depend on the decision's settings, so it is fitted once. */
function foldRankers(examples: Example[]): Array<Array<{ weights: number[]; bias: number }>> {
  return Array.from({ length: REPEATS }, (_, r) => Array.from({ length: FOLDS }, (_, k) => fitRanker(examples.filter((e) => foldOf(e, r) !== k))));
}

/** A question's decision out of fold: its probability, whether its byline answers it, and whether it is unanswerable or right in the top 3. */
interface OutOfFold {
  /** Which repeat of the cross-validation (fold assignment) scored it. */
  repeat: number;
  p: number;
  byline: boolean;
  unanswerable: boolean;
  right: boolean;
}

/**
 * Each example's decision probability from a model fitted without its authority (folds by a hash of the authority's
 * name), once per repeat with a different fold assignment: how the decision behaves on authorities it has not seen,
 * which an in-sample threshold flatters.
 */
function outOfFold(examples: Example[], rankers: ReturnType<typeof foldRankers>, settings: DecisionSettings): OutOfFold[] {
  const out: OutOfFold[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (let k = 0; k < FOLDS; k++) {
      const model = fitModel(examples.filter((e) => foldOf(e, r) !== k), settings, rankers[r]![k]!);
      for (const e of examples.filter((x) => foldOf(x, r) === k)) {
        const scored = e.candidates.map((c) => ({ ...c, p: probability(model, c.x) })).sort((a, b) => b.p - a.p);
        const p = scored.length > 0 ? answerProbability(model, scored, formOf(e)) : 0;
        out.push({ repeat: r, p, byline: e.byline, unanswerable: e.unanswerable, right: scored.slice(0, 3).some((c) => c.positive) });
      }
    }
  }
  return out;
}

/** The share of answerable examples answered right (out of fold) at a threshold. */
function foundAt(oof: OutOfFold[], t: number): number {
  const answerable = oof.filter((o) => !o.unanswerable);
  return answerable.length === 0 ? 0 : answerable.filter((o) => o.right && (o.byline || o.p >= t)).length / answerable.length;
}

/** The share of unanswerable examples refused at a threshold in the repeat that refuses fewest: the rate must hold in each fold assignment, not only on average. */
function refusedAt(oof: OutOfFold[], t: number): number {
  return Math.min(...Array.from({ length: REPEATS }, (_, r) => refusedIn(oof.filter((o) => o.repeat === r), t)));
}

/** The share of unanswerable examples refused at a threshold. */
function refusedIn(oof: OutOfFold[], t: number): number {
  const unanswerable = oof.filter((o) => o.unanswerable);
  return unanswerable.length === 0 ? 1 : unanswerable.filter((u) => !u.byline && u.p < t).length / unanswerable.length;
}

function exampleOf(q: EvalQuestion, g: Gathered, fileOf: Map<string, string>, authority: string): Example {
  const unanswerable = isUnanswerable(q);
  if (g.kind === 'refused') return { q, unanswerable, candidates: [], byline: false, type: 'open', authority };
  const expected = q.expect.map(foldForCompare);
  const candidates = g.ranked.map((c) => ({
    x: c.features,
    paperId: c.hit.paperId,
    page: c.hit.page,
    positive: !unanswerable && rightPlace(q, fileOf.get(c.hit.paperId), c.hit.page) && expected.some((e) => foldForCompare(c.text).includes(e)),
  }));
  return { q, unanswerable, candidates, byline: g.byline.length > 0, type: g.q.type, authority };
}

/** True when a paper and page are where the question says its answer stands (its source, or the pages and papers that repeat it). */
function rightPlace(q: EvalQuestion, file: string | undefined, page: number): boolean {
  if (!q.source) return true;
  const places = [{ source: q.source, page: q.page }, ...q.alsoOn.map((p) => ({ source: q.source, page: p })), ...q.alsoIn];
  return places.some((p) => p.source === file && (p.page === undefined || p.page === page));
}

/** What the decision reads of an example's question: as the product reads it from the question as asked. */
function formOf(e: Example): QuestionForm {
  return { type: e.type, polar: asksYesOrNo(e.q.question) };
}

/** How the questions fare under a model: answered when the best candidate reaches answerAt; found when a positive is among the top three cited. */
function outcome(examples: Example[], model: AnswerModel): { found: number; refused: number } {
  let found = 0;
  let answerable = 0;
  let refused = 0;
  let unanswerable = 0;
  for (const e of examples) {
    const scored = e.candidates.map((c) => ({ ...c, p: probability(model, c.x) })).sort((a, b) => b.p - a.p);
    const answered = e.byline || (scored.length > 0 && answerProbability(model, scored, formOf(e)) >= model.decision.answerAt);
    if (e.unanswerable) {
      unanswerable++;
      if (!answered) refused++;
      continue;
    }
    answerable++;
    const cited = answered ? scored.filter((c, i) => i === 0 || c.p >= model.citeAt).slice(0, 3) : [];
    if (cited.some((c) => c.positive)) found++;
  }
  const f = answerable ? found / answerable : 0;
  const r = unanswerable ? refused / unanswerable : 0;
  return { found: f, refused: r };
}

/** Weights that put each question's right candidates first: softmax cross-entropy over its candidates, with L2. */
export function fitListwise(examples: Example[]): number[] {
  const groups = examples.filter((e) => e.candidates.some((c) => c.positive));
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < LIST_STEPS; step++) {
    const g = new Array<number>(d).fill(0);
    for (const e of groups) {
      const z = e.candidates.map((c) => c.x.reduce((sum, v, i) => sum + w[i]! * v, 0));
      const top = Math.max(...z);
      const exp = z.map((v) => Math.exp(v - top));
      const total = exp.reduce((a, v) => a + v, 0);
      const positives = e.candidates.filter((c) => c.positive).length;
      e.candidates.forEach((c, k) => {
        const err = exp[k]! / total - (c.positive ? 1 / positives : 0);
        for (let i = 0; i < d; i++) g[i]! += err * c.x[i]!;
      });
    }
    for (let i = 0; i < d; i++) w[i]! -= RATE * (g[i]! / groups.length + LIST_L2 * w[i]!);
  }
  return w;
}

/** The ranker's weights scaled, with a bias, so that its score is a probability (a logistic fit of the score alone). */
function calibrated(w: number[], rows: Array<{ x: number[]; positive: boolean }>): { weights: number[]; bias: number } {
  const score = (x: number[]) => x.reduce((sum, v, i) => sum + w[i]! * v, 0);
  const top = Math.max(1e-9, ...rows.map((r) => Math.abs(score(r.x))));
  const platt = fitLogistic(rows.map((r) => [score(r.x) / top]), rows.map((r) => (r.positive ? 1 : 0)), false);
  const a = platt.weights[0]! / top;
  return { weights: w.map((v) => Number((a * v).toFixed(4))), bias: platt.bias };
}

/**
 * Logistic regression by gradient descent with L2, positives weighted to balance the classes (times each row's own
 * weight, 1 unless given). Features are already in [0, 1].
 */
export function fitLogistic(xs: number[][], ys: number[], balance = true, rowWeights?: number[], l2 = L2): { weights: number[]; bias: number } {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const rw = (n: number) => rowWeights?.[n] ?? 1;
  const pos = ys.reduce((a, y, n) => a + (y === 1 ? rw(n) : 0), 0);
  const neg = ys.reduce((a, y, n) => a + (y === 1 ? 0 : rw(n)), 0);
  const posWeight = balance && pos > 0 ? neg / pos : 1;
  for (let step = 0; step < STEPS; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    let total = 0;
    xs.forEach((x, n) => {
      let z = b;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = (ys[n] === 1 ? posWeight : 1) * rw(n);
      const err = weight * (p - ys[n]!);
      for (let i = 0; i < d; i++) gw[i]! += err * x[i]!;
      gb += err;
      total += weight;
    });
    for (let i = 0; i < d; i++) w[i]! -= RATE * (gw[i]! / total + l2 * w[i]!);
    b -= RATE * (gb / total);
  }
  return { weights: w.map((v) => Number(v.toFixed(4))), bias: Number(b.toFixed(4)) };
}

function grid(): number[] {
  return Array.from({ length: 98 }, (_, i) => Number((0.01 * (i + 1)).toFixed(2)));
}

function best(values: number[], f: (v: number) => number): number {
  let top = values[0]!;
  let topValue = -Infinity;
  for (const v of values) {
    const value = f(v);
    if (value > topValue) [top, topValue] = [v, value];
  }
  return top;
}

function writeWeights(model: AnswerModel, note: string, file: string): void {
  const text = `/** Written by \`npm run fit:answers\` (src/eval/fit-answers.ts): fitted on the tuning part only. Do not edit by hand. */
export const FITTED = {
  features: ${JSON.stringify(model.features)},
  weights: ${JSON.stringify(model.weights)},
  bias: ${model.bias},
  decision: ${JSON.stringify(model.decision)},
  citeAt: ${model.citeAt},
  fittedOn: ${JSON.stringify(note)},
};
`;
  fs.writeFileSync(file, text);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
