import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreCount, openParserPool, parserThreads } from '../../src/ingest/pool.ts';
import { analysePaper } from '../../src/search/index.ts';

describe('parserThreads', () => {
  it('leaves one core to the main thread and the engine, and never asks for none', () => {
    expect([1, 2, 3, 8].map((cores) => parserThreads(cores))).toEqual([1, 1, 2, 7]);
  });

  it('counts the cores this process may use by default', () => {
    expect(parserThreads()).toBe(Math.max(1, coreCount() - 1));
  });
});

describe('openParserPool', () => {
  it("gives every parsed paper its analysed passages, whichever thread analysed them", async () => {
    const bytes = fs.readFileSync(path.resolve('../shared/corpus/birmingham/ofsted-2019.pdf'));
    for (const threads of [1, 2]) {
      const pool = openParserPool(threads);
      try {
        const parsed = await pool.parse('ofsted-2019.pdf', Buffer.from(bytes), { committee: 'children', now: new Date('2026-01-01T00:00:00Z') });
        expect(parsed.passages).toEqual(analysePaper(parsed.paper));
        expect(parsed.passages!.length).toBeGreaterThan(0);
      } finally {
        await pool.close();
      }
    }
  });
});
