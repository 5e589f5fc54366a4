import path from 'node:path';
import { parseArgs, bool } from '../cli/args.ts';
import { toAppError } from '../errors.ts';
import { loadQuestions } from './questions.ts';
import { questionLines, totalsTable } from './report.ts';
import { evalDeps, evaluate } from './run.ts';
import { totals, type EvalTotals } from './score.ts';
import { modelColumn } from './model.ts';
import { commitmentLines, commitmentScores } from './commitments.ts';

const DEFAULT_QUESTIONS = ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl'];
const DEFAULT_PAPERS = ['seeds', '../shared/corpus/birmingham', '../shared/corpus/kent', '../shared/corpus/merton'];

/** `npm run eval -- [questions.jsonl] [papers...]`: loads the papers into a temporary store and scores every answer. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { quiet: 'boolean', 'no-model': 'boolean' });
  const [first, ...rest] = args.positionals;
  const questionFiles = first ? [first] : DEFAULT_QUESTIONS;
  const papers = rest.length > 0 ? rest : first ? DEFAULT_PAPERS : DEFAULT_PAPERS;
  const questions = questionFiles.flatMap((f) => loadQuestions(path.resolve(f)));
  const run = await evalDeps(papers.map((p) => path.resolve(p)));
  try {
    if (run.failures.length > 0) console.log(`Papers refused (as expected for bad input):\n  ${run.failures.join('\n  ')}\n`);
    const scores = await evaluate(run.deps, questions);
    const columns: Array<{ name: string; t: EvalTotals }> = [{ name: 'offline', t: totals(scores) }];
    const model = bool(args, 'no-model') ? null : await modelColumn(run.deps, questions);
    if (model) columns.push({ name: model.name, t: totals(model.scores) });
    const commitments = first ? null : await commitmentScores(run.deps);
    if (bool(args, 'json')) {
      console.log(JSON.stringify({ columns, scores, modelScores: model?.scores ?? null, commitments }, null, 2));
    } else {
      if (!bool(args, 'quiet')) console.log(questionLines(scores).join('\n'), '\n');
      console.log(`Answers: ${questionFiles.join(', ')} over ${papers.join(', ')}\n`);
      console.log(totalsTable(columns).join('\n'));
      if (commitments) console.log(`\n${commitmentLines(commitments).join('\n')}`);
    }
    return 0;
  } finally {
    await run.cleanup();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`error: ${toAppError(err).message}`);
    process.exitCode = 1;
  },
);
