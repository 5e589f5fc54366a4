import fs from 'node:fs';
import path from 'node:path';
import { progressFeatures, type ReportBackResult } from '../actions/index.ts';
import { toAppError } from '../errors.ts';
import { fitReportBack, labelOf, predictVerdict, type PairRow } from './fit-reportback.ts';
import { splitOf } from './split.ts';
import { byAuthority, loadAuthority, readReportBackLabels, type ReportBackLabel } from './tracker-data.ts';
import { commitmentsByPaper, verdictFor } from './tracker.ts';

type Row = PairRow & { id: string; authority: string; evidence: string | null; item: string; seen: ReportBackResult['seen'] };

/**
 * `npx tsx src/eval/cv-tracker.ts [--labels DIR] [--save FILE | --rows FILE] [--misses]`: cross-validates the report-back
 * verdict by authority on the TUNING split only. Each tuning authority's pairs are scored with the report-back fit
 * (src/eval/fit-reportback.ts, as `npm run fit:tracker` fits it) made on all the other tuning authorities. `--save`
 * keeps the pairs' evidence so that `--rows` can rerun it without loading the papers again (the progress features are
 * worked out again from the kept evidence; a change to how evidence is found needs a full run).
 */
async function main(argv: string[]): Promise<void> {
  const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const saved = opt('--rows') ? (JSON.parse(fs.readFileSync(opt('--rows')!, 'utf8')) as Row[]) : null;
  // Saved pairs get their features worked out again from the evidence kept, so a change to the features needs no rereading.
  const rows = saved ? saved.map((r) => ({ ...r, features: progressFeatures(r.seen.best, r.share, r.seen.all, r.seen.relisted, r.seen.item ?? r.item) })) : await pairRows(path.join(opt('--labels') ?? 'eval/tracker', 'reportback.jsonl'));
  if (opt('--save')) fs.writeFileSync(opt('--save')!, JSON.stringify(rows));
  const authorities = [...new Set(rows.map((r) => r.authority))].sort();
  let right = 0;
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  for (const a of authorities) {
    const fit = fitReportBack(rows.filter((r) => r.authority !== a));
    for (const r of rows.filter((x) => x.authority === a)) {
      const got = predictVerdict(fit, r);
      const want = labelOf(r);
      const key = `${want} -> ${got}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
      if (got === want) right++;
      else misses.push(`${r.id} ${a}: want ${want} got ${got} (share ${r.share.toFixed(2)}; ${Object.entries(r.features).filter(([, v]) => v).map(([k]) => k).join(' ')})\n    item: ${r.item.slice(0, 110)}\n    evidence: ${r.evidence?.slice(0, 160) ?? '-'}`);
    }
  }
  const all = fitReportBack(rows);
  const fitted = rows.filter((r) => predictVerdict(all, r) === labelOf(r)).length;
  console.log(`report-back verdict, cross-validated by authority on the tuning part (${authorities.length} authorities): ${right}/${rows.length} (${((100 * right) / rows.length).toFixed(1)}%)`);
  console.log(`  fitted on all tuning pairs and scored on them: ${fitted}/${rows.length}; match threshold ${all.reported}, board margin ${all.boardMargin}`);
  for (const [k, v] of [...confusion].sort()) console.log(`  ${k.padEnd(30)} ${v}`);
  if (argv.includes('--misses')) console.log(misses.join('\n'));
}

/** The tuning pairs with the best evidence's match and progress features (match threshold 0, as the fit sees them). */
async function pairRows(file: string): Promise<Row[]> {
  const byA = byAuthority(readReportBackLabels(file).filter((l) => splitOf(l.authority) === 'tuning'));
  const out: Row[] = [];
  for (const [authority, labels] of byA) out.push(...(await rowsOf(authority, labels)));
  return out;
}

async function rowsOf(authority: string, labels: ReportBackLabel[]): Promise<Row[]> {
  const loaded = await loadAuthority(authority, labels.flatMap((l) => [l.file, l.laterFile ?? ''].filter(Boolean)));
  try {
    if (loaded.split !== 'tuning') return [];
    const found = commitmentsByPaper(loaded);
    const out: Row[] = [];
    for (const l of labels) {
      const got = await verdictFor(loaded, l, found, 0);
      if (!got) continue;
      out.push({ id: l.id, authority, item: l.item, evidence: got.evidence, share: got.share, reported: l.verdict !== 'not-reported', features: got.features, seen: got.seen, progress: l.verdict === 'not-reported' ? null : l.verdict === 'progress' });
    }
    return out;
  } finally {
    loaded.close();
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`error: ${toAppError(err).message}`);
  process.exitCode = 1;
});
