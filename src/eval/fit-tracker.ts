import fs from 'node:fs';
import path from 'node:path';
import { FEATURES, featuresOf, isCandidate, unitsOf } from '../actions/index.ts';
import { bestThreshold, fitLogistic, probability } from '../actions/logistic.ts';
import { toAppError } from '../errors.ts';
import { fitReportBack, type PairRow } from './fit-reportback.ts';
import { byAuthority, loadAuthority, readReportBackLabels, readSentenceLabels } from './tracker-data.ts';
import { commitmentsByPaper, sameText, verdictFor } from './tracker.ts';

const OUT = 'src/actions/weights.ts';

/**
 * `npm run fit:tracker [-- --labels DIR]`: fits the tracker's weights and thresholds on the TUNING split only (src/eval/split.ts) and
 * writes them to src/actions/weights.ts: the detector (logistic regression over the features of labelled sentences),
 * the match a later sentence needs to count as reporting back, and the progress / no-progress model over evidence.
 */
async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--labels');
  const dir = at >= 0 ? argv[at + 1]! : 'eval/tracker';
  const sentences = readSentenceLabels(path.join(dir, 'sentences.jsonl'));
  const pairs = readReportBackLabels(path.join(dir, 'reportback.jsonl'));
  const rows: Array<Record<string, number>> = [];
  const ys: number[] = [];
  const shares: PairRow[] = [];
  const sByA = byAuthority(sentences);
  const pByA = byAuthority(pairs);
  let skipped = 0;
  let authorities = 0;
  for (const authority of [...new Set([...sByA.keys(), ...pByA.keys()])].sort()) {
    const s = sByA.get(authority) ?? [];
    const p = pByA.get(authority) ?? [];
    const files = [...s.map((l) => l.file), ...p.flatMap((l) => [l.file, l.laterFile ?? ''].filter(Boolean))];
    const loaded = await loadAuthority(authority, files);
    if (loaded.split !== 'tuning') {
      loaded.close();
      continue;
    }
    authorities++;
    try {
      const unitsByFile = new Map([...loaded.papers.values()].map((paper) => [paper.file, { paper, units: unitsOf(paper) }]));
      for (const l of s) {
        const entry = unitsByFile.get(l.file.split('/').pop()!);
        const unit = entry?.units.find((u) => sameText(u.text, l.sentence) && (l.page === null || entry.paper.format !== 'pdf' || u.page.number === l.page));
        if (!entry || !unit) {
          skipped++;
          continue;
        }
        const f = featuresOf(unit, entry.paper);
        if (!isCandidate(f)) continue;
        rows.push(f);
        ys.push(l.commitment ? 1 : 0);
      }
      const found = commitmentsByPaper(loaded);
      for (const l of p) {
        const got = await verdictFor(loaded, l, found, 0);
        if (!got) continue;
        shares.push({ share: got.share, reported: l.verdict !== 'not-reported', features: got.features, progress: l.verdict === 'not-reported' ? null : l.verdict === 'progress' });
      }
    } finally {
      loaded.close();
    }
  }
  const detection = fitLogistic(FEATURES, rows, ys, { l2: 0.003, iterations: 4000, rate: 0.8 });
  const threshold = bestThreshold(rows.map((r) => probability({ ...detection, threshold: 0 }, r)), ys);
  const { reported, boardMargin, verdict } = fitReportBack(shares);
  const verdictThreshold = 0.5;
  const stamp = `${authorities} tuning authorities: ${rows.length} candidate sentences (${ys.filter(Boolean).length} commitments, ${skipped} labels not matched to a unit), ${shares.length} report-back pairs`;
  fs.writeFileSync(OUT, render(detection, threshold, verdict, verdictThreshold, reported, boardMargin, stamp));
  console.log(`Wrote ${OUT}: ${stamp}\n  detection threshold ${threshold}, reported-back match ${reported} (board items +${boardMargin})`);
}

function render(detection: { bias: number; weights: Record<string, number> }, threshold: number, verdict: { bias: number; weights: Record<string, number> }, verdictThreshold: number, reported: number, boardMargin: number, stamp: string): string {
  return `/**
 * Fitted by \`npm run fit:tracker\` (src/eval/fit-tracker.ts) on the TUNING split only; do not edit by hand.
 * ${stamp}.
 */
import type { LogisticModel } from './logistic.ts';

/** Is a unit a commitment: logistic regression over the features in src/actions/features.ts. */
export const DETECTION: LogisticModel = ${JSON.stringify({ ...detection, threshold }, null, 2)};

/** Does the best evidence show progress (else no progress): logistic regression over src/actions/reportback.ts progressFeatures. */
export const VERDICT: LogisticModel = ${JSON.stringify({ ...verdict, threshold: verdictThreshold }, null, 2)};

/** The IDF-weighted share of a commitment's terms a later sentence must carry to count as reporting back (more by boardMargin for an item addressed to a safeguarding board). */
export const REPORTED = { threshold: ${reported}, boardMargin: ${boardMargin} };

export const FITTED_ON = ${JSON.stringify(stamp)};
`;
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`error: ${toAppError(err).message}`);
  process.exitCode = 1;
});
