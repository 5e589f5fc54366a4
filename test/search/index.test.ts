import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Paper, Scope } from '../../src/domain.ts';
import { analysePaper, openSearchIndex, passagesOf, type SqliteSearchIndex } from '../../src/search/index.ts';
import { openKvStore, PaperRepo } from '../../src/store/index.ts';
import { makePaper, seedPapers } from './papers.ts';

const open: Scope = { allowConfidential: true };

async function newRepo(): Promise<PaperRepo> {
  return new PaperRepo((await openKvStore('memory:')).kv);
}

/** Counts the pages the index reads from the store by wrapping this repo's `load` (observation, not a stand-in). */
function countLoads(repo: PaperRepo): { count: number } {
  const counter = { count: 0 };
  const load = repo.load.bind(repo);
  repo.load = async (meta) => {
    counter.count += 1;
    return load(meta);
  };
  return counter;
}

describe('sync', () => {
  let repo: PaperRepo;
  let index: SqliteSearchIndex;
  beforeEach(async () => {
    repo = await newRepo();
    for (const p of seedPapers()) await repo.put(p);
    index = openSearchIndex(':memory:');
  });
  afterEach(() => index.close());

  it('indexes every passage once, and a second sync does nothing', async () => {
    const loads = countLoads(repo);
    await index.sync(repo);
    expect(index.lastSync()).toMatchObject({ added: 5, replaced: 0, removed: 0 });
    expect(loads.count).toBe(5);
    const size = index.size();
    expect(size).toBe(seedPapers().reduce((n, p) => n + passagesOf(p).length, 0));
    await index.sync(repo);
    expect(index.lastSync()).toBeNull();
    expect(loads.count).toBe(5);
    expect(index.size()).toBe(size);
  });

  it('reads only the catalogue revision when it has not moved since the last sync, and catches up when it moves', async () => {
    await index.sync(repo);
    let catalogReads = 0;
    const catalog = repo.catalog.bind(repo);
    repo.catalog = async () => {
      catalogReads += 1;
      return catalog();
    };
    for (let i = 0; i < 3; i++) await index.sync(repo);
    expect(catalogReads).toBe(0);
    await repo.put(makePaper('late', ['The aardvark survey was published late.']));
    catalogReads = 0;
    await index.sync(repo);
    expect(catalogReads).toBeGreaterThan(0);
    expect(index.lastSync()).toMatchObject({ added: 1 });
    expect(index.search('aardvark', { scope: open }).map((h) => h.paperId)).toEqual(['late']);
  });

  it('indexes passages analysed elsewhere without reading the paper back, with the same results', async () => {
    await index.sync(repo);
    const paper = makePaper('offered', ['The okapi count rose to 41 in the year.']);
    await repo.put(paper);
    index.offer(paper, analysePaper(paper));
    const loads = countLoads(repo);
    await index.sync(repo);
    expect(loads.count).toBe(0);
    expect(index.lastSync()).toMatchObject({ added: 1 });
    const offered = index.search('okapi count', { scope: open });
    const plain = openSearchIndex(':memory:');
    await plain.sync(repo);
    expect(plain.search('okapi count', { scope: open })).toEqual(offered);
    expect(offered.map((h) => h.paperId)).toEqual(['offered']);
    plain.close();
  });

  it('runs concurrent syncs one after the other, loading each paper once', async () => {
    const loads = countLoads(repo);
    await Promise.all([index.sync(repo), index.sync(repo), index.sync(repo)]);
    expect(loads.count).toBe(5);
  });

  it('replaces the passages of a paper by those of its new version', async () => {
    await repo.put(makePaper('budget', ['The zebra crossing budget was agreed.']));
    await index.sync(repo);
    expect(index.search('zebra', { scope: open }).map((h) => h.paperId)).toEqual(['budget']);
    const before = index.size();
    await repo.put(makePaper('budget', ['The giraffe enclosure budget was agreed. A second sentence about giraffes.']));
    await index.sync(repo);
    expect(index.lastSync()).toMatchObject({ added: 0, replaced: 1 });
    expect(index.search('zebra', { scope: open })).toEqual([]);
    const hits = index.search('giraffe enclosure', { scope: open }).filter((h) => h.coverage === 1);
    expect(hits.map((h) => [h.paperId, h.text])).toEqual([['budget', 'The giraffe enclosure budget was agreed. A second sentence about giraffes.']]);
    expect(index.size()).toBe(before);
  });

  it('drops the passages of a removed paper', async () => {
    await index.sync(repo);
    const size = index.size();
    const seed000 = passagesOf(seedPapers()[0]!).length;
    expect(index.search('2400 children in care', { scope: open }).some((h) => h.paperId === 'seed-000')).toBe(true);
    await repo.remove('seed-000');
    await index.sync(repo);
    expect(index.lastSync()).toMatchObject({ removed: 1 });
    expect(index.size()).toBe(size - seed000);
    expect(index.search('2400 children in care', { scope: open }).some((h) => h.paperId === 'seed-000')).toBe(false);
  });

  it('updates catalogue fields without reading pages again', async () => {
    await index.sync(repo);
    const loads = countLoads(repo);
    await repo.update('seed-004', { confidential: true, committee: 'Cabinet' });
    await index.sync(repo);
    expect(loads.count).toBe(0);
    expect(index.lastSync()).toMatchObject({ updated: 1 });
    const query = 'agency staff';
    expect(index.search(query, { scope: { allowConfidential: false } })).toEqual([]);
    expect(index.search(query, { scope: { allowConfidential: true, committees: ['Cabinet'] } }).length).toBeGreaterThan(0);
  });

  it('rebuilds from a store that has the same revision number but other papers', async () => {
    await index.sync(repo);
    const other = await newRepo();
    for (const p of seedPapers().slice(0, 3)) await other.put({ ...p, id: `other-${p.id}` });
    for (const p of seedPapers().slice(0, 2)) await other.put({ ...p, id: `more-${p.id}` });
    expect((await other.catalog()).revision).toBe((await repo.catalog()).revision);
    await index.sync(other);
    expect(index.lastSync()).toMatchObject({ added: 5, removed: 5 });
  });
});

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the index across close and reopen without reading pages again', async () => {
    const file = path.join(dir, 'nested', 'index.sqlite');
    const repo = await newRepo();
    for (const p of seedPapers()) await repo.put(p);
    const first = openSearchIndex(file);
    await first.sync(repo);
    const hits = first.search('How many children in care are there?', { scope: open });
    const size = first.size();
    first.close();

    const loads = countLoads(repo);
    const second = openSearchIndex(file);
    await second.sync(repo);
    expect(loads.count).toBe(0);
    expect(second.lastSync()).toBeNull();
    expect(second.size()).toBe(size);
    expect(second.search('How many children in care are there?', { scope: open })).toEqual(hits);
    second.close();
  });

  it('rebuilds from the store when the schema version differs', async () => {
    const file = path.join(dir, 'index.sqlite');
    const repo = await newRepo();
    for (const p of seedPapers()) await repo.put(p);
    const first = openSearchIndex(file);
    await first.sync(repo);
    first.close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = 'an-old-version' WHERE key = 'schema'").run();
    db.close();

    const loads = countLoads(repo);
    const second = openSearchIndex(file);
    expect(second.size()).toBe(0);
    await second.sync(repo);
    expect(loads.count).toBe(5);
    expect(second.search('agency staff', { scope: open }).length).toBeGreaterThan(0);
    second.close();
  });

  it('starts afresh when the file is not a database', async () => {
    const file = path.join(dir, 'index.sqlite');
    fs.writeFileSync(file, 'this is not a database '.repeat(100));
    const index = openSearchIndex(file);
    const repo = await newRepo();
    await repo.put(seedPapers()[0]!);
    await index.sync(repo);
    expect(index.size()).toBeGreaterThan(0);
    index.close();
  });
});

