import type OpenAI from 'openai';
import type Keyv from 'keyv';
import type { z } from 'zod';
import type { ModelConfig } from '../config.ts';
import { silentLogger, type Logger } from '../log.ts';
import { renderPrompt, type RenderedPrompt } from './prompts.ts';
import { cachedEmbeddings } from './embed-cache.ts';

/** An expected outcome of a model call: the validated value, or why there is none. */
export type LlmResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ChatOptions {
  /** Overall deadline for this call in ms, retries included; defaults to the configured timeout. */
  deadlineMs?: number;
  /** Override the prompts folder (tests). */
  promptsDir?: string;
}

/** The optional model layer: structured chat through a named prompt, and embeddings. Failures are values, never throws. */
export interface Llm {
  readonly model: string;
  readonly embeddingModel: string | null;
  chatJson<T>(promptName: string, vars: Record<string, string>, schema: z.ZodType<T>, opts?: ChatOptions): Promise<LlmResult<T>>;
  /** One vector per text (cached by model and text hash), or null when embeddings are off or failed. */
  embed(texts: string[]): Promise<number[][] | null>;
}

export interface CreateLlmOptions {
  kv?: Keyv;
  log?: Logger;
  /** Retries on 429/5xx/connection errors, within the deadline. Default 1. */
  maxRetries?: number;
}

/** Builds the model layer over the openai client (OpenAI, Azure OpenAI's v1 endpoint, or a local compatible server). */
export function createLlm(config: ModelConfig, opts: CreateLlmOptions = {}): Llm {
  const log = opts.log ?? silentLogger;
  let opened: Promise<OpenAI> | null = null;
  // The openai library is imported on the first call, so that building deps with a model configured stays quick.
  const client = () =>
    (opened ??= loadSdk().then(({ sdk }) => new sdk.OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, timeout: config.timeoutMs, maxRetries: opts.maxRetries ?? 1 })));
  const embeddingModel = config.embeddingModel ?? null;

  async function chatJson<T>(promptName: string, vars: Record<string, string>, schema: z.ZodType<T>, o: ChatOptions = {}): Promise<LlmResult<T>> {
    let prompt: RenderedPrompt;
    try {
      prompt = renderPrompt(promptName, vars, o.promptsDir);
    } catch (err) {
      log.error(`prompt "${promptName}" could not be rendered: ${(err as Error).message}`);
      return fail(`prompt "${promptName}" could not be rendered`);
    }
    const result = await withDeadline(o.deadlineMs ?? config.timeoutMs, async (signal) => {
      const { zod } = await loadSdk();
      const completion = await (await client()).chat.completions.parse(
        {
          model: config.model,
          temperature: 0,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          response_format: zod.zodResponseFormat(schema, promptName.replace(/-/g, '_')),
        },
        { signal },
      );
      const message = completion.choices[0]?.message;
      if (!message) return fail('the model returned no choice');
      if (message.refusal) return fail(`the model refused: ${message.refusal.slice(0, 120)}`);
      if (message.parsed === null || message.parsed === undefined) return fail('the model returned no structured output');
      return { ok: true as const, value: message.parsed as T };
    });
    if (!result.ok) log.warn(`model call "${promptName}" failed: ${result.reason}`);
    return result;
  }

  async function embedRaw(texts: string[]): Promise<number[][] | null> {
    if (!embeddingModel) return null;
    const result = await withDeadline(config.timeoutMs, async (signal) => {
      const res = await (await client()).embeddings.create({ model: embeddingModel, input: texts, encoding_format: 'float' }, { signal });
      const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
      if (vectors.length !== texts.length || vectors.some((v) => !Array.isArray(v) || v.length === 0)) return fail('embeddings response did not match the input');
      return { ok: true as const, value: vectors };
    });
    if (!result.ok) log.warn(`embeddings failed: ${result.reason}`);
    return result.ok ? result.value : null;
  }

  return {
    model: config.model,
    embeddingModel,
    chatJson,
    embed: (texts) => (embeddingModel ? cachedEmbeddings(opts.kv ?? null, embeddingModel, texts, embedRaw, log) : Promise.resolve(null)),
  };
}

type Sdk = { sdk: typeof import('openai'); zod: typeof import('openai/helpers/zod') };
let sdkLoaded: Sdk | null = null;
let sdkLoading: Promise<Sdk> | null = null;

/** Imports the openai library once, on first use. */
function loadSdk(): Promise<Sdk> {
  sdkLoading ??= Promise.all([import('openai'), import('openai/helpers/zod')]).then(([sdk, zod]) => (sdkLoaded = { sdk, zod }));
  return sdkLoading;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Runs a call with an abort signal and an overall deadline; whatever happens, settles by the deadline with a value. */
export async function withDeadline<T>(ms: number, run: (signal: AbortSignal) => Promise<LlmResult<T>>): Promise<LlmResult<T>> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<LlmResult<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(fail(`the model did not answer within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal).catch((err: unknown) => fail(describeError(err, ms))), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Before the library is loaded no error can be one of its classes: stand-ins that nothing is an instance of. */
const NO_SDK = { APIConnectionTimeoutError: class {}, APIError: class {}, APIUserAbortError: class {} } as unknown as typeof import('openai');

/** One line saying why a model call failed. */
export function describeError(err: unknown, ms: number): string {
  const { APIConnectionTimeoutError, APIError, APIUserAbortError } = sdkLoaded?.sdk ?? NO_SDK;
  if (err instanceof APIConnectionTimeoutError) return `the model did not answer within ${ms} ms`;
  if (err instanceof APIUserAbortError) return `the model did not answer within ${ms} ms`;
  if (err instanceof APIError && err.status) return `the model service returned HTTP ${err.status}${err.status === 429 ? ' (rate limited)' : ''}`;
  if (err instanceof APIError) return `could not reach the model service: ${err.message}`;
  if (err instanceof SyntaxError) return 'the model returned malformed JSON';
  if (err instanceof Error && err.name === 'ZodError') return 'the model output did not match the expected shape';
  if (err instanceof Error) return `the model call failed: ${err.message.slice(0, 160)}`;
  return 'the model call failed';
}
