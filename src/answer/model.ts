import { FEATURES, type FeatureName } from './features.ts';
import type { AnswerType } from './question.ts';
import { FITTED } from './weights.ts';

/**
 * Two logistic models: over a candidate's features, how likely the span answers the question (to rank them); over
 * the question's best candidates (see decisionFeatures), how likely the answer is right (to decide to answer at all).
 */
export interface AnswerModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** The decision model: weights over decisionFeatures, its bias, and the probability an answer must reach. */
  decision: { weights: number[]; bias: number; answerAt: number };
  /** Citations after the first must reach this candidate probability. */
  citeAt: number;
}

/** The kinds of answer, in the order the decision features give them. */
const TYPES: AnswerType[] = ['quantity', 'frequency', 'person', 'date', 'judgement', 'decision', 'open'];

/** What the decision reads of the question itself: the kind of answer it wants, and whether it asks yes or no (see asksYesOrNo). */
export interface QuestionForm {
  type: AnswerType;
  polar: boolean;
}

/** A ranked candidate as the decision sees it: its probability, its features and where it stands. */
export interface Ranked {
  p: number;
  x: number[];
  paperId: string;
  page: number;
}

/** How many of the best candidates the agreement features look at. */
const AGREEMENT_TOP = 5;

/**
 * The best candidate's features that the decision also weighs once per kind of answer: how much of the question a
 * grade, a name or a figure must carry to be trusted differs by kind (a grade row shares few words with the question;
 * a sentence that answers "is the front door working?" shares many). Measured under cross-validation by authority on
 * the tuning part, these interactions let more right answers through at the same share of refusals.
 */
const BY_TYPE: readonly FeatureName[] = ['context', 'coverage', 'core', 'fitsTyped', 'passage', 'yearMatch', 'local', 'pairs'];

/**
 * The decision features of a question: the best candidate's features, its probability and its lead over the next,
 * the kind of answer asked for, and how far the best candidates agree on where the answer stands (the second from the
 * same paper, from the same page, and the share of the best five from the first's paper): evidence about what was asked
 * tends to cluster, while a stray match stands alone. Then some of the best candidate's features once per kind (BY_TYPE),
 * and last whether the question asks yes or no: any passage on what it asks answers it one way or the other, where a
 * question after one fact ("how many", "who") is answered only by a passage that gives that fact.
 */
export function decisionFeatures(ranked: Ranked[], form: QuestionForm): number[] {
  const { type } = form;
  const [first, second] = ranked;
  const p1 = first?.p ?? 0;
  const p2 = second?.p ?? 0;
  const samePaper = first !== undefined && second !== undefined && second.paperId === first.paperId;
  const samePage = samePaper && second!.page === first!.page;
  const share = first ? ranked.slice(0, AGREEMENT_TOP).filter((c) => c.paperId === first.paperId).length / AGREEMENT_TOP : 0;
  const x = first?.x ?? FEATURES.map(() => 0);
  const byType = TYPES.flatMap((t) => BY_TYPE.map((f) => (t === type ? x[FEATURES.indexOf(f)]! : 0)));
  return [...x, p1, p1 - p2, ...TYPES.map((t) => (t === type ? 1 : 0)), samePaper ? 1 : 0, samePage ? 1 : 0, share, ...byType, form.polar ? 1 : 0];
}

/** The probability that answering with these candidates (best first) is right. */
export function answerProbability(model: AnswerModel, ranked: Ranked[], form: QuestionForm): number {
  const x = decisionFeatures(ranked, form);
  if (x.length !== model.decision.weights.length) throw new Error('src/answer/weights.ts was fitted on other decision features: run npm run fit:answers');
  let z = model.decision.bias;
  for (let i = 0; i < x.length; i++) z += model.decision.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The model fitted by `npm run fit:answers` on the tuning part (src/answer/weights.ts). */
export function fittedModel(): AnswerModel {
  if (FITTED.features.join() !== FEATURES.join()) throw new Error('src/answer/weights.ts was fitted on other features: run npm run fit:answers');
  return FITTED;
}

/** The fitted model carried over to another list of features (by name; new features weigh 0): a start for refitting. */
export function modelOver(features: readonly string[]): AnswerModel {
  const at = (name: string) => (FITTED.features as readonly string[]).indexOf(name);
  return { ...FITTED, features, weights: features.map((f) => (at(f) >= 0 ? FITTED.weights[at(f)]! : 0)), decision: { ...FITTED.decision } };
}

/** The probability that a candidate with these features answers the question. */
export function probability(model: Pick<AnswerModel, 'weights' | 'bias'>, x: number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
