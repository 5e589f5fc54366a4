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
const CORPUS = ['../shared/corpus/birmingham', '../shared/corpus/kent', '../shared/corpus/merton', 'seeds'];

/** A question set and the papers it was written against: a question's answer depends on what else is loaded. */
interface Suite {
  name: string;
  questions: string[];
  papers: string[];
  cache: string;
}

/**
 * The suites: the project's own set over every Ofsted report, the corpus and the seeds; and the first version's set
 * with the shared visible questions over the corpus and the seeds alone (written when nothing else was loaded).
 */
function defaultSuites(): Suite[] {
  const own = fs.existsSync(QUESTION_DIR) ? fs.readdirSync(QUESTION_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(QUESTION_DIR, f)) : [];
  return [
    { name: 'all papers', questions: own, papers: ['../shared/ofsted', ...CORPUS], cache: '.eval-cache/all' },
    { name: 'corpus and seeds', questions: ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl'], papers: CORPUS, cache: '.eval-cache/corpus' },
  ].map((s) => ({ ...s, questions: s.questions.filter((f) => fs.existsSync(f)), papers: s.papers.filter((p) => fs.existsSync(p)) }))
    .filter((s) => s.questions.length > 0);
}

/**
 * `npm run eval -- [--questions FILE papers...] [--split tuning|held-out] [--model] [--quiet] [--json]`: loads the papers
 * into a store kept in .eval-cache/ and scores every answer, the tuning and held-out parts side by side.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { quiet: 'boolean', model: 'boolean', questions: 'string', split: 'string' });
  const given = str(args, 'questions');
  const suites: Suite[] = given
    ? [{ name: given, questions: [given], papers: args.positionals.length > 0 ? args.positionals : ['../shared/ofsted', ...CORPUS], cache: '' }]
    : defaultSuites();
  const report: unknown[] = [];
  for (const suite of suites) {
    const questions = suite.questions.flatMap((f) => loadQuestions(path.resolve(f)));
    const run = await evalDeps(suite.papers.map((p) => path.resolve(p)), {}, suite.cache || undefined);
    try {
      const scores = (await evaluate(run.deps, questions, authoritiesOfFiles(suite.papers))).filter((s) => !str(args, 'split') || s.split === str(args, 'split'));
      const asked = questions.filter((q) => scores.some((s) => s.id === q.id));
      const model = bool(args, 'model') ? await modelColumn(run.deps, asked) : null;
      const commitments = suite.name === 'corpus and seeds' ? await commitmentScores(run.deps) : null;
      if (bool(args, 'json')) {
        report.push({ suite: suite.name, scores, modelScores: model?.scores ?? null, commitments });
        continue;
      }
      if (!bool(args, 'quiet')) console.log(questionLines(scores).join('\n'), '\n');
      console.log(`Answers (${suite.name}): ${suite.questions.join(', ')}\nPapers: ${suite.papers.join(', ')}${run.failures.length ? ` (${run.failures.length} refused as bad input)` : ''}\n`);
      console.log(splitTable(scores).join('\n'));
      if (model) console.log(`\n${splitTable(model.scores, model.name).join('\n')}`);
      if (commitments) console.log(`\n${commitmentLines(commitments).join('\n')}`);
      console.log('');
    } finally {
      await run.cleanup();
    }
  }
  if (bool(args, 'json')) console.log(JSON.stringify(report, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`error: ${toAppError(err).message}`);
    process.exitCode = 1;
  },
);
