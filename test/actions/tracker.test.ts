import { describe, expect, it } from 'vitest';
import { resolveDue, statusOf, toCsv, TRACKER_COLUMNS, type ActionItem } from '../../src/actions/index.ts';
import { ownerMatches } from '../../src/eval/tracker.ts';

describe('due dates councils write', () => {
  it.each([
    ['The report will be brought back on 13th February.', '2025-01-30', '2025-02-13'],
    ['This will be completed by the end of March.', '2025-03-04', '2025-03-31'],
    ['The service will go live on 1st April.', '2025-03-04', '2025-04-01'],
    ['A report will go to the committee on 10 June.', '2015-06-03', '2015-06-10'],
    ['The target is to achieve this in 2025/26 Quarter 4.', '2025-03-04', '2026-03-31'],
    ['KCC will complete the procurement in Quarter 4.', '2025-01-15', '2025-03-31'],
    ['We will deliver this in Quarter 4.', '2025-06-04', '2026-03-31'],
    ['An area of further development in 2025-2026 will be the implementation of a pathway.', '2025-03-13', '2026-03-31'],
  ])('"%s" (paper of %s) is due %s', (text, paperDate, want) => {
    expect(resolveDue(text, paperDate)?.date).toBe(want);
  });

  it('takes no due date from a duration that describes a standing process', () => {
    expect(resolveDue('Assessments will be completed within 8 weeks of the referral.', '2025-03-04')).toBeNull();
    expect(resolveDue('We will report back within 12 months.', '2024-10-29')?.date).toBe('2025-10-29');
  });

  it("reads an inspectorate's timescale heading against the report's date", () => {
    expect(resolveDue('Immediately:', '2013-08-23', null, { assumeFuture: true })?.date).toBe('2013-08-23');
    expect(resolveDue('Within three months:', '2013-08-23', null, { assumeFuture: true })?.date).toBe('2013-11-23');
  });
});

const item = (over: Partial<ActionItem>): ActionItem => ({
  id: 'a1', kind: 'commitment', text: 'We will publish the plan by March 2025, "in full", with every detail a clerk needs — nothing cut.'.repeat(3), leadIn: null,
  paper: { id: 'p1', title: 'Cabinet – Minutes', file: 'Printed minutes 30th-Jan-2025.pdf', date: '2025-01-30' }, committee: 'cabinet', page: 7, pageLabel: '5',
  madeOn: '2025-01-30', owner: 'Mr R Gough, Leader of the Council', due: { date: '2025-03-31', precision: 'month', text: 'by March 2025' }, target: null, topic: '',
  confidence: 0.9, reportBack: 'not-reported', verdict: 'not-reported', evidence: [], response: null, overdue: true, pending: false, divergence: null,
  progress: 'open', note: null, history: [], marked: false, statusText: '', rag: 'amber', ...over,
});

describe("the clerk's tracker", () => {
  it('lets a clerk\'s mark speak over the papers in the one status line every view shows', () => {
    expect(statusOf(item({}))).toEqual({ statusText: 'overdue, not reported back', rag: 'red' });
    const marked = statusOf(item({ marked: true, progress: 'slipped', note: 'new date June' }));
    expect(marked.statusText).toMatch(/^slipped \(clerk's mark: new date June\); papers: overdue/);
    expect(statusOf(item({ marked: true, progress: 'achieved' })).rag).toBe('green');
  });

  it('writes CSV with one row per item, the full text and the file name and physical page', () => {
    const one = item({});
    const csv = toCsv([one, item({ id: 'a2' })]);
    const rows = csv.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(TRACKER_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(rows[1]).toContain(`"${one.text.replace(/"/g, '""')}"`);
    expect(rows[1]).toContain('"Printed minutes 30th-Jan-2025.pdf","7"');
  });
});

describe('owner scoring', () => {
  it('accepts the same person or body however titled, and refuses another', () => {
    expect(ownerMatches('Mrs Sue Chandler, Cabinet Member for Integrated Children’s Services', 'Sue Chandler, Cabinet Member for Integrated Children’s Services')).toBe(true);
    expect(ownerMatches('Barnet', 'Barnet')).toBe(true);
    expect(ownerMatches('Dr Gosh, Director of Public Health', 'Dr Gogarty (Interim Strategic Lead for Public Health)')).toBe(false);
    expect(ownerMatches(null, 'Cabinet')).toBe(false);
  });
});
