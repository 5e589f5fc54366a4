import { afterEach, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain.ts';
import { openKvStore, PaperRepo, type KvStore } from '../../src/store/index.ts';
import { freshNamespace, storeUrls } from '../support/stores.ts';

function paper(id: string, hash: string, text: string): Paper {
  return {
    id, hash, title: `Paper ${id}`, file: `${id}.txt`, format: 'text', date: '2024-10-29', dateSource: 'text',
    kind: 'minutes', author: null, committee: 'panel', confidential: false, pageCount: 1, loadedAt: '2026-11-22T00:00:00Z',
    pages: [{ number: 1, label: null, text, sentences: [{ start: 0, end: text.length, role: 'body' }] }],
  };
}

describe.each(storeUrls())('PaperRepo on $name', ({ url }) => {
  let store: KvStore;
  const others: KvStore[] = [];
  afterEach(async () => {
    await store.kv.clear();
    await store.close();
    for (const o of others.splice(0)) await o.close();
  });

  it('commits a paper through the catalogue and reads it back whole', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    expect(await repo.list()).toEqual([]);
    await repo.put(paper('a', 'h1', 'We will report back in March 2017.'));
    const got = await repo.get('a');
    expect(got?.pages[0]?.text).toBe('We will report back in March 2017.');
    expect((await repo.catalog()).revision).toBe(1);
  });

  it('segments again the pages of a paper stored by an older segmentation, and keeps those of the current one', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    const text = 'We will report back in March 2017.\nThe panel agreed to circulate the figures.';
    await repo.put(paper('a', 'h1', text));
    // As this paper is stored now: its sentences are kept as they were made, one here.
    expect((await repo.get('a'))?.pages[0]?.sentences).toHaveLength(1);
    // As a store written before segmentation versions were kept holds it.
    const stored = (await store.kv.get('paper:a:h1')) as { pages: Paper['pages'] };
    await store.kv.set('paper:a:h1', { pages: stored.pages });
    const again = (await repo.get('a'))!.pages[0]!;
    expect(again.text).toBe(text);
    expect(again.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['We will report back in March 2017.', 'The panel agreed to circulate the figures.']);
  });

  it('replaces a changed version and drops the old pages', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    await repo.put(paper('a', 'h1', 'old text'));
    const previous = await repo.put(paper('a', 'h2', 'new text'));
    expect(previous?.hash).toBe('h1');
    expect((await repo.get('a'))?.pages[0]?.text).toBe('new text');
    expect(await store.kv.get('paper:a:h1')).toBeUndefined();
    expect(await repo.findByHash('h2')).toMatchObject({ id: 'a' });
  });

  it('removes a paper and says when there was none', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    await repo.put(paper('a', 'h1', 'text'));
    expect((await repo.remove('a'))?.id).toBe('a');
    expect(await repo.remove('a')).toBeNull();
    expect(await repo.list()).toEqual([]);
  });

  it('keeps pages written before a crash invisible until the catalogue commits them', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    await repo.put(paper('a', 'h1', 'committed'));
    await store.kv.set('paper:b:h9', { pages: [] });
    expect((await repo.list()).map((p) => p.id)).toEqual(['a']);
    expect(await repo.get('b')).toBeNull();
  });

  it('serialises concurrent writes so no catalogue entry is lost', async () => {
    store = await openKvStore(url(), freshNamespace());
    const repo = new PaperRepo(store.kv);
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => repo.put(paper(id, `h-${id}`, id))));
    expect((await repo.list()).map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect((await repo.catalog()).revision).toBe(4);
  });

  it('loses no commit when two connections (as two processes would) write at once', async () => {
    const u = url();
    const ns = freshNamespace();
    store = await openKvStore(u, ns);
    const other = await openKvStore(u, ns);
    others.push(other);
    const one = new PaperRepo(store.kv, store.atomic);
    const two = new PaperRepo(other.kv, other.atomic);
    const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 === 0 ? one : two).put(paper(id, `h-${id}`, id))));
    expect((await one.list()).map((p) => p.id).sort()).toEqual([...ids].sort());
    expect((await two.catalog()).revision).toBe(ids.length);
    expect(await one.orphanBodies()).toEqual([]);
  });

  it('survives a reconnect: state lives in the store, not the process', async () => {
    const u = url();
    const ns = freshNamespace();
    store = await openKvStore(u, ns);
    await new PaperRepo(store.kv).put(paper('a', 'h1', 'persisted'));
    await store.close();
    store = await openKvStore(u, ns);
    expect((await new PaperRepo(store.kv).get('a'))?.pages[0]?.text).toBe('persisted');
  });
});

describe('openKvStore', () => {
  it('refuses an unknown URL with a message naming the choices', async () => {
    await expect(openKvStore('mongodb://x')).rejects.toThrow(/sqlite:\/\/FILE, redis:\/\/HOST:PORT or postgresql:\/\/HOST\/DB/);
  });

  it('names the store it could not reach', async () => {
    await expect(openKvStore('redis://127.0.0.1:1')).rejects.toThrow(/Cannot open the redis store/);
  });
});

describe('PaperRepo.putMany', () => {
  it('commits a batch with one catalogue revision', async () => {
    const store = await openKvStore('memory:');
    const repo = new PaperRepo(store.kv);
    await repo.putMany([paper('a', 'h1', 'one'), paper('b', 'h2', 'two')]);
    expect((await repo.catalog()).revision).toBe(1);
    expect((await repo.get('b'))?.pages[0]?.text).toBe('two');
  });
});

describe('PaperRepo catalogue cache', () => {
  it('sees another instance\'s commit on the same store', async () => {
    const store = await openKvStore('memory:');
    const one = new PaperRepo(store.kv);
    const two = new PaperRepo(store.kv);
    await one.put(paper('a', 'h1', 'one'));
    expect((await two.list()).map((p) => p.id)).toEqual(['a']);
    await two.put(paper('b', 'h2', 'two'));
    expect((await one.list()).map((p) => p.id)).toEqual(['a', 'b']);
    await one.remove('a');
    expect((await two.list()).map((p) => p.id)).toEqual(['b']);
  });
});
