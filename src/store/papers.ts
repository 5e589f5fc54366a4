import type Keyv from 'keyv';
import type { Page, Paper, PaperMeta } from '../domain.ts';

/** The catalogue is the commit point: a paper exists once, and only once, its entry is written here. */
export interface Catalog {
  revision: number;
  papers: Record<string, PaperMeta>;
}

const CATALOG = 'catalog';
/** The catalogue's revision on its own, written after the catalogue, so a reader can tell cheaply whether its copy is current. */
const CATALOG_REVISION = 'catalog-revision';
const bodyKey = (id: string, hash: string) => `paper:${id}:${hash}`;

/**
 * Papers in the keyv store. A paper's pages are written first under a key of their own version;
 * the catalogue entry is written last, so a crash midway leaves the store as it was.
 */
export class PaperRepo {
  private queue: Promise<unknown> = Promise.resolve();
  private cached: Catalog | null = null;

  constructor(private readonly kv: Keyv) {}

  /** The catalogue of papers, newest revision (read-only: writers work on a copy). Re-read only when its revision moved. */
  async catalog(): Promise<Catalog> {
    const revision = (await this.kv.get(CATALOG_REVISION)) as number | undefined;
    if (this.cached && revision !== undefined && this.cached.revision === revision) return this.cached;
    const cat = ((await this.kv.get(CATALOG)) as Catalog | undefined) ?? { revision: 0, papers: {} };
    this.cached = revision !== undefined && cat.revision === revision ? cat : null;
    return cat;
  }

  /** The catalogue's revision alone (one small read), or null when the store has none recorded. */
  async revision(): Promise<number | null> {
    const revision = (await this.kv.get(CATALOG_REVISION)) as number | undefined;
    return revision ?? null;
  }

  /** Commits a new catalogue: the catalogue itself, then its revision. */
  private async commit(cat: Catalog): Promise<void> {
    await this.kv.set(CATALOG, cat);
    await this.kv.set(CATALOG_REVISION, cat.revision);
    this.cached = cat;
  }

  private async draft(): Promise<Catalog> {
    return structuredClone(await this.catalog());
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

  /** The pages of a catalogued version. */
  async load(meta: PaperMeta): Promise<Paper | null> {
    const body = (await this.kv.get(bodyKey(meta.id, meta.hash))) as { pages: Page[] } | undefined;
    return body ? { ...meta, pages: body.pages } : null;
  }

  /** Writes a paper (a new one, or a new version of one) and commits it to the catalogue. Returns the version it replaced. */
  async put(paper: Paper): Promise<PaperMeta | null> {
    return this.serial(async () => {
      const { pages, ...meta } = paper;
      await this.kv.set(bodyKey(meta.id, meta.hash), { pages });
      const cat = await this.draft();
      const previous = cat.papers[meta.id] ?? null;
      cat.papers[meta.id] = meta;
      cat.revision += 1;
      await this.commit(cat);
      if (previous && previous.hash !== meta.hash) await this.kv.delete(bodyKey(previous.id, previous.hash));
      return previous;
    });
  }

  /** Writes many new papers and commits them with one catalogue write (bulk loads; ingest commits file by file). */
  async putMany(papers: Paper[]): Promise<void> {
    return this.serial(async () => {
      for (const { pages, ...meta } of papers) await this.kv.set(bodyKey(meta.id, meta.hash), { pages });
      const cat = await this.draft();
      for (const { pages: _pages, ...meta } of papers) cat.papers[meta.id] = meta;
      cat.revision += 1;
      await this.commit(cat);
    });
  }

  /** Updates catalogue fields of a paper (for example its confidentiality) without touching its pages. */
  async update(id: string, patch: Partial<Pick<PaperMeta, 'confidential' | 'committee' | 'date' | 'dateSource' | 'title' | 'kind'>>): Promise<PaperMeta | null> {
    return this.serial(async () => {
      const cat = await this.draft();
      const meta = cat.papers[id];
      if (!meta) return null;
      cat.papers[id] = { ...meta, ...patch };
      cat.revision += 1;
      await this.commit(cat);
      return cat.papers[id];
    });
  }

  /** Takes a paper out. Returns what was removed, or null when there was no such paper. */
  async remove(id: string): Promise<PaperMeta | null> {
    return this.serial(async () => {
      const cat = await this.draft();
      const meta = cat.papers[id];
      if (!meta) return null;
      delete cat.papers[id];
      cat.revision += 1;
      await this.commit(cat);
      await this.kv.delete(bodyKey(meta.id, meta.hash));
      return meta;
    });
  }

  /** The paper already holding these exact bytes, if any. */
  async findByHash(hash: string): Promise<PaperMeta | null> {
    return Object.values((await this.catalog()).papers).find((p) => p.hash === hash) ?? null;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** Orders papers by date (undated last), then title. */
export function byDateThenTitle(a: PaperMeta, b: PaperMeta): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title);
}
