import fs from 'node:fs';
import path from 'node:path';
import { extractPdf } from '../ingest/pdf.ts';
import { foldForCompare } from '../quote.ts';
import { loadQuestions } from './questions.ts';

/**
 * `npx tsx src/eval/check-questions.ts FILE.jsonl [ROOT...]`: checks each labelled question against the text the product
 * itself extracts: the source file exists under a root, and one `expect` string stands on the given physical page.
 * Prints one line per problem and exits non-zero when there is any.
 */
async function main(argv: string[]): Promise<number> {
  const [file, ...rootsArg] = argv;
  if (!file) throw new Error('usage: check-questions FILE.jsonl [ROOT...]');
  const roots = rootsArg.length ? rootsArg : ['../shared/ofsted', '../shared/corpus', 'seeds'];
  const byName = indexFiles(roots);
  const pagesCache = new Map<string, string[]>();
  let problems = 0;
  for (const q of loadQuestions(path.resolve(file))) {
    if (q.expect.length === 0) continue;
    const where = q.source ? byName.get(q.source) : undefined;
    if (!where) {
      console.log(`${q.id}: source ${q.source ?? '(none)'} not found under ${roots.join(', ')}`);
      problems++;
      continue;
    }
    const pages = pagesCache.get(where) ?? (await readPages(where));
    pagesCache.set(where, pages);
    const expected = q.expect.map(foldForCompare);
    const onPages = pages.flatMap((t, i) => (expected.some((e) => foldForCompare(t).includes(e)) ? [i + 1] : []));
    if (onPages.length === 0) {
      console.log(`${q.id}: none of ${JSON.stringify(q.expect)} stands in ${q.source}`);
      problems++;
    } else if (q.page !== undefined && !onPages.includes(q.page)) {
      console.log(`${q.id}: expected on page ${q.page} of ${q.source}, found on page(s) ${onPages.join(', ')}`);
      problems++;
    }
  }
  console.log(problems === 0 ? 'all questions check' : `${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

function indexFiles(roots: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!out.has(e.name)) out.set(e.name, p);
    }
  };
  for (const r of roots) if (fs.existsSync(r)) walk(r);
  return out;
}

async function readPages(file: string): Promise<string[]> {
  const bytes = fs.readFileSync(file);
  if (!file.toLowerCase().endsWith('.pdf')) return [bytes.toString('utf8')];
  return (await extractPdf(file, bytes)).pages.map((p) => p.text);
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
