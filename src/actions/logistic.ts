/** A small logistic regression: fitted by gradient descent with an L2 penalty; pure, deterministic. */

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
  /** The probability at or above which the answer is yes. */
  threshold: number;
}

/** The model's probability for a feature record (missing features count 0). */
export function probability(model: LogisticModel, features: Record<string, number>): number {
  let z = model.bias;
  for (const [k, w] of Object.entries(model.weights)) z += w * (features[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Fits weights on rows of named features and 0/1 answers; names fixes the features used. */
export function fitLogistic(names: readonly string[], rows: Array<Record<string, number>>, ys: number[], opts: { l2?: number; iterations?: number; rate?: number } = {}): Omit<LogisticModel, 'threshold'> {
  const l2 = opts.l2 ?? 0.01;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const X = rows.map((r) => names.map((n) => r[n] ?? 0));
  const w = names.map(() => 0);
  let b = 0;
  const n = Math.max(1, X.length);
  for (let it = 0; it < iterations; it++) {
    const gw = names.map(() => 0);
    let gb = 0;
    X.forEach((x, i) => {
      let z = b;
      for (let j = 0; j < x.length; j++) z += w[j]! * x[j]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      gb += err;
      for (let j = 0; j < x.length; j++) gw[j]! += err * x[j]!;
    });
    b -= (rate * gb) / n;
    for (let j = 0; j < w.length; j++) w[j]! -= rate * (gw[j]! / n + l2 * w[j]!);
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { bias: round(b), weights: Object.fromEntries(names.map((k, j) => [k, round(w[j]!)])) };
}

/** The threshold that maximises F1 over scored examples (ties: the higher threshold). */
export function bestThreshold(scores: number[], ys: number[]): number {
  const candidates = [...new Set(scores.map((s) => Math.round(s * 100) / 100))].sort((a, b) => a - b);
  let best = { t: 0.5, f1: -1 };
  for (const t of candidates) {
    let tp = 0, fp = 0, fn = 0;
    scores.forEach((s, i) => {
      const yes = s >= t;
      if (yes && ys[i]) tp++;
      else if (yes) fp++;
      else if (ys[i]) fn++;
    });
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (f1 >= best.f1) best = { t, f1 };
  }
  return best.t;
}
