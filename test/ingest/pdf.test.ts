import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const PDF_TS = pathToFileURL(path.resolve('src/ingest/pdf.ts')).href;
const PAPER = path.resolve('../shared/corpus/birmingham/ofsted-2019.pdf');

/** Runs `body` in a fresh Node process (so no other test has loaded the PDF library yet) and returns what it prints as JSON. */
function fresh(body: string): Record<string, unknown> {
  const script = `const push = Array.prototype.push;\nconst pdf = await import(${JSON.stringify(PDF_TS)});\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('loadPdfLibrary', () => {
  it("loads pdfjs's worker half with the library and leaves the engine's own Array.prototype.push in place", () => {
    const out = fresh(`await pdf.loadPdfLibrary();
console.log(JSON.stringify({ samePush: Array.prototype.push === push, worker: typeof globalThis.pdfjsWorker?.WorkerMessageHandler }));`);
    expect(out).toEqual({ samePush: true, worker: 'function' });
  });

  it('still reads a paper once the library is loaded, and pushes as before afterwards', () => {
    const out = fresh(`const fs = await import('node:fs');
const doc = await pdf.extractPdf('ofsted-2019.pdf', fs.readFileSync(${JSON.stringify(PAPER)}));
const a = [1]; const n = a.push(2, 3);
console.log(JSON.stringify({ samePush: Array.prototype.push === push, pages: doc.pages.length, n, a }));`);
    expect(out).toEqual({ samePush: true, pages: 13, n: 3, a: [1, 2, 3] });
  });
});
