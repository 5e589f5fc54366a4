import type { Deps } from '../deps.ts';
import { createLlm } from '../llm/index.ts';
import type { EvalQuestion } from './questions.ts';
import { evaluate } from './run.ts';
import type { QuestionScore } from './score.ts';

/**
 * Scores the same questions with a model: the configured one (OPENAI_API_KEY) when there is one, else the
 * local OpenAI-compatible stand-in the tests use, so that the side-by-side always runs offline.
 */
export async function modelColumn(deps: Deps, questions: EvalQuestion[]): Promise<{ name: string; scores: QuestionScore[] } | null> {
  if (deps.config.model) {
    const llm = createLlm(deps.config.model, { kv: deps.kv, log: deps.log });
    return { name: `model ${deps.config.model.model}`, scores: await evaluate({ ...deps, llm }, questions) };
  }
  const { startFakeOpenAi } = await import('../../test/fakes/openai-server.ts');
  const server = await startFakeOpenAi();
  try {
    const llm = createLlm({ apiKey: 'stand-in', baseURL: server.baseURL, model: 'stand-in', embeddingModel: 'stand-in-embed', timeoutMs: 5000 }, { kv: deps.kv, log: deps.log });
    return { name: 'stand-in model', scores: await evaluate({ ...deps, llm }, questions) };
  } finally {
    await server.close();
  }
}
