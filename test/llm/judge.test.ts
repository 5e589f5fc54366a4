import { describe, expect, it } from 'vitest';
import { createLlm, judgeCommitment, judgeReportBack } from '../../src/llm/index.ts';
import { hang, httpError, malformedJson, replyWith } from '../fakes/openai-server.ts';
import { modelConfig, paragraphWith, userMessageOf, useFakeOpenAi } from './support.ts';

const fake = useFakeOpenAi();

const promise = 'We will increase the qualified social worker workforce by 40 posts each year for the next two years.';
const context = paragraphWith('004_29d27da8ec13e91a.txt', 'We intend to increase our permanent workforce').text;
const past = paragraphWith('003_af3bb8446a8eff14.txt', 'Peter Hay, the director').text;

describe('judgeCommitment', () => {
  it('gives a second opinion from the model, with the sentence and context sent as delimited data', async () => {
    const llm = createLlm(modelConfig(fake.baseURL));
    expect(await judgeCommitment(llm, promise, context)).toEqual({ isCommitment: true, confidence: 0.8 });
    expect(await judgeCommitment(llm, past, context)).toEqual({ isCommitment: false, confidence: 0.3 });
    const user = userMessageOf(fake.chatRequests()[0]!.body);
    expect(user).toContain(`<sentence>\n${promise}\n</sentence>`);
    expect(user).toContain('<context>');
  });

  it('clamps a confidence outside 0..1', async () => {
    fake.onChat(replyWith({ isCommitment: true, confidence: 7, reason: null }));
    expect(await judgeCommitment(createLlm(modelConfig(fake.baseURL)), promise, context)).toEqual({ isCommitment: true, confidence: 1 });
  });

  it.each([
    ['HTTP 500', httpError(500)],
    ['malformed JSON', malformedJson],
    ['a wrong shape', replyWith({ commitment: 'yes' })],
  ])('returns null on %s so the rules decide', async (_n, handler) => {
    fake.onChat(handler);
    expect(await judgeCommitment(createLlm(modelConfig(fake.baseURL), { maxRetries: 0 }), promise, context)).toBeNull();
    expect(fake.chatRequests()).toHaveLength(1);
  });

  it('returns null on a hanging server, and without a model', async () => {
    fake.onChat(hang);
    expect(await judgeCommitment(createLlm(modelConfig(fake.baseURL, { timeoutMs: 200 })), promise, context)).toBeNull();
    expect(await judgeCommitment(null, promise, context)).toBeNull();
  });
});

describe('judgeReportBack', () => {
  const update = 'The qualified social worker workforce increased by 40 posts this year, as the plan promised.';

  it('says whether a later passage reports back on the commitment', async () => {
    const llm = createLlm(modelConfig(fake.baseURL));
    expect(await judgeReportBack(llm, promise, update)).toBe(true);
    expect(await judgeReportBack(llm, promise, past)).toBe(false);
    expect(userMessageOf(fake.chatRequests()[0]!.body)).toContain(`<passage>\n${update}\n</passage>`);
  });

  it('returns null on failure or without a model', async () => {
    fake.onChat(httpError(429));
    expect(await judgeReportBack(createLlm(modelConfig(fake.baseURL), { maxRetries: 0 }), promise, update)).toBeNull();
    fake.onChat(malformedJson);
    expect(await judgeReportBack(createLlm(modelConfig(fake.baseURL)), promise, update)).toBeNull();
    expect(await judgeReportBack(null, promise, update)).toBeNull();
  });
});
