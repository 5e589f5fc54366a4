import type { Deps } from '../deps.ts';
import { createLlm } from '../llm/index.ts';
import type { EvalQuestion } from './questions.ts';
import { evaluate } from './run.ts';
import type { QuestionScore } from './score.ts';

/**
 * Scores the same questions with the configured model (OPENAI_API_KEY, and OPENAI_BASE_URL for a local
 * OpenAI-compatible server); null when none is configured.
 */
export async function modelColumn(deps: Deps, questions: EvalQuestion[]): Promise<{ name: string; scores: QuestionScore[] } | null> {
  if (!deps.config.model) return null;
  const llm = createLlm(deps.config.model, { kv: deps.kv, log: deps.log });
  return { name: `model ${deps.config.model.model}`, scores: await evaluate({ ...deps, llm }, questions) };
}