describe('scope filters', () => {
  let index: SqliteSearchIndex;
  const papers: Paper[] = [
    makePaper('a', ['Foster carers were recruited in the spring.'], { committee: 'Children', date: '2014-03-01' }),
    makePaper('b', ['Foster carers were thanked by the panel.'], { committee: 'Children', date: '2016-06-01', confidential: true }),
    makePaper('c', ['Foster carers need more support.'], { committee: 'Cabinet', date: '2018-01-10' }),
    makePaper('d', ['Foster carers were discussed again.'], { committee: 'Cabinet', date: null }),
  ];
  beforeEach(async () => {
    const repo = await newRepo();
    for (const p of papers) await repo.put(p);
    index = openSearchIndex(':memory:');
    await index.sync(repo);
  });
  afterEach(() => index.close());
  const ids = (scope: Scope, extra: { after?: string; before?: string } = {}) =>
    index.search('foster carers', { scope, ...extra }).map((h) => h.paperId).sort();

  it('excludes confidential papers unless allowed', () => {
    expect(ids({ allowConfidential: false })).toEqual(['a', 'c', 'd']);
    expect(ids({ allowConfidential: true })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by committee and by paper id', () => {
    expect(ids({ allowConfidential: true, committees: ['Children'] })).toEqual(['a', 'b']);
    expect(ids({ allowConfidential: false, committees: ['Children'] })).toEqual(['a']);
    expect(ids({ allowConfidential: true, paperIds: ['c', 'b'] })).toEqual(['b', 'c']);
    expect(ids({ allowConfidential: true, committees: ['Nobody'] })).toEqual([]);
  });

  it('filters by paper date, inclusive, leaving undated papers out of a range', () => {
    expect(ids(open, { after: '2016-06-01' })).toEqual(['b', 'c']);
    expect(ids(open, { before: '2016-06-01' })).toEqual(['a', 'b']);
    expect(ids(open, { after: '2015-01-01', before: '2017-01-01' })).toEqual(['b']);
  });

  it('honours the limit', () => {
    expect(index.search('foster carers', { scope: open, limit: 2 })).toHaveLength(2);
  });
});
