import { toAppError } from '../errors.ts';
import path from 'node:path';
import { readReportBackLabels, readSentenceLabels } from './tracker-data.ts';
import { trackerLines, trackerScores } from './tracker.ts';

/** `npm run eval:tracker [-- --misses] [--verbose] [--labels DIR]`: the promise tracker's figures alone, tuning and held-out side by side. */
async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--labels');
  const dir = at >= 0 ? argv[at + 1]! : 'eval/tracker';
  const scores = await trackerScores(readSentenceLabels(path.join(dir, 'sentences.jsonl')), readReportBackLabels(path.join(dir, 'reportback.jsonl')), argv.includes('--verbose') ? console.log : () => {});
  if (!scores) {
    console.log('No tracker labels (eval/tracker/sentences.jsonl, eval/tracker/reportback.jsonl).');
    return;
  }
  console.log(trackerLines(scores).join('\n'));
  if (argv.includes('--misses')) for (const split of argv.includes('--held-out-misses') ? (['tuning', 'held-out'] as const) : (['tuning'] as const)) console.log(`\n${split} misses:\n  ${scores[split].misses.join('\n  ')}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`error: ${toAppError(err).message}`);
  process.exitCode = 1;
});
