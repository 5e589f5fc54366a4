import { afterEach, describe, expect, it } from 'vitest';
import { openKvStore, type KvStore } from '../../src/store/index.ts';
import { claimOnce, releaseClaim } from '../../src/slack/dedupe.ts';
import { linkChannel, linkedCommittees, scopeFor } from '../../src/slack/channels.ts';
import { cleanQuestion, rememberQuestion, threadHistory } from '../../src/slack/threads.ts';

let store: KvStore;
afterEach(async () => store?.close());

describe('dedupe', () => {
  it('lets exactly one of many concurrent claims through, and a released claim be taken again', async () => {
    store = await openKvStore('memory:');
    const results = await Promise.all(Array.from({ length: 5 }, () => claimOnce(store.kv, 'k', 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claimOnce(store.kv, 'k')).toBe(false);
    await releaseClaim(store.kv, 'k');
    expect(await claimOnce(store.kv, 'k')).toBe(true);
  });
});

describe('channels and scope', () => {
  it('scopes a linked channel to its committee, confidential only when allowed; DMs and unlinked channels never confidential', async () => {
    store = await openKvStore('memory:');
    const at = '2025-01-01T00:00:00Z';
    await linkChannel(store.kv, 'C1', { committee: 'Children', confidential: false, linkedBy: 'U1', linkedAt: at });
    await linkChannel(store.kv, 'C2', { committee: 'Children', confidential: true, linkedBy: 'U1', linkedAt: at });
    expect(await scopeFor(store.kv, 'C1')).toEqual({ committees: ['Children'], allowConfidential: false });
    expect(await scopeFor(store.kv, 'C2')).toEqual({ committees: ['Children'], allowConfidential: true });
    expect(await scopeFor(store.kv, 'C9')).toEqual({ allowConfidential: false });
    expect(await scopeFor(store.kv, 'D1', 'im')).toEqual({ allowConfidential: false });
    expect(await linkedCommittees(store.kv)).toEqual(['Children']);
  });
});

describe('threads', () => {
  it('keeps a thread\'s questions in order and cleans mentions and escapes', async () => {
    store = await openKvStore('memory:');
    await rememberQuestion(store.kv, 'C1', '1.1', 'first');
    await rememberQuestion(store.kv, 'C1', '1.1', 'second');
    expect(await threadHistory(store.kv, 'C1', '1.1')).toEqual(['first', 'second']);
    expect(await threadHistory(store.kv, 'C1', '2.2')).toEqual([]);
    expect(cleanQuestion('<@UBOT> How many &amp; what about <@U123|bob>?', 'UBOT')).toBe('How many & what about @U123?');
  });
});
