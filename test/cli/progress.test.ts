import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { ingestReporter } from '../../src/cli/progress.ts';
import { SEEDS, tempDeps } from '../support/deps.ts';

/** A stand-in terminal: a stream that says it is a TTY and keeps what is drawn on it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text(): string } {
  let drawn = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      drawn += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 160, rows: 40 });
  return { stream, text: () => drawn.replace(/\x1B\[[0-9;?]*[A-Za-z]|\x1B[78]/g, '') };
}

let deps: Deps;
beforeAll(async () => {
  deps = await tempDeps();
});
afterAll(async () => deps?.close());

describe('ingest progress on the command line', () => {
  it('on a terminal, draws a bar with files, pages, rate, time left and failures, and prints each file above it', async () => {
    const terminal = fakeTerminal();
    const out: string[] = [];
    const reporter = ingestReporter({ out: (t) => out.push(t), err: (t) => out.push(t), terminal: terminal.stream, json: false });
    const outcomes = await ingestPaths(deps, [SEEDS, '/no/such/folder'], {}, reporter);
    reporter.stop();
    const drawn = terminal.text();
    const files = outcomes.filter((o) => o.status !== 'failed').length;
    const pages = outcomes.reduce((n, o) => n + (o.status === 'failed' ? 0 : o.paper.pageCount), 0);
    expect(drawn).toMatch(new RegExp(`Loading \\|.*\\| ${files}/${files} files \\| ${pages} pages \\| [\\d.]+ pages/s \\| .+ left \\| 0 failed`));
    for (const o of outcomes.filter((x) => x.status !== 'failed')) expect(drawn).toContain(o.file);
    expect(out).toEqual([]);
    expect([...reporter.reported].map((o) => o.file).sort()).toEqual(outcomes.filter((o) => o.status !== 'failed').map((o) => o.file).sort());
  });

  it('elsewhere, prints one line per file as it finishes and draws nothing', async () => {
    const out: string[] = [];
    const reporter = ingestReporter({ out: (t) => out.push(t), err: (t) => out.push(`ERR ${t}`), json: false });
    const outcomes = await ingestPaths(deps, [SEEDS], {}, reporter);
    reporter.stop();
    expect(out).toHaveLength(outcomes.length);
    for (const o of outcomes) expect(out.some((line) => line.includes(o.file) && line.startsWith('unchanged'))).toBe(true);
  });

  it('with --json, says nothing as files finish', async () => {
    const out: string[] = [];
    const reporter = ingestReporter({ out: (t) => out.push(t), err: (t) => out.push(t), json: true });
    await ingestPaths(deps, [SEEDS], {}, reporter);
    reporter.stop();
    expect(out).toEqual([]);
  });
});
