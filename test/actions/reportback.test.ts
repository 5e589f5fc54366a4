import { describe, expect, it } from 'vitest';
import { polarityOf, progressFeatures } from '../../src/actions/reportback.ts';

describe('words of progress and of its lack in later evidence', () => {
  it('turns a word of progress round when a negation stands a few words before it in the same clause', () => {
    expect(polarityOf('The quality of management oversight is not yet consistently good.')).toMatchObject({ p: 0 });
    expect(polarityOf('Not all vulnerable children have robust plans to keep them safe.')).toMatchObject({ p: 0, n: 1 });
    expect(polarityOf('Plans are good, and reviews are not always timely.')).toMatchObject({ p: 1 });
  });

  it('reads a negated lack as progress ("do not experience unnecessary delay")', () => {
    expect(polarityOf('Managers ensure that children do not experience unnecessary delay in achieving permanence.')).toEqual({ p: 1, n: 0, better: 0, worse: 0 });
  });

  it('counts a change for the better even from a low base, and a change for the worse', () => {
    expect(polarityOf('The quality of plans for disabled children is much improved.').better).toBe(1);
    expect(polarityOf('Transition planning has declined since the last inspection.').worse).toBe(1);
    expect(polarityOf('The quality of plans has not improved.').better).toBe(0);
  });

  it('marks what a contrast leads to, work still under way, and an item for a safeguarding board', () => {
    const f = progressFeatures('Assessments are of good quality, although the impact of identity is not consistently recognised.', 0.3, [], 0, 'Strengthen assessments.');
    expect(f).toMatchObject({ contrast_lack: 1, underway: 0, board_item: 0 });
    expect(progressFeatures('The strategy has focused plans on more options, but it is too early to assess the impact.', 0.3, []).underway).toBe(1);
    expect(progressFeatures('', 0, [], 0, 'The LSCB should review its annual report.').board_item).toBe(1);
    expect(progressFeatures('', 0, [], 0, 'The board should strengthen its audit programme.').board_item).toBe(1);
  });
});
