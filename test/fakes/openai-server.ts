/**
 * A real local HTTP server speaking the OpenAI-compatible API (POST /v1/chat/completions, POST /v1/embeddings),
 * scriptable per test, recording every request. `goodModel` is a deterministic stand-in for a model that
 * answers from the excerpts in the request itself; `fakeEmbeddings` gives bag-of-words vectors.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeEmbeddings, goodModel } from './openai-good-model.ts';
import { completion, type FakeHandler, type FakeReply, type RecordedRequest } from './openai-wire.ts';

export { goodModel, inventedQuotes, fakeEmbeddings, parseBlocks, parseExcerpts, bagOfWordsVector } from './openai-good-model.ts';
export { completion, type FakeHandler, type FakeReply, type RecordedRequest } from './openai-wire.ts';

export interface FakeOpenAiServer {
  /** Pass as the openai client's baseURL: http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  chatRequests(): RecordedRequest[];
  embeddingRequests(): RecordedRequest[];
  onChat(handler: FakeHandler): void;
  onEmbeddings(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A handler that always returns this object as the model's JSON output. */
export function replyWith(output: unknown | ((body: any) => unknown)): FakeHandler {
  return (body) => completion(JSON.stringify(typeof output === 'function' ? (output as (b: any) => unknown)(body) : output), body?.model);
}

/** A handler whose output is cut-off, malformed JSON. */
export const malformedJson: FakeHandler = (body) => completion('{"claims": [{"statement": "The council', body?.model);

/** A handler that fails with an HTTP status and an OpenAI-style error body. */
export function httpError(status: number): FakeHandler {
  return () => ({
    kind: 'json',
    status,
    headers: status === 429 ? { 'retry-after-ms': '5' } : ({} as Record<string, string>),
    body: { error: { message: `fake error ${status}`, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null, param: null } },
  });
}

/** A handler that never answers until the server closes. */
export const hang: FakeHandler = () => ({ kind: 'hang' });

/** Starts the fake on 127.0.0.1 at a free port. Defaults: chat answers with goodModel, embeddings with fakeEmbeddings. */
export async function startFakeOpenAi(opts: { chat?: FakeHandler; embeddings?: FakeHandler } = {}): Promise<FakeOpenAiServer> {
  let chat: FakeHandler = opts.chat ?? goodModel;
  let embeddings: FakeHandler = opts.embeddings ?? fakeEmbeddings;
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: any = raw;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        /* keep the raw string */
      }
      const path = (req.url ?? '').split('?')[0]!;
      const recorded: RecordedRequest = { method: req.method ?? '', path, headers: req.headers, body };
      requests.push(recorded);
      const handler = req.method === 'POST' && path.endsWith('/chat/completions') ? chat : req.method === 'POST' && path.endsWith('/embeddings') ? embeddings : null;
      if (!handler) return send(res, { kind: 'json', status: 404, body: { error: { message: `no route ${req.method} ${path}` } } });
      Promise.resolve()
        .then(() => handler(body, recorded))
        .then((reply) => send(res, reply))
        .catch((err: Error) => send(res, { kind: 'json', status: 500, body: { error: { message: err.message } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    embeddingRequests: () => requests.filter((r) => r.path.endsWith('/embeddings')),
    onChat: (h) => void (chat = h),
    onEmbeddings: (h) => void (embeddings = h),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, reply: FakeReply): void {
  if (reply.kind === 'hang') return;
  if (reply.kind === 'raw') {
    res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json' });
    res.end(reply.body);
    return;
  }
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...(reply.headers ?? {}) });
  res.end(JSON.stringify(reply.body));
}

/** Run standalone (`npx tsx test/fakes/openai-server.ts`) to serve the good model for `npm run eval` in another process. */
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const fake = await startFakeOpenAi();
  process.stdout.write(`OPENAI_BASE_URL=${fake.baseURL}\n`);
  process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
}
