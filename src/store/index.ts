export { atomicFor, openKvStore, storeKind, type KvStore, type StoreKind } from './open.ts';
export { PaperRepo, byDateThenTitle, type Catalog } from './papers.ts';
export { SqliteKeyvAdapter } from './sqlite-adapter.ts';
export { AtomicStore, type AtomicBackend, type Change } from './atomic.ts';
