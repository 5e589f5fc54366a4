import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, bool, str } from '../cli/args.ts';
import { toAppError } from '../errors.ts';
import { loadQuestions } from '../eval/questions.ts';
import { benchIngest, pdfsUnder } from './ingest.ts';
import { benchQueries, type QueryBench } from './query.ts';

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** `npm run bench [-- --readme] [--corpus DIR] [--sizes 10000,200000]`: ingest throughput and query latency/memory, as ratios against baselines run in the same process. */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { readme: 'boolean', corpus: 'string', sizes: 'string' });
  const corpus = path.resolve(str(args, 'corpus') ?? '../shared/corpus');
  const sizes = (str(args, 'sizes') ?? '10000,200000').split(',').map(Number);
  const questions = ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl']
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => loadQuestions(f).map((q) => q.question));

  const ing = await benchIngest(pdfsUnder(corpus));
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform} ${process.arch}, Node ${process.version}; ${ing.files} PDFs, ${ing.pages} pages from ${path.relative(process.cwd(), corpus)}; ${questions.length} questions.`,
    '',
    '| ingest | pages/s | ratio to pdftotext (same run) |',
    '|---|---|---|',
    `| scrutiny ingest (parse, clean, sentences, metadata) | ${f1(ing.pages / ing.oursSeconds)} | ${ing.pdftotextSeconds ? `${f2(ing.pdftotextSeconds / ing.oursSeconds)}x (pdftotext ${f1(ing.pages / ing.pdftotextSeconds)} pages/s)` : 'pdftotext not installed (apt-get install poppler-utils)'} |`,
    '',
    '| passages | index build s | search p50 / p95 ms | ask p50 / p95 ms, first time | ask p50 / p95 ms, again | linear-scan baseline p50 ms | search speed-up vs scan (p50) | RSS MB | heap MB |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of sizes) {
    const q: QueryBench = await benchQueries(ing.papers, size, questions);
    lines.push(`| ${q.passages.toLocaleString('en-GB')} | ${f1(q.buildSeconds)} | ${f1(q.searchMs.p50)} / ${f1(q.searchMs.p95)} | ${f1(q.askMs.p50)} / ${f1(q.askMs.p95)} | ${f1(q.askWarmMs.p50)} / ${f1(q.askWarmMs.p95)} | ${f1(q.scanMs.p50)} | ${f1(q.scanMs.p50 / Math.max(q.searchMs.p50, 0.01))}x | ${q.rssMb.toFixed(0)} | ${q.heapMb.toFixed(0)} |`);
  }
  const table = lines.join('\n');
  console.log(table);
  if (bool(args, 'readme')) writeIntoReadme(table);
  return 0;
}

function writeIntoReadme(table: string): void {
  const file = path.resolve('README.md');
  const text = fs.readFileSync(file, 'utf8');
  const re = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (!re.test(text)) throw new Error('README.md has no <!-- bench:start --> ... <!-- bench:end --> markers');
  fs.writeFileSync(file, text.replace(re, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  console.log('\nREADME.md bench table updated.');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`error: ${toAppError(err).message}`);
    process.exitCode = 1;
  },
);
