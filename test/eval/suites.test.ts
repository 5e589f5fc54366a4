import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from '../../src/eval/questions.ts';
import { splitOf } from '../../src/eval/split.ts';
import { CORPUS, defaultSuites, smallLibrarySuite } from '../../src/eval/suites.ts';

describe('the small-library suite', () => {
  it('asks each question of a few authorities loaded alone, with both parts of the split among them', () => {
    const suite = smallLibrarySuite();
    expect(suite).not.toBeNull();
    const libraries = suite!.libraries!;
    const ofsted = libraries.filter((l) => l.papers.every((p) => p.startsWith('../shared/ofsted')));
    expect(ofsted.length).toBeGreaterThanOrEqual(10);
    for (const l of ofsted) {
      expect(l.authorities).toHaveLength(3);
      expect(l.papers.map((p) => path.basename(p))).toEqual(l.authorities);
      for (const p of l.papers) expect(fs.statSync(p).isDirectory()).toBe(true);
    }
    const all = ofsted.flatMap((l) => l.authorities);
    expect(new Set(all).size).toBe(all.length);
    // The same choice every run, and not only one part of the split.
    expect(smallLibrarySuite()!.libraries!.map((l) => l.authorities)).toEqual(libraries.map((l) => l.authorities));
    expect(new Set(all.map(splitOf))).toEqual(new Set(['tuning', 'held-out']));
    expect(libraries.at(-1)!.papers).toEqual(CORPUS.filter((p) => fs.existsSync(p)));
    // Every chosen authority has questions in the project's set.
    const asked = new Set(defaultSuites()[0]!.questions.flatMap((f) => loadQuestions(f)).map((q) => q.authority?.toLowerCase()));
    for (const a of all) expect(asked.has(a), a).toBe(true);
  });
});
