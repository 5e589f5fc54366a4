import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/index.ts';
import type { Deps } from '../../src/deps.ts';
import type { Paper } from '../../src/domain.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { citationHolds } from '../../src/quote.ts';
import { tempDeps, SEEDS, CORPUS, OFSTED } from '../support/deps.ts';
import { storeUrls } from '../support/stores.ts';

async function allQuotesHold(deps: Deps, citations: Array<{ paper: { id: string } }>): Promise<boolean> {
  for (const c of citations) {
    const paper = (await deps.papers.get(c.paper.id)) as Paper;
    if (!paper || !citationHolds(c as never, paper)) return false;
  }
  return true;
}

describe.each(storeUrls())('ask on the seeds ($name)', ({ url }) => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps({ storeUrl: url() });
    await ingestPaths(deps, [SEEDS], { committee: 'seeds' });
  });
  afterAll(async () => {
    await deps.kv.clear();
    await deps.close();
  });

  it('answers how many children are in care with the verbatim figure and its paper', async () => {
    const a = await ask(deps, 'How many children in care are there?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2400 children in care');
    // The statement is undated, and the lead says so.
    expect(a.answer).toMatch(/\(undated\)$/);
    expect(a.citations[0]?.quote).toContain('2400 children in care');
    expect(a.citations[0]?.paper.file).toBe('000_8329802debfad264.txt');
    expect(a.citations[0]?.page).toBeNull();
    expect(await allQuotesHold(deps, a.citations)).toBe(true);
  });

  it('finds the same figure when asked in the sector\'s other words', async () => {
    const a = await ask(deps, 'What is the number of looked after children?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.citations.slice(0, 3).some((c) => c.quote.includes('2400 children in care'))).toBe(true);
  });

  it('answers a yes-or-no question with the passage that settles it, quoted verbatim', async () => {
    const a = await ask(deps, 'Does the council use agency social workers?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain('level of agency worker use is at no more than 15% overall');
    expect(await allQuotesHold(deps, a.citations)).toBe(true);
  });

  it('answers what a target is from a sentence that sets one without the word ("no more than 15% … by the end of March 2017")', async () => {
    const a = await ask(deps, 'What is the target for agency social workers?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.quote).toContain('agency worker use is at no more than 15% overall by the end of March 2017');
    expect(await allQuotesHold(deps, a.citations)).toBe(true);
  });

  it('says plainly when the papers do not answer, showing only the closest passages', async () => {
    const a = await ask(deps, 'Who won the 2014 World Cup?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.answer).toMatch(/don't answer/);
    expect(await allQuotesHold(deps, a.closest)).toBe(true);
  });

  it('names a place no paper mentions, even as the question\'s first word, but not an ordinary first word', async () => {
    const place = await ask(deps, 'Barsetshire Ofsted 2023 judgement', { scope: { allowConfidential: false } });
    expect(place.answered).toBe(false);
    expect(place.answer).toMatch(/never mention Barsetshire/);
    const two = await ask(deps, 'Has Barsetshire signed up to the Care Leaver Covenant?', { scope: { allowConfidential: false } });
    expect(two.answer).toMatch(/never mention Barsetshire or Covenant\.$/);
    const oneName = await ask(deps, 'What did Ofsted say about Chipping Barchester in 2019?', { scope: { allowConfidential: false } });
    expect(oneName.answer).toMatch(/never mention Chipping Barchester\.$/);
    const ordinary = await ask(deps, 'Children in care - how many?', { scope: { allowConfidential: false } });
    expect(ordinary.answer).not.toMatch(/never mention/);
    expect(ordinary.answered).toBe(true);
  });

  it('cites only the committee asked about', async () => {
    const a = await ask(deps, 'How many children in care are there?', { scope: { committees: ['another-committee'], allowConfidential: false } });
    expect(a.answered).toBe(false);
    expect(a.closest).toEqual([]);
  });
});

describe('ask across the corpus', () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps();
    await ingestPaths(deps, [SEEDS, `${CORPUS}/birmingham`, `${CORPUS}/kent/full_council_2025-03-13`], {});
  });
  afterAll(() => deps.close());

  it('cites the physical page of a PDF', async () => {
    const a = await ask(deps, 'How many children lived in a privately arranged fostering placement in April 2014?', { scope: { allowConfidential: false } });
    const hit = a.citations.slice(0, 3).find((c) => /28 children lived in a privately arranged fostering/i.test(c.quote));
    expect(hit?.paper.file).toBe('ofsted-2014.pdf');
    expect(hit?.page).toBe(10);
    expect(await allQuotesHold(deps, a.citations)).toBe(true);
  });

  it('leads a question about now with the latest paper cited that counts what was asked, and says its date and what an older one gives', async () => {
    const a = await ask(deps, 'How many children in care are there?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    const first = a.citations[0]!;
    expect(first.paper.date).not.toBeNull();
    // No cited paper that counts children in care is later than the one that leads.
    const counts = a.citations.filter((c) => /children (?:in care|were being looked after)/.test(c.quote) && /\d/.test(c.quote));
    expect(counts.every((c) => (c.paper.date ?? '') <= first.paper.date!)).toBe(true);
    expect(a.answer).toMatch(/\(\d{1,2} \w+ \d{4}, the latest of the papers cited; .* gives /);
    expect(await allQuotesHold(deps, a.citations)).toBe(true);
  });

  it('reads a follow-up in the light of the question before it', async () => {
    const first = 'Who chairs the Kent Corporate Parenting Panel?';
    const a = await ask(deps, 'and who else was present?', { scope: { allowConfidential: false }, history: [first] });
    const evidence = [...a.citations, ...a.closest].slice(0, 3);
    expect(evidence.some((c) => c.paper.file === 'CPP Minutes 29.10.24.pdf' || c.paper.file === 'CPP Minutes 10.12.24.pdf')).toBe(true);
    const alone = await ask(deps, 'and who else was present?', { scope: { allowConfidential: false } });
    expect([...alone.citations, ...alone.closest].slice(0, 3).some((c) => c.paper.file.startsWith('CPP Minutes'))).toBe(false);
  });

  it('takes a report filed under the year after its inspection as that year\'s ("the 2019 inspection", inspected December 2018)', async () => {
    const a = await ask(deps, 'Who led the 2019 inspection of Birmingham?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paper.file).toBe('ofsted-2019.pdf');
    expect(a.citations[0]?.quote).toContain('Lead inspector: Pauline Higham');
  });

  it('reads a follow-up that names no place with the thread that did', async () => {
    const question = 'did things get better by the 2023 inspection?';
    const thread = await ask(deps, question, { scope: { allowConfidential: false }, history: ["What did Ofsted rate Birmingham's children's services in 2016?"] });
    const progress = (c: { quote: string; paper: { file: string } }) => c.paper.file === 'ofsted-2023.pdf' && c.quote.includes('much progress has been made by Birmingham');
    expect([...thread.citations, ...thread.closest].slice(0, 3).some(progress)).toBe(true);
    const alone = await ask(deps, question, { scope: { allowConfidential: false } });
    expect([...alone.citations, ...alone.closest].slice(0, 3).some(progress)).toBe(false);
  });

  it('reads everyday words as the papers\' own ("kids in care" finds "children in care")', async () => {
    const a = await ask(deps, 'How many kids are in care in Birmingham?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('2400 children in care');
  });

  it('answers a grade from the judgement table row, which is an answer rather than a heading', async () => {
    const a = await ask(deps, 'Birmingham overall effectiveness 2023?', { scope: { allowConfidential: false } });
    expect(a.answered).toBe(true);
    expect(a.citations[0]?.paper.file).toBe('ofsted-2023.pdf');
    expect(a.citations[0]?.quote).toMatch(/^Overall effectiveness Good/);
  });

  it('never quotes a copyright or licence notice, answered or not', async () => {
    for (const question of ['When did Ofsted inspect Birmingham in 2023?', 'What did Ofsted find?']) {
      const a = await ask(deps, question, { scope: { allowConfidential: false } });
      expect([...a.citations, ...a.closest].length, question).toBeGreaterThan(0);
      expect([...a.citations, ...a.closest].filter((c) => /©|crown copyright/i.test(c.quote)), question).toEqual([]);
    }
  });

  it('ranks a judgement table row first for the grade of one part of the service', async () => {
    const a = await ask(deps, "How did Ofsted grade Birmingham's care leavers in 2023?", { scope: { allowConfidential: false } });
    const first = a.answered ? a.citations[0] : a.closest[0];
    expect(first?.paper.file).toBe('ofsted-2023.pdf');
    expect(first?.quote.replace(/\s+/g, ' ')).toBe('The experiences and progress of care leavers Good');
  });


  it('never quotes a confidential paper outside an allowed scope', async () => {
    const [meta] = (await deps.papers.list()).filter((p) => p.file === '000_8329802debfad264.txt');
    await deps.papers.update(meta!.id, { confidential: true });
    const hidden = await ask(deps, 'How many children in care are there?', { scope: { allowConfidential: false } });
    expect([...hidden.citations, ...hidden.closest].some((c) => c.paper.id === meta!.id)).toBe(false);
    const allowed = await ask(deps, 'How many children in care are there?', { scope: { allowConfidential: true } });
    expect(allowed.citations.some((c) => c.paper.id === meta!.id)).toBe(true);
    await deps.papers.update(meta!.id, { confidential: false });
  });
});

describe('ask across successive inspections', () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps();
    await ingestPaths(deps, [`${OFSTED}/ealing`, `${OFSTED}/kirklees`], {});
  });
  afterAll(() => deps.close());

  it('leads a grade question about one part of the service with that part\'s row, not the overall grade', async () => {
    for (const [question, row] of [
      ['Ealing help and protection grade 2024', 'The experiences and progress of children who need help and protection Requires improvement to be good'],
      ['How were Kirklees care leavers rated in 2024?', 'The experiences and progress of care leavers Requires improvement to be good'],
    ] as const) {
      const a = await ask(deps, question, { scope: { allowConfidential: false } });
      expect(a.answered, question).toBe(true);
      expect(a.citations[0]?.quote.replace(/\s+/g, ' '), question).toBe(row);
      expect(a.answer.replace(/\s+/g, ' '), question).toBe(row);
    }
  });

  it('leads a grade question about the whole service with the overall grade', async () => {
    const a = await ask(deps, "How did Ofsted rate Kirklees children's services in 2024?", { scope: { allowConfidential: false } });
    expect(a.answer.replace(/\s+/g, ' ')).toMatch(/^Overall effectiveness Good/);
  });
});

