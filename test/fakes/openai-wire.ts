/** Wire shapes of the fake OpenAI-compatible server: recorded requests, scripted replies, completion bodies. */
import type http from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (or the raw string when it is not JSON). */
  body: any;
}

export type FakeReply =
  | { kind: 'json'; status?: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'raw'; status?: number; body: string; contentType?: string }
  | { kind: 'hang' };

export type FakeHandler = (body: any, request: RecordedRequest) => FakeReply | Promise<FakeReply>;

/** A chat completion whose message content is `content`. */
export function completion(content: string, model = 'fake-model'): FakeReply {
  return {
    kind: 'json',
    body: {
      id: `chatcmpl-fake-${Math.random().toString(36).slice(2)}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', content, refusal: null } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    },
  };
}
