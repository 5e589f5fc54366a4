import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlm, cosine, embeddingKey, hybridRerank, reciprocalRankFusion } from '../../src/llm/index.ts';
import { openKvStore, type KvStore } from '../../src/store/index.ts';
import { fakeEmbeddings, hang, httpError, startFakeOpenAi, type FakeOpenAiServer } from '../fakes/openai-server.ts';
import { hit, modelConfig, paragraphWith } from './support.ts';

let fake: FakeOpenAiServer;
let store: KvStore;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());
beforeEach(async () => {
  fake.requests.length = 0;
  fake.onEmbeddings(fakeEmbeddings);
  store = await openKvStore('memory:');
});

describe('reciprocalRankFusion', () => {
  it('sums 1/(k+rank) over the rankings', () => {
    // a: 1/2 + 1/4 = .75; b: 1/3 + 1/2 = .833; c: 1/4 + 1/3 = .583
    expect(reciprocalRankFusion([['a', 'b', 'c'], ['b', 'c', 'a']], 1)).toEqual(['b', 'a', 'c']);
  });

  it('breaks ties by the first ranking and keeps ids found in one ranking only', () => {
    expect(reciprocalRankFusion([['a', 'b'], ['b', 'a']])).toEqual(['a', 'b']);
    expect(reciprocalRankFusion([['a'], ['b']])).toEqual(['a', 'b']);
  });

  it('cosine', () => {
    expect(cosine([1, 0], [1, 0])).toBe(1);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });
});

const question = 'How will the council recruit and retain social workers?';
const paragraphs = [
  paragraphWith('001_50f07511e3f9f4a5.txt', 'We are making progress'),
  paragraphWith('002_e54603a6036f78aa.txt', 'recommended that a commissioner'),
  paragraphWith('003_af3bb8446a8eff14.txt', 'Peter Hay, the director'),
  paragraphWith('004_29d27da8ec13e91a.txt', 'Recruitment and retention of social workers'),
];
const hits = paragraphs.map((p, i) => hit(p, i));
const config = (extra = {}) => modelConfig(fake.baseURL, { embeddingModel: 'fake-embed', ...extra });

describe('hybridRerank', () => {
  it('fuses the lexical order with embedding similarity, moving the semantically best passage up', async () => {
    const out = await hybridRerank(createLlm(config(), { kv: store.kv }), question, hits);
    expect(out).toHaveLength(hits.length);
    expect(new Set(out)).toEqual(new Set(hits));
    expect(out.indexOf(hits[3]!)).toBeLessThan(3);
    const body = fake.embeddingRequests()[0]!.body;
    expect(body).toMatchObject({ model: 'fake-embed', encoding_format: 'float' });
    expect(body.input).toEqual([question, ...hits.map((h) => h.text)]);
  });

  it('embeds each text once: a second call is served from the keyv store', async () => {
    const llm = createLlm(config(), { kv: store.kv });
    const first = await hybridRerank(llm, question, hits);
    expect(fake.embeddingRequests()).toHaveLength(1);
    expect(await store.kv.get(embeddingKey('fake-embed', hits[0]!.text))).toHaveLength(64);
    const again = await hybridRerank(createLlm(config(), { kv: store.kv }), question, hits);
    expect(again).toEqual(first);
    expect(fake.embeddingRequests()).toHaveLength(1);
    await hybridRerank(llm, 'What did Ofsted find?', hits);
    expect(fake.embeddingRequests()).toHaveLength(2);
    expect(fake.embeddingRequests()[1]!.body.input).toEqual(['What did Ofsted find?']);
  });

  it('keeps the lexical order when embeddings fail or hang, and makes no request without an embedding model', async () => {
    fake.onEmbeddings(httpError(500));
    expect(await hybridRerank(createLlm(config(), { kv: store.kv, maxRetries: 0 }), question, hits)).toEqual(hits);
    fake.onEmbeddings(hang);
    expect(await hybridRerank(createLlm(config({ timeoutMs: 200 }), { kv: store.kv }), question, hits)).toEqual(hits);
    fake.requests.length = 0;
    expect(await hybridRerank(createLlm(modelConfig(fake.baseURL)), question, hits)).toEqual(hits);
    expect(await hybridRerank(null, question, hits)).toEqual(hits);
    expect(fake.requests).toHaveLength(0);
  });
});