describe('ask when an inspection was', () => {
  let deps: Deps;
  beforeAll(async () => {
    deps = await tempDeps();
    await ingestPaths(deps, [`${OFSTED}/st-helens`, `${OFSTED}/hammersmith-and-fulham`], {});
  });
  afterAll(() => deps.close());

  it('leads with the date of the inspection asked about, not of an earlier one the report looks back to', async () => {
    for (const [question, file, dates] of [
      // The 2019 report opens "Since the last inspection in 2014, there has been a decline …".
      ['When did the 2019 St Helens inspection happen?', 'st-helens-2019-11-04.pdf', 'Inspection dates: 23 September 2019 to 4 October 2019'],
      ['When did Ofsted inspect Hammersmith and Fulham in 2019?', 'hammersmith-and-fulham-2019-10-15.pdf', 'Inspection dates: 9 September 2019 to 13 September 2019'],
    ] as const) {
      const a = await ask(deps, question, { scope: { allowConfidential: false } });
      expect(a.answered, question).toBe(true);
      expect(a.answer.startsWith(dates), question).toBe(true);
      expect(a.citations[0]?.paper.file, question).toBe(file);
      expect(a.citations[0]?.page, question).toBe(1);
      expect(await allQuotesHold(deps, a.citations), question).toBe(true);
    }
  });
});
