import fs from 'node:fs';
import { toAppError } from '../errors.ts';
import { figureLines, loadLabelledFigures, scoreFigures, LABELLED_FIGURES } from './figures.ts';

/**
 * `npm run eval:figures [-- --quiet]`: scores figure finding alone on the labelled figures (tuning and held-out side by
 * side, the tuning part's errors listed), in a second, without loading any papers.
 */
function main(argv: string[]): number {
  if (!fs.existsSync(LABELLED_FIGURES)) throw new Error(`${LABELLED_FIGURES} not found: run from the project folder`);
  console.log(figureLines(scoreFigures(loadLabelledFigures()), LABELLED_FIGURES, !argv.includes('--quiet')).join('\n'));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  console.error(`error: ${toAppError(err).message}`);
  process.exitCode = 1;
}
