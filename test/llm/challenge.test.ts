import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/domain.ts';
import { createLlm, isOpenQuestion, phraseChallenge, summariseChanges } from '../../src/llm/index.ts';
import { hang, httpError, replyWith } from '../fakes/openai-server.ts';
import { modelConfig, paragraphWith, userMessageOf, useFakeOpenAi } from './support.ts';

const fake = useFakeOpenAi();

const source = paragraphWith('004_29d27da8ec13e91a.txt', 'no more than 15% overall', '2015-06-03');
const citation: Citation = {
  paper: source.paper,
  page: null,
  pageLabel: null,
  quote: 'so that the level of agency worker use is at no more than 15% overall by the end of March 2017',
};
const draft = {
  id: 'q1',
  kind: 'commitment',
  question: 'What progress has been made on agency worker use against the 15% target for March 2017?',
  followUp: 'What will happen if the target is missed?',
  why: 'The council promised agency use of no more than 15% by March 2017.',
  citations: [citation],
};

describe('phraseChallenge', () => {
  it('takes better wording from the model but keeps the draft’s citations, ignoring any the model offers', async () => {
    const forged = { ...citation, quote: 'Agency use is now 2%.', page: 99 };
    fake.onChat(
      replyWith({
        question: 'How far has agency worker use fallen towards the 15% target set for March 2017?',
        followUp: 'What is the plan if agency use is still above 15% in March 2017?',
        why: 'The council committed to "no more than 15% overall by the end of March 2017".',
        citations: [forged],
      }),
    );
    const out = await phraseChallenge(createLlm(modelConfig(fake.baseURL)), draft);
    expect(out).toEqual({
      ...draft,
      question: 'How far has agency worker use fallen towards the 15% target set for March 2017?',
      followUp: 'What is the plan if agency use is still above 15% in March 2017?',
      why: 'The council committed to "no more than 15% overall by the end of March 2017".',
    });
    expect(out.citations).toBe(draft.citations);
    expect(userMessageOf(fake.chatRequests()[0]!.body)).toContain('<excerpt n="1"');
  });

  it('keeps the draft wording of a field that turns closed, drops its question mark, adds a figure or misquotes', async () => {
    fake.onChat(
      replyWith({
        question: 'Is agency worker use below 15% yet?',
        followUp: 'Explain the plan if the target is missed',
        why: 'Agency use was "well under control" at 9% last year.',
      }),
    );
    expect(await phraseChallenge(createLlm(modelConfig(fake.baseURL)), draft)).toEqual(draft);
  });

  it('returns the draft unchanged when the model fails, hangs or is absent', async () => {
    fake.onChat(httpError(500));
    expect(await phraseChallenge(createLlm(modelConfig(fake.baseURL), { maxRetries: 0 }), draft)).toEqual(draft);
    fake.onChat(hang);
    expect(await phraseChallenge(createLlm(modelConfig(fake.baseURL, { timeoutMs: 200 })), draft)).toEqual(draft);
    expect(await phraseChallenge(null, draft)).toBe(draft);
  });

  it('isOpenQuestion accepts open questions ending in ? only', () => {
    expect(isOpenQuestion('What has changed since March?')).toBe(true);
    expect(isOpenQuestion('Has anything changed since March?')).toBe(false);
    expect(isOpenQuestion('What has changed since March.')).toBe(false);
  });
});

describe('summariseChanges', () => {
  const items = [
    { text: 'The target for agency worker use is now due by March 2017.', citation },
    { text: 'A workforce strategy was agreed by cabinet in April 2015.', citation: { ...citation, quote: 'We now have a workforce strategy (cabinet, April 2015) in place' } },
  ];

  it('returns the model’s summary when its figures and quotes stand in the items', async () => {
    const s = await summariseChanges(createLlm(modelConfig(fake.baseURL)), items);
    expect(s).toBe('The target for agency worker use is now due by March 2017. A workforce strategy was agreed by cabinet in April 2015.');
    expect(userMessageOf(fake.chatRequests()[0]!.body)).toContain('<item n="2"');
  });

  it('accepts a verbatim quote and rejects an invented one or a new figure', async () => {
    const llm = createLlm(modelConfig(fake.baseURL));
    fake.onChat(replyWith({ summary: 'The council now has "a workforce strategy (cabinet, April 2015)".' }));
    expect(await summariseChanges(llm, items)).toBe('The council now has "a workforce strategy (cabinet, April 2015)".');
    fake.onChat(replyWith({ summary: 'The council says "agency use has been eliminated".' }));
    expect(await summariseChanges(llm, items)).toBeNull();
    fake.onChat(replyWith({ summary: 'Agency use fell to 9% by March 2017.' }));
    expect(await summariseChanges(llm, items)).toBeNull();
  });

  it('returns null on failure and without a model', async () => {
    fake.onChat(httpError(429));
    expect(await summariseChanges(createLlm(modelConfig(fake.baseURL), { maxRetries: 0 }), items)).toBeNull();
    expect(await summariseChanges(null, items)).toBeNull();
  });
});
