import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions } from '../../src/actions/index.ts';
import type { Deps } from '../../src/deps.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { createLlm } from '../../src/llm/index.ts';
import { httpError, replyWith, startFakeOpenAi, type FakeOpenAiServer } from '../fakes/openai-server.ts';
import { SEEDS, tempDeps } from '../support/deps.ts';

const AS_OF = '2026-11-22';
const FORTY_POSTS = /40 posts each year/;

/** A stand-in model that judges the "40 posts" sentence not to be a commitment, and everything else to be one. */
function judge(body: { messages: Array<{ content: string }>; response_format?: unknown }) {
  const user = body.messages.map((m) => m.content).join('\n');
  if (/report_back|reportsBack/.test(JSON.stringify(body.response_format ?? {}))) return { reportsBack: true, reason: null };
  return { isCommitment: !FORTY_POSTS.test(user), confidence: 0.9, reason: null };
}

describe('the model as a second opinion over the promise tracker rules', () => {
  let deps: Deps;
  let fake: FakeOpenAiServer;
  beforeAll(async () => {
    deps = await tempDeps({ overrides: { llm: null } });
    await ingestPaths(deps, [SEEDS], { committee: 'seeds' });
    fake = await startFakeOpenAi({ chat: replyWith(judge as never) });
  });
  afterAll(async () => {
    await fake.close();
    await deps.close();
  });

  const scope = { allowConfidential: false };

  it('keeps the rules\' answer when the model fails', async () => {
    fake.onChat(httpError(500));
    const llm = createLlm({ apiKey: 'k', baseURL: fake.baseURL, model: 'failing', timeoutMs: 2000 }, { maxRetries: 0 });
    const items = await listActions({ ...deps, llm }, { asOf: AS_OF, scope });
    expect(items.some((i) => FORTY_POSTS.test(i.text))).toBe(true);
  });

  it('sets aside what the model is confident is not a commitment, and remembers its opinion', async () => {
    fake.onChat(replyWith(judge as never));
    const llm = createLlm({ apiKey: 'k', baseURL: fake.baseURL, model: 'judge', timeoutMs: 5000 }, { kv: deps.kv });
    const rules = await listActions(deps, { asOf: AS_OF, scope });
    const judged = await listActions({ ...deps, llm }, { asOf: AS_OF, scope });
    expect(rules.some((i) => FORTY_POSTS.test(i.text))).toBe(true);
    expect(judged.some((i) => FORTY_POSTS.test(i.text))).toBe(false);
    expect(judged).toHaveLength(rules.length - 1);
    const calls = fake.chatRequests().length;
    await listActions({ ...deps, llm }, { asOf: AS_OF, scope });
    expect(fake.chatRequests().length).toBe(calls);
  });
});
