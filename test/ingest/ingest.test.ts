import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKvStore, PaperRepo, type KvStore } from '../../src/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { fixedClock } from '../../src/clock.ts';
import { openSearchIndex } from '../../src/search/index.ts';
import { committeeFromPath, ingestBytes, ingestPaths, NO_DATE_WARNING, type IngestOutcome } from '../../src/ingest/index.ts';

const SEEDS = path.resolve('seeds');
const seed = (prefix: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!);
let dir: string;
let store: KvStore;
let papers: PaperRepo;
const index = openSearchIndex(':memory:');
const deps = () => ({ papers, index, clock: fixedClock('2026-01-01T00:00:00Z'), log: silentLogger });
const ok = (o: IngestOutcome) => {
  if (o.status === 'failed') throw o.error;
  return o;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  store = await openKvStore('memory:');
  papers = new PaperRepo(store.kv);
});

afterAll(async () => {
  index.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('committeeFromPath', () => {
  it('takes the folder name without a trailing date', () => {
    expect(committeeFromPath('kent/cabinet_2025-01-30/x.pdf')).toBe('cabinet');
    expect(committeeFromPath('kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf')).toBe('full_council');
    expect(committeeFromPath('/a/scrutiny/x.pdf')).toBe('scrutiny');
  });
});

describe('loading the seeds', () => {
  it('adds all five, indexes them, and warns about the one without a date', async () => {
    const outcomes = (await ingestPaths(deps(), [SEEDS], {})).map(ok);
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    expect(outcomes[0]!.warnings).toEqual([NO_DATE_WARNING]);
    expect(outcomes.slice(1).every((o) => o.warnings.length === 0)).toBe(true);
    expect((await papers.list()).length).toBe(5);
    const hits = index.search('agency workers 15%', { scope: { allowConfidential: false }, limit: 3 });
    expect(hits[0]?.paperId).toBe(outcomes[4]!.paper.id);
  });

  it('changes nothing when the same bytes are loaded again', async () => {
    const before = await papers.catalog();
    const outcomes = (await ingestPaths(deps(), [seed('001')], {})).map(ok);
    expect(outcomes[0]).toMatchObject({ status: 'unchanged', file: path.basename(seed('001')), warnings: [] });
    expect(await papers.catalog()).toEqual(before);
  });

  it('names the paper already holding identical bytes loaded under another name', async () => {
    const copy = path.join(dir, 'seeds', 'copy-of-002.txt');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(seed('002'), copy);
    const before = await papers.catalog();
    const o = ok((await ingestPaths(deps(), [copy], {}))[0]!);
    expect(o.status).toBe('unchanged');
    expect(o.paper.file).toBe(path.basename(seed('002')));
    expect(o.warnings.join(' ')).toContain(path.basename(seed('002')));
    expect(await papers.catalog()).toEqual(before);
  });

  it('replaces the old version when the same file comes back with changed bytes', async () => {
    const file = path.join(dir, 'seeds', path.basename(seed('003')));
    const original = fs.readFileSync(seed('003'), 'utf8');
    const id = (await papers.list()).find((p) => p.file === path.basename(file))!.id;
    fs.writeFileSync(file, original.replace('Cllr Anita Ward, chair', 'Councillor Anita Ward, the chair'));
    const o = ok(await ingestBytes(deps(), file, fs.readFileSync(file), {}));
    expect(o.status).toBe('replaced');
    expect(o.paper.id).toBe(id);
    expect((await papers.list()).length).toBe(5);
    const stored = await papers.get(id);
    expect(stored!.pages[0]!.text).toContain('Councillor Anita Ward, the chair');
    expect(index.search('Councillor Anita Ward chair', { scope: { allowConfidential: false } })[0]?.text).toContain('Councillor Anita Ward');
  });

  it('honours --committee, --date and --confidential', async () => {
    const file = path.join(dir, 'statement.md');
    fs.writeFileSync(file, '# Statement on fostering\n\nWe will recruit 40 more shared-lives hosts in Swanley by March 2026.\n');
    const o = ok((await ingestPaths(deps(), [file], { committee: 'cabinet', date: '2025-05-01', confidential: true }))[0]!);
    expect(o.paper).toMatchObject({ committee: 'cabinet', date: '2025-05-01', dateSource: 'option', confidential: true, title: 'Statement on fostering' });
    expect(index.search('Swanley hosts', { scope: { allowConfidential: false } })).toHaveLength(0);
    expect(index.search('Swanley hosts', { scope: { allowConfidential: true } }).length).toBeGreaterThan(0);
  });
});

describe('loading many PDFs on worker threads', () => {
  const KENT = path.resolve('../shared/corpus/kent/cabinet_2025-03-04');

  it('reports every file as it finishes, returns the outcomes in the order given, and loads each paper whole', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'many-'));
    const names = fs.readdirSync(KENT).sort();
    for (const name of names) fs.copyFileSync(path.join(KENT, name), path.join(folder, name));
    // The same bytes under a second name, in the same load: one copy is loaded, the other is named as identical.
    fs.copyFileSync(path.join(KENT, names[0]!), path.join(folder, 'zz copy.pdf'));
    fs.writeFileSync(path.join(folder, 'broken.pdf'), '%PDF-1.4\nthis is not a real PDF body');
    const seen: Array<{ file: string; done: number; pages: number; failed: number }> = [];
    let started = 0;
    const outcomes = await ingestPaths(deps(), [folder], { committee: 'parallel' }, {
      onStart: (n) => (started = n),
      onFile: (o, p) => seen.push({ file: o.file, done: p.done, pages: p.pages, failed: p.failed }),
    });
    const files = [...names, 'broken.pdf', 'zz copy.pdf'].sort((a, b) => a.localeCompare(b));
    expect(started).toBe(files.length);
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(seen.map((s) => s.done)).toEqual(files.map((_, i) => i + 1));
    expect(seen.map((s) => s.file).sort()).toEqual([...files].sort());
    const last = seen.at(-1)!;
    expect(last.failed).toBe(1);
    const byFile = new Map(outcomes.map((o) => [o.file, o]));
    expect(byFile.get('broken.pdf')).toMatchObject({ status: 'failed', error: { code: 'PDF_CORRUPT' } });
    const copy = byFile.get('zz copy.pdf')!;
    expect(copy.status).toBe('unchanged');
    expect(ok(copy).warnings.join(' ')).toContain(`identical to ${names[0]}`);
    const added = outcomes.filter((o) => o.status === 'added').map(ok);
    expect(added).toHaveLength(names.length);
    expect(last.pages).toBe(added.reduce((n, o) => n + o.paper.pageCount, 0) + ok(copy).paper.pageCount);
    for (const o of added) {
      const stored = await papers.get(o.paper.id);
      expect(stored?.pages).toHaveLength(o.paper.pageCount);
      // Askable once the load returns: the index holds the paper (its title's terms are indexed with every passage).
      expect(index.search(o.paper.title, { scope: { allowConfidential: true, committees: ['parallel'] }, limit: 400 }).some((h) => h.paperId === o.paper.id)).toBe(true);
    }
  });
});
