import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions, type ActionItem } from '../../src/actions/index.ts';
import { citationHolds } from '../../src/quote.ts';
import { CPP_DEC, CPP_OCT, loadedDeps } from './support.ts';

/** The officers' undertakings of 29 October 2024, as read in the minutes: text, owner, physical page. */
const UNDERTAKINGS = [
  { text: 'The Chair agreed to write to group leaders to remind Members of their duty as a Corporate Parent', owner: /Shellina Prendergast/, page: 1, reported: true },
  { text: 'Joanne Carpenter offered to follow up with Members when the results become available', owner: /Joanne Carpenter, Participation and Engagement Manager/, page: 2, reported: false },
  { text: "Mrs Chandler offered to circulate links to the Council's website", owner: /Sue Chandler/, page: 3, reported: false },
  { text: 'Ms Coombs offered to provide Members with further details about the number of adoptions by age', owner: /Amy Coombs/, page: 4, reported: false },
  { text: 'offered to come back to the panel with the data in the future', owner: /Jason Read/, page: 5, reported: false },
  { text: 'the governance and monitoring arrangements would be considered and bought back to a future meeting', owner: /Robin Cahill|Natalia Merritt/, page: 7, reported: false },
  { text: 'Ms Gleave offered to raise the matter with the appropriate service', owner: /Alice Gleave/, page: 9, reported: false },
];

describe('promise tracker on the Kent Corporate Parenting Panel minutes (29 October and 10 December 2024)', () => {
  let deps: Awaited<ReturnType<typeof loadedDeps>>;
  let items: ActionItem[];

  beforeAll(async () => {
    deps = await loadedDeps([{ paths: [CPP_OCT, CPP_DEC], committee: 'Corporate Parenting Panel' }]);
    items = await listActions(deps, { asOf: '2026-11-22', scope: { allowConfidential: false } });
  });
  afterAll(() => deps.index.close());

  it.each(UNDERTAKINGS)('lists "$text" with its owner and physical page', (u) => {
    const item = items.find((i) => i.text.includes(u.text));
    expect(item, u.text).toBeDefined();
    expect(item!.madeOn).toBe('2024-10-29');
    expect(item!.page).toBe(u.page);
    expect(item!.owner).toMatch(u.owner);
  });

  it.each(UNDERTAKINGS)('checks "$text" against the December minutes', async (u) => {
    const item = items.find((i) => i.text.includes(u.text))!;
    expect(item.reportBack).toBe(u.reported ? 'reported' : 'not-reported');
    expect(item.pending).toBe(false);
    if (!u.reported) {
      expect(item.evidence).toEqual([]);
      return;
    }
    const dec = (await deps.papers.list()).find((m) => m.file === 'CPP Minutes 10.12.24.pdf')!;
    expect(item.evidence[0]!.paper.id).toBe(dec.id);
    expect(item.evidence[0]!.page).toBe(1);
    expect(item.evidence[0]!.quote).toContain('The Chair shared that she would send message to group leaders');
    expect(citationHolds(item.evidence[0]!, (await deps.papers.get(dec.id))!)).toBe(true);
  });

  it("lists December's undated undertakings as not overdue, and not as 'not yet due' two years on", () => {
    const dec = items.filter((i) => i.madeOn === '2024-12-10');
    expect(dec.some((i) => /intention to report on the corporate parenting aspect/.test(i.text))).toBe(true);
    for (const i of dec.filter((d) => d.due === null)) expect(i).toMatchObject({ overdue: false, pending: false, statusText: 'not reported back' });
  });

  it('leaves out statements of what happened', () => {
    for (const fact of ['the recruitment of six apprentices had taken place', 'RESOLVED that the Panel note the Participation Team Update', 'reoffending rates were below the national average']) {
      expect(items.some((i) => i.text.includes(fact)), fact).toBe(false);
    }
  });
});
