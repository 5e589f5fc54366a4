import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import parseDocument from '../../src/ingest/parse-worker.ts';
import { analysePaper } from '../../src/search/index.ts';

const PAPER = path.resolve('../shared/corpus/birmingham/ofsted-2019.pdf');
const task = (analyse: boolean) => ({ file: 'ofsted-2019.pdf', bytes: new Uint8Array(fs.readFileSync(PAPER)), opts: { committee: 'children', now: new Date('2026-01-01T00:00:00Z') }, analyse });

describe('parseDocument (a parser thread)', () => {
  it("analyses the paper's passages when the task asks, and leaves them to the main thread when not", async () => {
    const analysed = await parseDocument(task(true));
    const bare = await parseDocument(task(false));
    if (!analysed.ok || !bare.ok) throw new Error('the paper did not load');
    expect(analysed.passages).toEqual(analysePaper(analysed.paper));
    expect(analysed.passages!.length).toBeGreaterThan(0);
    expect(bare.passages).toBeUndefined();
    expect(bare.paper).toEqual(analysed.paper);
  });
});
