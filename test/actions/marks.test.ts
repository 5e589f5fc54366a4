import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActions, markAction, parseProgress, readMark } from '../../src/actions/index.ts';
import { loadConfig } from '../../src/config.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { AppError } from '../../src/errors.ts';
import { loadedDeps, SEEDS } from './support.ts';

const SEED_004 = path.join(SEEDS, '004_29d27da8ec13e91a.txt');

describe('clerks mark commitments', () => {
  it('keeps marks with who and when, across re-loading the paper and a restart on the same sqlite file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actions-marks-'));
    const url = `sqlite://${path.join(dir, 'store.sqlite')}`;
    const config = loadConfig({ SCRUTINY_DATA: dir }, {}, dir);
    const first = await loadedDeps([{ paths: [SEEDS], committee: 'seeds' }], url);
    const deps1 = { ...first, config };
    const posts = (await listActions(deps1, { asOf: '2026-11-22', scope: { allowConfidential: false } })).find((i) => i.text.includes('40 posts'))!;

    const marked = await markAction(deps1, posts.id, 'slipped', { note: 'only 25 posts in year one', by: 'clerk.anna' });
    expect(marked).toMatchObject({ id: posts.id, progress: 'slipped', note: 'only 25 posts in year one' });
    expect(marked!.history).toEqual([{ progress: 'slipped', note: 'only 25 posts in year one', by: 'clerk.anna', at: '2026-11-22T09:00:00.000Z' }]);

    first.clock.set('2026-11-23T10:30:00Z');
    const reloaded = await ingestPaths(first, [SEED_004], { committee: 'seeds' });
    expect(reloaded[0]!.status).toBe('unchanged');
    await markAction(deps1, posts.id, 'not-achieved', { by: 'clerk.ben' });
    first.index.close();
    await first.store.close();

    const second = await loadedDeps([], url);
    const deps2 = { ...second, config };
    const after = (await listActions(deps2, { asOf: '2026-11-22', scope: { allowConfidential: false } })).find((i) => i.id === posts.id)!;
    expect(after.progress).toBe('not-achieved');
    expect(after.history.map((h) => [h.progress, h.by, h.at])).toEqual([
      ['slipped', 'clerk.anna', '2026-11-22T09:00:00.000Z'],
      ['not-achieved', 'clerk.ben', '2026-11-23T10:30:00.000Z'],
    ]);
    expect((await readMark(second.kv, posts.id))!.history).toHaveLength(2);
    second.index.close();
    await second.store.close();
  });

  it('keeps the mark when the paper is loaded again as a new version (same committee, same sentence)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actions-reload-'));
    const file = path.join(dir, '004_29d27da8ec13e91a.txt');
    fs.copyFileSync(SEED_004, file);
    const deps = { ...(await loadedDeps([{ paths: [file], committee: 'seeds' }])), config: loadConfig({ SCRUTINY_DATA: dir }, {}, dir) };
    const agency = (await listActions(deps, { asOf: '2026-11-22', scope: { allowConfidential: false } })).find((i) => i.text.includes('15% overall'))!;
    await markAction(deps, agency.id, 'achieved', { note: 'agency use 12% in March 2017', by: 'clerk.anna' });
    fs.appendFileSync(file, '\nA further comment added after publication.\n');
    expect((await ingestPaths(deps, [file], { committee: 'seeds' }))[0]!.status).toBe('replaced');
    const again = (await listActions(deps, { asOf: '2026-11-22', scope: { allowConfidential: false } })).find((i) => i.text.includes('15% overall'))!;
    expect(again.id).toBe(agency.id);
    expect(again).toMatchObject({ progress: 'achieved', note: 'agency use 12% in March 2017', overdue: false });
  });

  it('refuses an unknown id (writes nothing) and an unknown progress word', async () => {
    const deps = { ...(await loadedDeps([{ paths: [SEEDS], committee: 'seeds' }])), config: loadConfig({}, {}, os.tmpdir()) };
    expect(await markAction(deps, 'no-such-id', 'achieved', { by: 'x' })).toBeNull();
    expect(await readMark(deps.kv, 'no-such-id')).toBeNull();
    expect(() => parseProgress('done')).toThrow(AppError);
    expect(parseProgress('On-Track')).toBe('on-track');
  });
});
