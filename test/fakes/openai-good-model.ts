/** A deterministic stand-in for a good model: it answers only from the tagged blocks in the request it is sent. */
import { createHash } from 'node:crypto';
import { stemmer } from 'stemmer';
import { completion, type FakeHandler } from './openai-wire.ts';

const STOP = new Set('the a an and or of to in on for by with at from is are was were be been has have had what which who how why when does did do this that these those it its there their our we you they any all not about into than then'.split(' '));

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The contents of every `<tag ...>...</tag>` block in a text, with attributes, unescaped. */
export function parseBlocks(text: string, tag: string): Array<{ attrs: Record<string, string>; text: string }> {
  const re = new RegExp(`<${tag}((?:\\s+[a-z-]+="[^"]*")*)>\\n?([\\s\\S]*?)\\n?</${tag}>`, 'g');
  return [...text.matchAll(re)].map((m) => ({
    attrs: Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)])),
    text: unescape(m[2]!),
  }));
}

/** The numbered excerpts in a request's user message. */
export function parseExcerpts(userMessage: string): Array<{ n: number; text: string }> {
  return parseBlocks(userMessage, 'excerpt').map((b) => ({ n: Number(b.attrs.n), text: b.text }));
}

function terms(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => stemmer(w));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'\u201C])|\n{2,}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20);
}

function overlap(a: string[], b: string[]): number {
  const set = new Set(b);
  return new Set(a.filter((t) => set.has(t))).size;
}

function userMessage(body: any): string {
  const messages: Array<{ role: string; content: unknown }> = body?.messages ?? [];
  return messages.filter((m) => m.role === 'user').map((m) => String(m.content)).join('\n');
}

function block(user: string, tag: string): string {
  return parseBlocks(user, tag)[0]?.text ?? '';
}

function answer(user: string): unknown {
  const q = terms(block(user, 'question'));
  const scored = parseExcerpts(user).flatMap((e) => sentences(e.text).map((s) => ({ n: e.n, s, score: overlap(q, terms(s)) })));
  const best = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score)[0];
  if (!best) return { claims: [], unanswered: 'The excerpts do not answer this question.' };
  return { claims: [{ statement: best.s, excerpt: best.n, quote: best.s }], unanswered: null };
}

const OUTPUTS: Record<string, (user: string) => unknown> = {
  answer,
  commitment: (user) => {
    const yes = /\b(will|shall|agreed to|committed to|undertook to)\b/i.test(block(user, 'sentence'));
    return { isCommitment: yes, confidence: yes ? 0.8 : 0.3, reason: null };
  },
  report_back: (user) => {
    const c = terms(block(user, 'commitment'));
    const p = terms(block(user, 'passage'));
    return { reportsBack: c.length > 0 && overlap(c, p) / new Set(c).size >= 0.4, reason: null };
  },
  challenge: (user) => ({
    question: block(user, 'draft-question'),
    followUp: block(user, 'draft-follow-up'),
    why: block(user, 'draft-why'),
  }),
  changes: (user) => ({
    summary: parseBlocks(user, 'item')
      .map((b) => b.text.split('\n')[0]!.trim())
      .join(' '),
  }),
};

/** Answers any of the product's prompts (by the response_format schema name) deterministically from the request. */
export const goodModel: FakeHandler = (body) => {
  const name: string = body?.response_format?.json_schema?.name ?? '';
  const make = OUTPUTS[name];
  if (!make) return { kind: 'json', status: 400, body: { error: { message: `fake model does not know schema "${name}"` } } };
  return completion(JSON.stringify(make(userMessage(body))), body?.model);
};

/** A model that invents its quotes: plausible claims whose quotes stand in no excerpt. */
export const inventedQuotes: FakeHandler = (body) => {
  const n = parseExcerpts(userMessage(body))[0]?.n ?? 1;
  return completion(
    JSON.stringify({
      claims: [{ statement: 'The council met all of its targets.', excerpt: n, quote: 'The council met every one of its targets this year' }],
      unanswered: null,
    }),
    body?.model,
  );
};

const DIMS = 64;

/** A bag-of-words vector: each stemmed term hashed into one of 64 dimensions. Similar texts get similar vectors. */
export function bagOfWordsVector(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  for (const t of terms(text)) v[createHash('md5').update(t).digest()[0]! % DIMS]! += 1;
  return v;
}

/** Embeddings endpoint: float arrays, or base64 float32 when the client asks for base64. */
export const fakeEmbeddings: FakeHandler = (body) => {
  const input: string[] = Array.isArray(body?.input) ? body.input : [String(body?.input ?? '')];
  const data = input.map((text, index) => {
    const v = bagOfWordsVector(text);
    const embedding = body?.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
    return { object: 'embedding', index, embedding };
  });
  return { kind: 'json', body: { object: 'list', data, model: body?.model ?? 'fake-embed', usage: { prompt_tokens: 1, total_tokens: 1 } } };
};
