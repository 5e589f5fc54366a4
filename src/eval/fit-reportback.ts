import { VERDICT_FEATURES } from '../actions/index.ts';
import { fitLogistic, probability } from '../actions/logistic.ts';

/** One labelled report-back pair as the fit sees it: the best evidence's match, its progress features and the label. */
export interface PairRow {
  share: number;
  reported: boolean;
  features: Record<string, number>;
  /** true progress, false no progress, null not reported. */
  progress: boolean | null;
}

export interface ReportBackFit {
  reported: number;
  verdict: { bias: number; weights: Record<string, number> };
}

/** Does the fit say a pair is reported back. */
const says = (threshold: number, x: PairRow) => x.share >= threshold || x.features.relisted_high === 1;

/** The fitted verdict on a pair: not reported, progress or no progress. */
export function predictVerdict(fit: ReportBackFit, x: PairRow): 'progress' | 'no-progress' | 'not-reported' {
  if (!says(fit.reported, x)) return 'not-reported';
  return probability({ ...fit.verdict, threshold: 0.5 }, x.features) >= 0.5 ? 'progress' : 'no-progress';
}

/** The labelled verdict of a row. */
export const labelOf = (x: PairRow) => (x.progress === null ? 'not-reported' : x.progress ? 'progress' : 'no-progress');

/**
 * The match share above which a later sentence counts as reporting back, and the progress model over what is then
 * reported: for each threshold on a grid, the verdict model is fitted on the pairs it reports, and the pair of them
 * that gets most tuning verdicts right (not reported / progress / no progress) is kept.
 */
export function fitReportBack(xs: PairRow[]): ReportBackFit {
  let best: { right: number; fit: ReportBackFit } | null = null;
  for (let t = 0.1; t <= 0.6; t += 0.02) {
    const threshold = Math.round(t * 100) / 100;
    const train = xs.filter((x) => x.progress !== null && says(threshold, x));
    const verdict = fitLogistic(VERDICT_FEATURES, train.map((x) => x.features), train.map((x) => (x.progress ? 1 : 0)), { l2: 0.01, iterations: 1500 });
    const fit = { reported: threshold, verdict };
    const right = xs.filter((x) => predictVerdict(fit, x) === labelOf(x)).length;
    // Ties go to the higher threshold: a report-back not claimed beats a wrong citation.
    if (!best || right >= best.right) best = { right, fit };
  }
  return best!.fit;
}
