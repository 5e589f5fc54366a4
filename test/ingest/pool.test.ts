import { describe, expect, it } from 'vitest';
import { coreCount, parserThreads } from '../../src/ingest/pool.ts';

describe('parserThreads', () => {
  it('leaves one core to the main thread and the engine, and never asks for none', () => {
    expect([1, 2, 3, 8].map((cores) => parserThreads(cores))).toEqual([1, 1, 2, 7]);
  });

  it('counts the cores this process may use by default', () => {
    expect(parserThreads()).toBe(Math.max(1, coreCount() - 1));
  });
});
