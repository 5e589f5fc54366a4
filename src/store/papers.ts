import type Keyv from 'keyv';
import type { Page, Paper, PaperMeta } from '../domain.ts';
import { SEGMENTATION_VERSION } from '../ingest/segmentation.ts';
import { resegmentPages } from '../ingest/sentences.ts';
import type { AtomicStore } from './atomic.ts';
import { atomicFor } from './open.ts';

/** The catalogue is the commit point: a paper exists once, and only once, its entry is written here. */
export interface Catalog {
  revision: number;
  papers: Record<string, PaperMeta>;
}

const CATALOG = 'catalog';
const bodyKey = (id: string, hash: string) => `paper:${id}:${hash}`;

/** A paper's pages as stored, with the segmentation version that made their sentences (absent before versions were kept). */
interface StoredBody {
  pages: Page[];
  segmentation?: string;
}

const storedBody = (pages: Page[]): StoredBody => ({ pages, segmentation: SEGMENTATION_VERSION });

/**
 * Papers in the store. A paper's pages are written first under a key of their own version (plain keyv);
 * its catalogue entry is then committed by an atomic compare-and-set on the catalogue, so a crash midway leaves
 * the store as it was and a commit from another process is never overwritten (it is re-applied on top instead).
 */
export class PaperRepo {
  private cached: { version: number; catalog: Catalog } | null = null;
  private readonly atomic: AtomicStore;

  constructor(private readonly kv: Keyv, atomic?: AtomicStore) {
    this.atomic = atomic ?? atomicFor(kv);
  }

  /** The catalogue of papers, newest revision (read-only: writers change it through commits). Re-read only when it moved. */
  async catalog(): Promise<Catalog> {
    const version = await this.atomic.version(CATALOG);
    if (this.cached && version !== 0 && this.cached.version === version) return this.cached.catalog;
    const read = await this.atomic.read<Catalog>(CATALOG);
    const cat = read.value ?? { revision: 0, papers: {} };
    this.cached = read.version !== 0 ? { version: read.version, catalog: cat } : null;
    return cat;
  }

  /** A token that moves with every catalogue commit (one small read), or null when the store has no catalogue yet. */
  async revision(): Promise<number | null> {
    const version = await this.atomic.version(CATALOG);
    return version === 0 ? null : version;
  }

  /** Applies a change to the catalogue as one atomic commit (re-run on the newer catalogue when another writer won). */
  private commit<R>(change: (cat: Catalog) => { changed: boolean; result: R }): Promise<R> {
    return this.atomic.update<Catalog, R>(CATALOG, (current) => {
      const cat = structuredClone(current ?? { revision: 0, papers: {} });
      const { changed, result } = change(cat);
      if (!changed) return { skip: true, result };
      cat.revision += 1;
      return { value: cat, result };
    });
  }

  /** All papers' metadata, oldest first by date then title. */
  async list(): Promise<PaperMeta[]> {
    return Object.values((await this.catalog()).papers).sort(byDateThenTitle);
  }

  async meta(id: string): Promise<PaperMeta | null> {
    return (await this.catalog()).papers[id] ?? null;
  }

  /** A paper with its pages, or null. */
  async get(id: string): Promise<Paper | null> {
    const meta = await this.meta(id);
    return meta ? this.load(meta) : null;
  }

  /** The pages of a catalogued version; segmented again when they were stored by another segmentation version. */
  async load(meta: PaperMeta): Promise<Paper | null> {
    const body = (await this.kv.get(bodyKey(meta.id, meta.hash))) as StoredBody | undefined;
    if (!body) return null;
    return { ...meta, pages: body.segmentation === SEGMENTATION_VERSION ? body.pages : resegmentPages(meta.format, body.pages) };
  }

  /** Writes a paper (a new one, or a new version of one) and commits it to the catalogue. Returns the version it replaced. */
  async put(paper: Paper): Promise<PaperMeta | null> {
    const { pages, ...meta } = paper;
    await this.kv.set(bodyKey(meta.id, meta.hash), storedBody(pages));
    const previous = await this.commit((cat) => {
      const before = cat.papers[meta.id] ?? null;
      cat.papers[meta.id] = meta;
      return { changed: true, result: before };
    });
    if (previous && previous.hash !== meta.hash) await this.kv.delete(bodyKey(previous.id, previous.hash));
    return previous;
  }

  /** Writes many new papers and commits them with one catalogue revision (bulk loads; ingest commits file by file). */
  async putMany(papers: Paper[]): Promise<void> {
    for (const { pages, ...meta } of papers) await this.kv.set(bodyKey(meta.id, meta.hash), storedBody(pages));
    const replaced = await this.commit((cat) => {
      const before: PaperMeta[] = [];
      for (const { pages: _pages, ...meta } of papers) {
        const old = cat.papers[meta.id];
        if (old && old.hash !== meta.hash) before.push(old);
        cat.papers[meta.id] = meta;
      }
      return { changed: papers.length > 0, result: before };
    });
    for (const old of replaced) await this.kv.delete(bodyKey(old.id, old.hash));
  }

  /** Updates catalogue fields of a paper (for example its confidentiality) without touching its pages. */
  async update(id: string, patch: Partial<Pick<PaperMeta, 'confidential' | 'committee' | 'date' | 'dateSource' | 'title' | 'kind'>>): Promise<PaperMeta | null> {
    return this.commit((cat) => {
      const meta = cat.papers[id];
      if (!meta) return { changed: false, result: null };
      cat.papers[id] = { ...meta, ...patch };
      return { changed: true, result: cat.papers[id] };
    });
  }

  /** Takes a paper out. Returns what was removed, or null when there was no such paper. */
  async remove(id: string): Promise<PaperMeta | null> {
    const meta = await this.commit((cat) => {
      const found = cat.papers[id];
      if (!found) return { changed: false, result: null };
      delete cat.papers[id];
      return { changed: true, result: found };
    });
    if (meta) await this.kv.delete(bodyKey(meta.id, meta.hash));
    return meta;
  }

  /** The paper already holding these exact bytes, if any. */
  async findByHash(hash: string): Promise<PaperMeta | null> {
    return Object.values((await this.catalog()).papers).find((p) => p.hash === hash) ?? null;
  }

  /** Keys of stored paper bodies that no catalogue entry points to (left by a crash between body and commit). */
  async orphanBodies(): Promise<string[]> {
    const wanted = new Set(Object.values((await this.catalog()).papers).map((m) => bodyKey(m.id, m.hash)));
    const found: string[] = [];
    const prefix = this.kv.namespace ? `${this.kv.namespace}:` : '';
    if (!this.kv.iterator) return found;
    for await (const [key] of this.kv.iterator(this.kv.namespace)) {
      const k = String(key).startsWith(prefix) ? String(key).slice(prefix.length) : String(key);
      if (k.startsWith('paper:') && !wanted.has(k)) found.push(k);
    }
    return found;
  }
}

/** Orders papers by date (undated last), then title. */
export function byDateThenTitle(a: PaperMeta, b: PaperMeta): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title);
}
