import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKvStore, PaperRepo, type KvStore } from '../../src/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { fixedClock } from '../../src/clock.ts';
import { openSearchIndex } from '../../src/search/index.ts';
import { describeOutcome, ingestPaths, type IngestOutcome } from '../../src/ingest/index.ts';
import { makePdf, shapesPage, textPage } from './make-pdfs.ts';

const CORPUS = path.resolve('../shared/corpus');
let dir: string;
let store: KvStore;
let papers: PaperRepo;
const index = openSearchIndex(':memory:');
const deps = () => ({ papers, index, clock: fixedClock('2026-01-01T00:00:00Z'), log: silentLogger });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bad-'));
  const good = fs.readFileSync(path.join(CORPUS, 'kent/full_council_2025-03-13/CPP Minutes 10.12.24.pdf'));
  const write = (name: string, bytes: Buffer) => fs.writeFileSync(path.join(dir, name), bytes);
  write('empty.pdf', Buffer.alloc(0));
  write('empty.txt', Buffer.alloc(0));
  write('truncated.pdf', good.subarray(0, Math.floor(good.length / 3)));
  write('garbage.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256))]));
  write('scan.pdf', await makePdf([shapesPage, shapesPage, shapesPage]));
  write('locked.pdf', await makePdf([textPage('Exempt minutes of the panel.')], { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }));
  write('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 0]));
  write('blob.bin', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 31) % 256)));
  fs.copyFileSync(path.join(CORPUS, 'bad/ofsted-2012-not-a-pdf.pdf'), path.join(dir, 'ofsted-2012-not-a-pdf.pdf'));
  store = await openKvStore('memory:');
  papers = new PaperRepo(store.kv);
  await ingestPaths(deps(), [path.resolve('seeds', fs.readdirSync('seeds')[1]!)], {});
});

afterAll(async () => {
  index.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const REASONS: Record<string, [string, RegExp]> = {
  'empty.pdf': ['PDF_EMPTY', /empty PDF \(the file is 0 bytes\)/],
  'empty.txt': ['EMPTY_FILE', /empty file \(0 bytes\)/],
  'truncated.pdf': ['PDF_CORRUPT', /corrupt or truncated PDF/],
  'garbage.pdf': ['PDF_CORRUPT', /corrupt or truncated PDF/],
  'scan.pdf': ['NO_TEXT_LAYER', /no text layer \(all 3 pages are images.*OCR is not available/],
  'locked.pdf': ['PDF_ENCRYPTED', /encrypted \(password-protected\)/],
  'photo.png': ['UNSUPPORTED_FILE', /unsupported file type \(a PNG image\)/],
  'blob.bin': ['UNSUPPORTED_FILE', /unsupported file type \(binary data/],
  'ofsted-2012-not-a-pdf.pdf': ['NOT_A_PDF', /not a PDF \(the file is an HTML web page saved with a \.pdf name\)/],
};

describe('bad input', () => {
  it('refuses each bad file with one line naming it and the reason, and leaves the store as it was', async () => {
    for (const [name, [code, reason]] of Object.entries(REASONS)) {
      const before = await papers.catalog();
      const [outcome] = (await ingestPaths(deps(), [path.join(dir, name)], {})) as [IngestOutcome];
      expect(outcome.status, name).toBe('failed');
      if (outcome.status !== 'failed') continue;
      expect(outcome.error.code, name).toBe(code);
      expect(outcome.error.message, name).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}: `));
      expect(outcome.error.message, name).toMatch(reason);
      expect(outcome.error.message, name).not.toContain('\n');
      expect(describeOutcome(outcome)).toContain(outcome.error.message);
      expect(await papers.catalog(), name).toEqual(before);
    }
    expect((await papers.list()).map((p) => p.file)).toEqual([fs.readdirSync('seeds')[1]]);
  });

  it('loads a folder’s good files and lists every failure', async () => {
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sub', 'note.txt'), 'Panel note\nThe panel agreed the plan on 3 May 2024.\n');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'should be skipped');
    const outcomes = await ingestPaths(deps(), [dir], {});
    expect(outcomes.filter((o) => o.status === 'failed').map((o) => o.file).sort()).toEqual(Object.keys(REASONS).sort());
    const ok = outcomes.filter((o) => o.status !== 'failed');
    expect(ok.map((o) => o.file)).toEqual(['note.txt']);
    expect(ok[0]!.status === 'added' && ok[0]!.paper.committee).toBe('sub');
    expect(outcomes.some((o) => o.file === '.hidden.txt')).toBe(false);
  });

  it('loads a partly image-only PDF with a warning naming the image pages', async () => {
    const file = path.join(dir, 'mixed.pdf');
    fs.writeFileSync(file, await makePdf([textPage('Panel minutes\n\nThe panel agreed the plan.'), shapesPage, textPage('The chair thanked officers.'), shapesPage]));
    const [outcome] = (await ingestPaths(deps(), [file], { committee: 'panel' })) as [IngestOutcome];
    expect(outcome.status).toBe('added');
    if (outcome.status === 'failed') return;
    expect(outcome.paper.pageCount).toBe(4);
    expect(outcome.warnings.join(' ')).toMatch(/pages 2, 4 have no text layer.*OCR is not available/);
  });

  it('reports a missing path as a failure naming it', async () => {
    const [outcome] = (await ingestPaths(deps(), [path.join(dir, 'nope.pdf')], {})) as [IngestOutcome];
    expect(outcome).toMatchObject({ status: 'failed', file: 'nope.pdf' });
    expect(outcome.status === 'failed' && outcome.error.code).toBe('NOT_FOUND');
  });
});
