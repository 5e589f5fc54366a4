import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, bool, str } from '../cli/args.ts';
import { toAppError } from '../errors.ts';
import { loadQuestions } from './questions.ts';
import { questionLines, splitTable } from './report.ts';
import { authoritiesOfFiles, evalDeps, evaluate } from './run.ts';
import { modelColumn } from './model.ts';
import { commitmentLines, commitmentScores } from './commitments.ts';

const QUESTION_DIR = 'eval/questions';
const OTHER_QUESTIONS = ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl'];
const DEFAULT_PAPERS = ['../shared/ofsted', '../shared/corpus/birmingham', '../shared/corpus/kent', '../shared/corpus/merton', 'seeds'];
const CACHE = '.eval-cache';

/**
 * `npm run eval -- [--questions FILE] [--model] [--quiet] [--json] [papers...]`: loads the papers into a store kept in
 * .eval-cache/ and scores every answer, the tuning and held-out parts side by side.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { quiet: 'boolean', model: 'boolean', questions: 'string', split: 'string' });
  const questionFiles = str(args, 'questions') ? [str(args, 'questions')!] : defaultQuestionFiles();
  const papers = args.positionals.length > 0 ? args.positionals : DEFAULT_PAPERS.filter((p) => fs.existsSync(p));
  let questions = questionFiles.flatMap((f) => loadQuestions(path.resolve(f)));
  const run = await evalDeps(papers.map((p) => path.resolve(p)), {}, args.positionals.length > 0 ? undefined : CACHE);
  try {
    if (run.failures.length > 0 && !bool(args, 'quiet')) console.log(`Papers refused (bad input is expected among them):\n  ${run.failures.join('\n  ')}\n`);
    const scores = (await evaluate(run.deps, questions, authoritiesOfFiles(papers))).filter((s) => !str(args, 'split') || s.split === str(args, 'split'));
    questions = questions.filter((q) => scores.some((s) => s.id === q.id));
    const model = bool(args, 'model') ? await modelColumn(run.deps, questions) : null;
    const commitments = args.positionals.length > 0 ? null : await commitmentScores(run.deps);
    if (bool(args, 'json')) {
      console.log(JSON.stringify({ scores, modelScores: model?.scores ?? null, commitments }, null, 2));
      return 0;
    }
    if (!bool(args, 'quiet')) console.log(questionLines(scores).join('\n'), '\n');
    console.log(`Answers: ${questionFiles.join(', ')}\nPapers: ${papers.join(', ')}\n`);
    console.log(splitTable(scores).join('\n'));
    if (model) console.log(`\n${splitTable(model.scores, model.name).join('\n')}`);
    if (commitments) console.log(`\n${commitmentLines(commitments).join('\n')}`);
    return 0;
  } finally {
    await run.cleanup();
  }
}

function defaultQuestionFiles(): string[] {
  const own = fs.existsSync(QUESTION_DIR) ? fs.readdirSync(QUESTION_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(QUESTION_DIR, f)) : [];
  return [...own, ...OTHER_QUESTIONS.filter((f) => fs.existsSync(f))];
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`error: ${toAppError(err).message}`);
    process.exitCode = 1;
  },
);
