import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMark } from '../../src/actions/marks.ts';
import { openKvStore, PaperRepo } from '../../src/store/index.ts';
import { runScrutiny } from '../support/cli.ts';
import { spawnScrutiny } from '../support/spawn.ts';
import { freshNamespace, sharedStores, tempDir, type SharedStore } from '../support/stores.ts';

const OFSTED = path.resolve('../shared/ofsted');
/** Three disjoint pairs of authorities: each process loads one pair. */
const FOLDERS = [['barnet', 'bedford'], ['barnsley', 'bexley'], ['blackpool', 'bracknell-forest']].map((pair) => pair.map((a) => path.join(OFSTED, a)));

function targets(): SharedStore[] {
  return sharedStores('concurrency');
}


describe.each(targets())('several processes on one store: $name', ({ url }) => {
  const data = tempDir();
  const ns = freshNamespace();
  const storeUrl = url ?? `sqlite://${path.join(data, 'store.sqlite')}`;
  const args = (...rest: string[]) => ['--data', data, '--store', storeUrl, ...rest];
  const env = { SCRUTINY_NAMESPACE: ns };

  it('three concurrent loads of disjoint folders keep every paper, with no orphaned bodies', async () => {
    const runs = await Promise.all(FOLDERS.map((folders) => spawnScrutiny(args('ingest', ...folders, '--json'), env)));
    const added: string[] = [];
    const failed: string[] = [];
    for (const r of runs) {
      const outcomes = JSON.parse(r.stdout) as Array<{ file: string; status: string; paper?: { id: string } }>;
      for (const o of outcomes) if (o.status === 'added') added.push(o.paper!.id);
      for (const o of outcomes) if (o.status === 'failed') failed.push(o.file);
      expect(r.code, r.stderr).toBe(outcomes.some((o) => o.status === 'failed') ? 1 : 0);
    }
    // The one bad file among them: a web page saved with a .pdf name.
    expect(failed).toEqual(['blackpool-2012-07-13.pdf']);
    const files = FOLDERS.flat().flatMap((f) => fs.readdirSync(f).filter((n) => n.endsWith('.pdf') && !failed.includes(n)));
    expect(added).toHaveLength(files.length);
    const listed = runScrutiny(args('papers', '--json'), env);
    expect(listed.code, listed.stderr).toBe(0);
    const papers = JSON.parse(listed.stdout) as Array<{ id: string; file: string }>;
    expect(papers.map((p) => p.id).sort()).toEqual([...added].sort());
    expect(papers.map((p) => p.file).sort()).toEqual([...files].sort());

    // @keyv/postgres keeps one pool per process: each store opened here is closed before the next opens.
    const store = await openKvStore(storeUrl, ns);
    const repo = new PaperRepo(store.kv, store.atomic);
    const orphans = await repo.orphanBodies();
    const revision = (await repo.catalog()).revision;
    await store.close();
    expect(orphans).toEqual([]);
    expect(revision).toBe(files.length);
  }, 300_000);

  it('ten concurrent marks on one commitment are all kept, in the history', async () => {
    const markData = tempDir();
    const markNs = freshNamespace();
    const markStore = url ?? `sqlite://${path.join(markData, 'store.sqlite')}`;
    const args = (...rest: string[]) => ['--data', markData, '--store', markStore, ...rest];
    const env = { SCRUTINY_NAMESPACE: markNs };
    expect(runScrutiny(args('ingest', 'seeds'), env).code).toBe(0);
    const listed = runScrutiny(args('actions', '--json'), env);
    expect(listed.code, listed.stderr).toBe(0);
    const id = (JSON.parse(listed.stdout) as Array<{ id: string }>)[0]!.id;
    const notes = Array.from({ length: 10 }, (_, i) => `note ${i}`);
    const runs = await Promise.all(notes.map((note) => spawnScrutiny(args('actions', 'mark', id, 'on-track', '--note', note), env)));
    runs.forEach((r, i) => {
      expect(r.code, r.stderr).toBe(0);
      // Each clerk is told of the mark they made, not of one made by another process at the same moment.
      expect(r.stdout).toContain(`on-track (${notes[i]}) by`);
    });
    const store = await openKvStore(markStore, markNs);
    const mark = await readMark(store.kv, id);
    await store.close();
    expect(mark?.history.map((h) => h.note).sort()).toEqual(notes);
  }, 180_000);
});
