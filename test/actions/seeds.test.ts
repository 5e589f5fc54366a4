import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions, toActionJson, type ActionItem } from '../../src/actions/index.ts';
import { loadedDeps, SEEDS } from './support.ts';

const SCOPE = { allowConfidential: false };

describe('promise tracker on the seed papers (committee "seeds", as of 2026-11-22)', () => {
  let deps: Awaited<ReturnType<typeof loadedDeps>>;
  let items: ActionItem[];
  const find = (fragment: string) => items.find((i) => i.text.includes(fragment));

  beforeAll(async () => {
    deps = await loadedDeps([{ paths: [SEEDS], committee: 'seeds' }]);
    items = await listActions(deps, { asOf: '2026-11-22', committee: 'seeds', scope: SCOPE });
  });
  afterAll(() => deps.index.close());

  it('lists the 40-posts promise as overdue and not reported, due two years after 3 June 2015, owned by Brigid Jones', () => {
    const posts = find('40 posts each year for the next two years');
    expect(posts).toBeDefined();
    expect(posts!.reportBack).toBe('not-reported');
    expect(posts!.overdue).toBe(true);
    expect(posts!.due).toMatchObject({ date: '2017-06-03', precision: 'relative' });
    expect(posts!.owner).toMatch(/Brigid Jones/);
    expect(posts!.madeOn).toBe('2015-06-03');
    expect(posts!.page).toBeNull();
    expect(posts!.target).toMatchObject({ kind: 'number', value: 40, unit: 'posts' });
  });

  it('lists the agency-workers target (no more than 15% by the end of March 2017) as overdue, due 2017-03-31', () => {
    const agency = find('no more than 15% overall by the end of March 2017');
    expect(agency).toMatchObject({ reportBack: 'not-reported', overdue: true, due: { date: '2017-03-31', precision: 'month' } });
    expect(agency!.owner).toMatch(/Brigid Jones/);
    expect(agency!.target).toMatchObject({ kind: 'percentage', value: 15, bound: 'max' });
  });

  it('lists the undated 2009 promise to audit again in Jan/Feb 2010 as overdue, due at the end of the range, owned by Les Lawrence', () => {
    const audit = find('again in Jan/Feb 2010');
    expect(audit).toMatchObject({ reportBack: 'not-reported', overdue: true, madeOn: null, due: { date: '2010-02-28', precision: 'range', text: 'Jan/Feb 2010' } });
    expect(audit!.owner).toMatch(/Les Lawrence/);
  });

  it('puts the overdue promises first', () => {
    const firstNotOverdue = items.findIndex((i) => !i.overdue);
    expect(items.slice(0, Math.max(firstNotOverdue, 0)).every((i) => i.overdue)).toBe(true);
    expect(items.slice(firstNotOverdue).some((i) => i.overdue)).toBe(false);
  });

  it('does not list statements of fact or past results', () => {
    for (const fact of ['We have 24000 children in need', 'Turnover and vacancy levels are down', 'We have stabilised staffing', 'The Le Grand review confirmed our approach']) {
      expect(items.some((i) => i.text.includes(fact)), fact).toBe(false);
    }
  });

  it('quotes each commitment verbatim from its paper and keeps ids stable', async () => {
    for (const item of items) {
      const paper = await deps.papers.get(item.paper.id);
      expect(paper!.pages.some((p) => p.text.replace(/\s+/g, ' ').includes(item.text))).toBe(true);
    }
    const again = await listActions(deps, { asOf: '2026-11-22', committee: 'seeds', scope: SCOPE });
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('gives the JSON contract', () => {
    const json = toActionJson(find('Jan/Feb 2010')!);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['id', 'text', 'paper', 'page', 'madeOn', 'owner', 'due', 'target', 'reportBack', 'evidence', 'overdue', 'progress', 'note']));
    expect(json.paper).toMatchObject({ file: '000_8329802debfad264.txt', date: null });
    expect(json.progress).toBe('open');
  });

  it('filters by status: the dated promises are overdue now, and nothing was overdue on 1 January 2009', async () => {
    const overdue = await listActions(deps, { asOf: '2026-11-22', committee: 'seeds', status: 'overdue', scope: SCOPE });
    expect(overdue.map((i) => i.due?.date).sort()).toEqual(expect.arrayContaining(['2010-02-28', '2017-03-31', '2017-06-03']));
    const early = await listActions(deps, { asOf: '2009-01-01', committee: 'seeds', status: 'overdue', scope: SCOPE });
    expect(early).toEqual([]);
  });
});
