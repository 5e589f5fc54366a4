import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../src/quote.ts';
import { threadHistory } from '../../src/slack/threads.ts';
import { postEvent, postInteraction, signBody } from '../fakes/slack-signing.ts';
import { MEMBER, SECRET, blocksText, envelope, startHarness, type Harness } from './harness.ts';

const QUESTION = 'How many children in care are there in Birmingham?';
let h: Harness;
const seedText = () => fs.readdirSync('seeds').map((f) => foldWhitespace(fs.readFileSync(path.join('seeds', f), 'utf8'))).join('\n');
const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The quotes of an answer message, as plain text. */
function quotesOf(body: Record<string, unknown>): string[] {
  const blocks = body.blocks as Array<{ type: string; text?: { text: string } }>;
  return blocks.filter((b) => b.type === 'section' && b.text?.text.startsWith('>')).map((b) => unescape(b.text!.text.replace(/^>/gm, '')));
}

beforeAll(async () => {
  h = await startHarness({ seeds: true });
});
afterAll(async () => h?.close());

describe('asking the bot', () => {
  it('answers an @mention in the thread with a verbatim quote from the seeds, showing work under way', async () => {
    const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const ev = env.event as { ts: string; channel: string };
    expect((await postEvent(h.url, SECRET, env)).status).toBe(200);
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === ev.ts);
    expect(answer.body.channel).toBe(ev.channel);
    const quotes = quotesOf(answer.body);
    expect(quotes.length).toBeGreaterThan(0);
    const seeds = seedText();
    for (const q of quotes) expect(seeds).toContain(foldWhitespace(q));
    expect(blocksText(answer.body)).toMatch(/children in care/i);
    expect(blocksText(answer.body)).toContain('feedback_helpful');
    const added = await h.fake.waitFor('reactions.add', (c) => c.body.timestamp === ev.ts && c.body.name === 'hourglass_flowing_sand');
    expect(h.fake.calls.indexOf(added)).toBeLessThan(h.fake.calls.indexOf(answer));
    await h.fake.waitFor('reactions.remove', (c) => c.body.timestamp === ev.ts && c.body.name === 'hourglass_flowing_sand');
  });

  it('answers a retried delivery of the same event only once', async () => {
    const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${h.fake.botUserId}> Who wrote the position statement for the scrutiny committee in March 2014?` });
    const ts = (env.event as { ts: string }).ts;
    const [first, retry] = await Promise.all([
      postEvent(h.url, SECRET, env),
      postEvent(h.url, SECRET, env, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === ts);
    await postEvent(h.url, SECRET, env, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    const marker = envelope('messageIm.json', { text: 'Which minister wrote to Professor Le Grand?' });
    await postEvent(h.url, SECRET, marker);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (marker.event as { ts: string }).ts);
    expect(h.fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
  });

  it('answers a direct message in its thread', async () => {
    const env = envelope('messageIm.json', { text: QUESTION });
    const ev = env.event as { ts: string; channel: string };
    await postEvent(h.url, SECRET, env);
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === ev.ts);
    expect(answer.body.channel).toBe('D0442US94JD');
    expect(quotesOf(answer.body).length).toBeGreaterThan(0);
  });

  it('reads a follow-up in the context of its thread, with or without a mention', async () => {
    const first = envelope('messageExample.json', { type: 'app_mention', text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const thread = (first.event as { ts: string }).ts;
    const channel = (first.event as { channel: string }).channel;
    await postEvent(h.url, SECRET, first);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === thread);
    const followUp = envelope('messageExample.json', { text: 'and how many children in need?', thread_ts: thread });
    await postEvent(h.url, SECRET, followUp);
    await h.fake.waitFor('reactions.add', (c) => c.body.timestamp === (followUp.event as { ts: string }).ts);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === thread && h.fake.callsTo('chat.postMessage').filter((x) => x.body.thread_ts === thread).length === 2);
    expect(await threadHistory(h.deps.kv, channel, thread)).toEqual([QUESTION, 'and how many children in need?']);
    const stray = envelope('messageExample.json', { text: 'unrelated chatter', thread_ts: '1111.2222' });
    await postEvent(h.url, SECRET, stray);
    expect(await threadHistory(h.deps.kv, channel, '1111.2222')).toEqual([]);
  });

  it('rejects a request with a bad signature: 401 and nothing posted', async () => {
    const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const ts = (env.event as { ts: string }).ts;
    const res = await postEvent(h.url, 'not-the-secret', env);
    expect(res.status).toBe(401);
    const marker = envelope('messageIm.json', { text: QUESTION });
    await postEvent(h.url, SECRET, marker);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (marker.event as { ts: string }).ts);
    expect(h.fake.calls.filter((c) => c.body.thread_ts === ts || c.body.timestamp === ts).map((c) => c.method)).toEqual([]);
  });

  it.each([
    ['six minutes in the future', 6 * 60],
    ['an hour in the future', 60 * 60],
    ['six minutes in the past', -6 * 60],
  ])('rejects a correctly signed request stamped %s: 401 and nothing posted', async (_when, offset) => {
    const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${h.fake.botUserId}> ${QUESTION}` });
    const ts = (env.event as { ts: string }).ts;
    const raw = JSON.stringify(env);
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...signBody(SECRET, raw, Math.floor(Date.now() / 1000) + offset) }, body: raw });
    expect(res.status).toBe(401);
    const marker = envelope('messageIm.json', { text: QUESTION });
    await postEvent(h.url, SECRET, marker);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (marker.event as { ts: string }).ts);
    expect(h.fake.calls.filter((c) => c.body.thread_ts === ts || c.body.timestamp === ts).map((c) => c.method)).toEqual([]);
  });

  it('accepts a correctly signed request stamped four minutes in the future (within Slack\'s five)', async () => {
    const env = envelope('messageIm.json', { text: QUESTION });
    const raw = JSON.stringify(env);
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...signBody(SECRET, raw, Math.floor(Date.now() / 1000) + 4 * 60) }, body: raw });
    expect(res.status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (env.event as { ts: string }).ts);
  });

  it('records helpful / not helpful votes with the question and answer', async () => {
    const answer = h.fake.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body.blocks ?? '').includes('feedback_helpful'))!;
    const buttons = (answer.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).find((b) => b.type === 'actions')!;
    const answerId = buttons.elements![1]!.value;
    const responseUrl = h.fake.responseUrl();
    const res = await postInteraction(h.url, SECRET, {
      type: 'block_actions',
      user: { id: MEMBER, name: 'member' },
      team: { id: 'T043DB835ML' },
      channel: { id: 'C043YJGBY49' },
      api_app_id: 'A0442TUPHGR',
      response_url: responseUrl,
      trigger_id: '1.2.3',
      actions: [{ type: 'button', action_id: buttons.elements![1]!.action_id, block_id: 'answer_feedback', value: answerId, action_ts: '1.1' }],
    });
    expect(res.status).toBe(200);
    const thanks = await h.fake.waitFor('response_url', (c) => c.headers['content-type']?.includes('json') === true && String(c.body.text).includes('not helpful'));
    expect(thanks.body.response_type).toBe('ephemeral');
    const { listFeedback } = await import('../../src/slack/index.ts');
    const votes = await listFeedback({ deps: h.deps });
    expect(votes).toContainEqual(expect.objectContaining({ answerId, user: MEMBER, vote: 'not-helpful', question: expect.any(String), answer: expect.any(String) }));
  });
});
