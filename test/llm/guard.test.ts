import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlm, improveAnswer } from '../../src/llm/index.ts';
import { replyWith, startFakeOpenAi, type FakeOpenAiServer } from '../fakes/openai-server.ts';
import { modelConfig, numbered, offlineAnswer, paragraphWith } from './support.ts';

let fake: FakeOpenAiServer;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const question = 'How many social worker posts will the council add each year?';
const passages = numbered([paragraphWith('004_29d27da8ec13e91a.txt', 'by 40 posts each year', '2015-06-03')]);
const offline = offlineAnswer(question, passages);
const GOOD = 'We will increase the qualified social worker workforce by 40 posts each year for the next two years.';
const INVENTED = 'we will recruit from abroad';

/** The model's one claim: a true quote in the quote field, and a statement saying what the test gives. */
async function answerWith(statement: string) {
  fake.onChat(replyWith({ claims: [{ statement, excerpt: 1, quote: GOOD }], unanswered: null }));
  return improveAnswer(createLlm(modelConfig(fake.baseURL)), question, passages, offline);
}

describe('the model guard, through the real openai client', () => {
  it.each([
    ['single curly quotes', `The council said ‘${INVENTED}’ to fill posts.`],
    ['straight single quotes', `The council said '${INVENTED}' to fill posts.`],
    ['guillemets', `The council said «${INVENTED}» to fill posts.`],
    ['low-high quotes', `The council said „${INVENTED}“ to fill posts.`],
    ['an unclosed curly quote', `The council said “${INVENTED} to fill posts.`],
    ['backticks', `The council said \`${INVENTED}\` to fill posts.`],
    ['straight double quotes', `The council said "${INVENTED}" to fill posts.`],
    ['closing double marks at both ends', `The council said ”${INVENTED}” to fill posts.`],
    ['closing single marks at both ends', `The council said ’${INVENTED}’ to fill posts.`],
    ['double primes', `The council said ″${INVENTED}″ to fill posts.`],
    ['a spelled-out figure', 'The council will add nine thousand nine hundred posts each year.'],
    ['a spelled-out figure with a hyphen', 'The council will add forty-five posts each year.'],
    ['a dozen', 'The council will add a dozen posts each year.'],
  ])('drops a statement with an invented quote or figure in %s, and says the model was not used', async (_how, statement) => {
    const a = await answerWith(statement);
    expect(a.answer).not.toContain(INVENTED);
    expect(a.answer).not.toMatch(/nine thousand|forty-five|dozen/);
    expect(a.model.used).toBe(false);
  });

  it.each([
    ['single curly quotes', 'The council said it would add ‘40 posts each year’.'],
    ['guillemets', 'The council said it would add «40 posts each year».'],
    ['a spelled-out figure the passage gives', 'The council will add forty posts each year for the next two years.'],
    ["an apostrophe, not a quote", "The council's plan adds 40 posts each year."],
    ['a curly apostrophe, not a quote', 'The council’s plan adds 40 posts each year, in the council’s words.'],
    ['closing double marks at both ends', 'The council said it would add ”40 posts each year”.'],
  ])('keeps a statement whose %s are in the passage', async (_how, statement) => {
    const a = await answerWith(statement);
    expect(a.model.used).toBe(true);
    expect(a.answer).toBe(statement);
  });
});
