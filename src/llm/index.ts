/** The optional model layer: it can only improve wording; every quote it offers is checked against the papers. */
export { createLlm, withDeadline, describeError, type Llm, type LlmResult, type ChatOptions, type CreateLlmOptions } from './client.ts';
export { loadPrompt, renderPrompt, parsePrompt, PROMPTS_DIR, type Prompt, type RenderedPrompt } from './prompts.ts';
export { improveAnswer, excerptBlocks, type NumberedPassage } from './answer.ts';
export { judgeCommitment, judgeReportBack } from './judge.ts';
export { phraseChallenge, isOpenQuestion, type ChallengeDraft } from './challenge.ts';
export { summariseChanges, type ChangeItem } from './changes.ts';
export { hybridRerank, reciprocalRankFusion, cosine } from './hybrid.ts';
export { embeddingKey } from './embed-cache.ts';
export { verifiedQuote, locateVerbatim } from './verify.ts';
