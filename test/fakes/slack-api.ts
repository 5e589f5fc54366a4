import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

/** One request the fake received: a Web API method, an upload, a file download or a response_url post. */
export interface RecordedCall {
  method: string;
  /** The request's full URL. */
  url: string;
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
}

type Handler = (body: Record<string, unknown>, call: RecordedCall) => Record<string, unknown>;

export interface FakeSlackApi {
  /** Base URL of the Web API, ending with '/': pass as SLACK_API_URL / clientOptions.slackApiUrl. */
  apiUrl: string;
  origin: string;
  botUserId: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the first call (already made or still to come) to `method` that matches; rejects after timeoutMs. */
  waitFor(method: string, predicate?: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  /** Serves bytes at a private file URL that needs `Authorization: Bearer <token>`; returns the URL. */
  addFile(name: string, bytes: Buffer): string;
  /** A fresh response_url pointing at the fake. */
  responseUrl(): string;
  setUsergroup(id: string, users: string[]): void;
  setReplies(channel: string, ts: string, messages: Array<Record<string, unknown>>): void;
  /** The next `count` calls to `method` answer `{ ok: false, error }`. */
  failNext(method: string, error: string, count?: number): void;
  /**
   * The next `count` calls to `method` are recorded and never answered (a bot stuck there can then be killed).
   * With `{ apply: true }` the call takes effect first (the message is posted, the file shared) and only the reply is lost.
   */
  holdNext(method: string, count?: number, opts?: { apply?: boolean }): void;
  /** Messages posted to a channel, oldest first, as conversations.history keeps them. */
  history(channel: string): Array<Record<string, unknown>>;
  /** Files shared in a channel through files.completeUploadExternal, oldest first. */
  filesIn(channel: string): Array<{ id: string; name: string; title: string }>;
  /** Bytes uploaded through files.uploadV2's upload URLs, by file id. */
  uploaded: Map<string, Buffer>;
  reset(): void;
  close(): Promise<void>;
}

/** Starts a local stand-in for the Slack Web API on 127.0.0.1 that records every call. */
export async function startFakeSlackApi(opts: { token?: string } = {}): Promise<FakeSlackApi> {
  const token = opts.token ?? 'xoxb-test-token';
  const botUserId = 'UBOT0001';
  const calls: RecordedCall[] = [];
  const files = new Map<string, Buffer>();
  const groups = new Map<string, string[]>();
  const replies = new Map<string, Array<Record<string, unknown>>>();
  const failures = new Map<string, { error: string; count: number }>();
  const uploaded = new Map<string, Buffer>();
  const holds = new Map<string, { count: number; apply: boolean }>();
  const posted = new Map<string, Array<Record<string, unknown>>>();
  const shared: Array<{ id: string; name: string; title: string; channels: string[] }> = [];
  const uploadNames = new Map<string, string>();
  const held: http.ServerResponse[] = [];
  const waiters: Array<{ method: string; predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }> = [];
  let seq = 0;
  let origin = '';

  const handlers: Record<string, Handler> = {
    'auth.test': () => ({ user_id: botUserId, bot_id: 'BBOT0001', team_id: 'T043DB835ML', user: 'scrutiny', team: 'Test' }),
    'chat.postMessage': (b) => {
      const message = { type: 'message', ts: nextTs(), text: b.text, blocks: b.blocks, ...(b.metadata ? { metadata: parseJson(b.metadata) } : {}) };
      posted.set(String(b.channel), [...(posted.get(String(b.channel)) ?? []), message]);
      return { channel: b.channel, ts: message.ts, message };
    },
    'conversations.history': (b) => {
      const all = [...(posted.get(String(b.channel)) ?? [])].reverse();
      const withMetadata = b.include_all_metadata === true || b.include_all_metadata === 'true';
      return { messages: all.slice(0, Number(b.limit ?? 100)).map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m)), has_more: all.length > Number(b.limit ?? 100) };
    },
    'files.list': (b) => ({ files: shared.filter((f) => !b.channel || f.channels.includes(String(b.channel))).reverse(), paging: { count: shared.length, total: shared.length, page: 1, pages: 1 } }),
    'chat.update': (b) => ({ channel: b.channel, ts: b.ts }),
    'conversations.open': (b) => ({ channel: { id: `D${String(b.users ?? 'X').replace(/\W/g, '')}` } }),
    'conversations.replies': (b) => ({ messages: replies.get(`${b.channel}:${b.ts}`) ?? [], has_more: false }),
    'users.info': (b) => ({ user: { id: b.user, name: `user-${b.user}`, real_name: `User ${b.user}`, tz: 'Europe/London' } }),
    'usergroups.users.list': (b) => ({ users: groups.get(String(b.usergroup)) ?? [] }),
    'files.getUploadURLExternal': (b) => {
      const id = `F${String(++seq).padStart(6, '0')}`;
      uploadNames.set(id, String(b.filename ?? id));
      return { upload_url: `${origin}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (b) => {
      const files = (parseJson(b.files) ?? []) as Array<{ id: string; title?: string }>;
      for (const f of files) shared.push({ id: f.id, name: uploadNames.get(f.id) ?? f.id, title: f.title ?? '', channels: b.channel_id ? [String(b.channel_id)] : [] });
      return { files };
    },
  };

  function nextTs(): string {
    return `${1700000000 + ++seq}.${String(seq).padStart(6, '0')}`;
  }

  function record(call: RecordedCall): void {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.method === call.method && w.predicate(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', origin);
      const send = (status: number, body: unknown, type = 'application/json') => {
        res.writeHead(status, { 'content-type': type });
        res.end(Buffer.isBuffer(body) ? body : JSON.stringify(body));
      };
      if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
        const name = decodeURIComponent(url.pathname.slice('/files/'.length));
        record({ method: 'file.download', url: url.href, body: { name }, headers: req.headers, raw });
        const bytes = files.get(name);
        if (req.headers.authorization !== `Bearer ${token}`) return send(403, 'forbidden', 'text/plain');
        return bytes ? send(200, bytes, 'application/octet-stream') : send(404, 'not found', 'text/plain');
      }
      if (url.pathname.startsWith('/upload/')) {
        const id = url.pathname.slice('/upload/'.length);
        uploaded.set(id, multipartFile(raw, req.headers['content-type']) ?? raw);
        record({ method: 'upload', url: url.href, body: { file_id: id, size: raw.length }, headers: req.headers, raw });
        return send(200, 'OK - ' + raw.length, 'text/plain');
      }
      if (url.pathname.startsWith('/response/')) {
        record({ method: 'response_url', url: url.href, body: parseBody(raw, req.headers['content-type']), headers: req.headers, raw });
        return send(200, 'ok', 'text/plain');
      }
      if (url.pathname.startsWith('/api/')) {
        const method = url.pathname.slice('/api/'.length);
        const body = parseBody(raw, req.headers['content-type']);
        const call = { method, url: url.href, body, headers: req.headers, raw };
        record(call);
        const hold = holds.get(method);
        if (hold && hold.count > 0) {
          hold.count -= 1;
          if (hold.apply) handlers[method]?.(body, call);
          held.push(res);
          return;
        }
        const failure = failures.get(method);
        if (failure && failure.count > 0) {
          failure.count -= 1;
          return send(200, { ok: false, error: failure.error });
        }
        return send(200, { ok: true, ...(handlers[method]?.(body, call) ?? {}) });
      }
      send(404, { ok: false, error: 'unknown_path' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    origin,
    botUserId,
    calls,
    uploaded,
    callsTo: (method) => calls.filter((c) => c.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 20_000) {
      const done = calls.find((c) => c.method === method && predicate(c));
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const waiter = { method, predicate, resolve: (c: RecordedCall) => (clearTimeout(timer), resolve(c)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const seen = calls.map((c) => c.method).join(', ') || 'none';
          reject(new Error(`fake Slack: no matching ${method} call within ${timeoutMs} ms (calls seen: ${seen})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    addFile(name, bytes) {
      files.set(name, bytes);
      return `${origin}/files/${encodeURIComponent(name)}`;
    },
    responseUrl: () => `${origin}/response/${++seq}`,
    setUsergroup: (id, users) => void groups.set(id, users),
    setReplies: (channel, ts, messages) => void replies.set(`${channel}:${ts}`, messages),
    failNext: (method, error, count = 1) => void failures.set(method, { error, count }),
    holdNext: (method, count = 1, opts = {}) => void holds.set(method, { count, apply: opts.apply ?? false }),
    history: (channel) => [...(posted.get(channel) ?? [])],
    filesIn: (channel) => shared.filter((f) => f.channels.includes(channel)),
    reset() {
      calls.length = 0;
      failures.clear();
      uploaded.clear();
    },
    close: () =>
      new Promise((resolve) => {
        for (const r of held.splice(0)) r.destroy();
        server.close(() => resolve());
      }),
  };
}

function parseBody(raw: Buffer, type: string | undefined): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (!text) return {};
  if (type?.includes('application/json')) return parseJson(text) as Record<string, unknown>;
  if (type?.includes('multipart/form-data')) return { multipart: true };
  const form = parseQuery(text) as Record<string, string>;
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, /^[[{]/.test(v) ? parseJson(v) : v]));
}

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** The first file part of a multipart/form-data body. */
function multipartFile(raw: Buffer, type: string | undefined): Buffer | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type ?? '');
  if (!boundary) return null;
  const delim = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(delim);
  const headerEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delim]), headerEnd);
  if (start < 0 || headerEnd < 0 || end < 0) return null;
  return raw.subarray(headerEnd + 4, end);
}
