import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, bool, str } from '../cli/args.ts';
import { toAppError } from '../errors.ts';
import { loadQuestions } from '../eval/questions.ts';
import { benchIngest, pdfsUnder, storeOf, type IngestRun } from './ingest.ts';
import { benchStore, benchSubset, type QueryBench } from './query.ts';
import { benchStartup } from './startup.ts';

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const SMALL = 10_000;

/**
 * `npm run bench [-- --readme] [--corpus DIR] [--ofsted DIR] [--quick]`: the compiled command line on the real papers.
 * Ingest of each folder against pdftotext on the same files; `ask` latency cold and warm at 10k passages and at the
 * full size (every real paper, no copies); peak memory; `scrutiny help` and `scrutiny ask` from a cold process as
 * ratios to `node -e 0`. Every ratio is measured in the same run.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { readme: 'boolean', corpus: 'string', ofsted: 'string', quick: 'boolean' });
  const corpus = path.resolve(str(args, 'corpus') ?? '../shared/corpus');
  const ofsted = path.resolve(str(args, 'ofsted') ?? '../shared/ofsted');
  const questions = ['test/eval/questions.jsonl', '../shared/eval/questions.jsonl']
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => loadQuestions(f).map((q) => q.question));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-bench-'));
  const large = { data: path.join(work, 'large'), store: storeOf(path.join(work, 'large')) };
  const seeds = { data: path.join(work, 'seeds'), store: storeOf(path.join(work, 'seeds')) };
  try {
    const step = (s: string) => process.stderr.write(`bench: ${s}\n`);
    step('loading the seeds');
    benchIngest(fs.readdirSync('seeds').map((f) => path.resolve('seeds', f)), seeds.data);
    const folders = [corpus, ...(bool(args, 'quick') ? [] : [ofsted])];
    const ingests: Array<{ dir: string; run: IngestRun }> = [];
    for (const dir of folders) {
      step(`ingest ${dir} (then pdftotext on the same files)`);
      ingests.push({ dir, run: benchIngest(pdfsUnder(dir), large.data) });
    }
    step('query latency at the full size');
    const full = await benchStore(large.data, questions);
    step(`query latency at ${SMALL.toLocaleString('en-GB')} passages`);
    const small = await benchSubset(large.data, SMALL, questions);
    step('cold-process start-up');
    const start = benchStartup(seeds, large, 'How many children in care are there?');

    const ingestRows = ingests.map(({ dir, run }) => {
      const ratio = run.pdftotextSeconds ? `**${f2(run.seconds / run.pdftotextSeconds)}x** (pdftotext ${f1(run.pdftotextSeconds)} s)` : 'pdftotext not installed';
      return `| ${path.relative(process.cwd(), dir)} | ${run.files} PDFs, ${run.pages.toLocaleString('en-GB')} pages, ${run.failed} refused | ${f1(run.seconds)} | ${f1(run.pages / run.seconds)} | ${ratio} | ${run.peakRssMb === null ? '–' : run.peakRssMb.toFixed(0)} |`;
    });
    const queryRow = (label: string, q: QueryBench) =>
      `| ${label} | ${q.papers} | ${q.passages.toLocaleString('en-GB')} | ${f1(q.openSeconds)} | ${f1(q.searchMs.p50)} / ${f1(q.searchMs.p95)} | ${f1(q.askColdMs.p50)} / ${f1(q.askColdMs.p95)} | ${f1(q.askWarmMs.p50)} / ${f1(q.askWarmMs.p95)} | ${q.rssMb.toFixed(0)} / ${q.peakRssMb.toFixed(0)} |`;
    const ratio = (ms: number) => `${f1(ms)} ms, **${f1(ms / start.nodeMs)}x**`;
    const lines = [
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform} ${process.arch}, ${os.availableParallelism()} cores (load average ${os.loadavg()[0]!.toFixed(1)} at the end), Node ${process.version}; ${questions.length} questions; compiled build (dist/).`,
      '',
      '| ingest (`scrutiny ingest`, process start to exit: parsed, stored, indexed) | files | s | pages/s | ratio to pdftotext, one file at a time (same run) | peak RSS MB |',
      '|---|---|---|---|---|---|',
      ...ingestRows,
      '',
      'Nothing runs in the background after a load: when `scrutiny ingest` exits, every paper is indexed and can be asked about (time until fully indexed = the ingest time).',
      '',
      '| size | papers | passages | open / index s | search p50 / p95 ms | ask p50 / p95 ms, cold | ask p50 / p95 ms, warm | RSS MB now / peak |',
      '|---|---|---|---|---|---|---|---|',
      queryRow('full (every paper above, no copies)', full),
      queryRow(`small (~${SMALL.toLocaleString('en-GB')} passages)`, small),
      '',
      `| cold process (median of ${start.runs}, same run, interleaved) | time, ratio to \`node -e 0\` |`,
      '|---|---|',
      `| \`node -e 0\` | ${f1(start.nodeMs)} ms, 1.0x |`,
      `| \`scrutiny help\` | ${ratio(start.helpMs)} |`,
      `| \`scrutiny ask\` on the seeds | ${ratio(start.askSeedsMs)} |`,
      ...(start.askLargeMs === null ? [] : [`| \`scrutiny ask\` at the full size | ${ratio(start.askLargeMs)} |`]),
    ];
    const table = lines.join('\n');
    console.log(table);
    if (bool(args, 'readme')) writeIntoReadme(table);
    return 0;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
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
