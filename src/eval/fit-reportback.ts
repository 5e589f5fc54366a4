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
  /** Added to the match threshold for an item addressed to a safeguarding board. */
  boardMargin: number;
  verdict: { bias: number; weights: Record<string, number> };
}

/** Does the fit say a pair is reported back. */
const says = (fit: Pick<ReportBackFit, 'reported' | 'boardMargin'>, x: PairRow) => x.share >= fit.reported + (x.features.board_item ? fit.boardMargin : 0) || x.features.relisted_high === 1;

/** The fitted verdict on a pair: not reported, progress or no progress. */
export function predictVerdict(fit: ReportBackFit, x: PairRow): 'progress' | 'no-progress' | 'not-reported' {
  if (!says(fit, x)) return 'not-reported';
  return probability({ ...fit.verdict, threshold: 0.5 }, x.features) >= 0.5 ? 'progress' : 'no-progress';
}

/** The labelled verdict of a row. */
export const labelOf = (x: PairRow) => (x.progress === null ? 'not-reported' : x.progress ? 'progress' : 'no-progress');

/**
 * The lowest match tried: every labelled pair is an inspection's, and a lower threshold fitted on them alone counts
 * weak overlaps in committee minutes as report-backs (test/actions/cpp.test.ts holds the minutes' labelled ones).
 */
const MIN_MATCH = 0.2;

/** The margins tried for board items (1 never reports one back on the match alone). */
const BOARD_MARGINS = [0, 0.1, 0.2, 0.3, 1];

/**
 * The match share above which a later sentence counts as reporting back, and the progress model over what is then
 * reported: for each threshold and board margin on a grid, the verdict model is fitted on the pairs they report, and the fit
 * that gets most tuning verdicts right (not reported / progress / no progress) is kept.
 */
export function fitReportBack(xs: PairRow[]): ReportBackFit {
  let best: { right: number; fit: ReportBackFit } | null = null;
  for (const boardMargin of BOARD_MARGINS) {
    for (let t = MIN_MATCH; t <= 0.6; t += 0.02) {
      const reported = Math.round(t * 100) / 100;
      const train = xs.filter((x) => x.progress !== null && says({ reported, boardMargin }, x));
      const verdict = fitLogistic(VERDICT_FEATURES, train.map((x) => x.features), train.map((x) => (x.progress ? 1 : 0)), { l2: 0.01, iterations: 1500 });
      const fit = { reported, boardMargin, verdict };
      const right = xs.filter((x) => predictVerdict(fit, x) === labelOf(x)).length;
      // Ties go to the higher threshold: a report-back not claimed beats a wrong citation.
      if (!best || right >= best.right) best = { right, fit };
    }
  }
  return best!.fit;
}
