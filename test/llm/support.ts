/** Shared test material for the model layer: seed papers cut into passages, and a model config for the fake server. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import type { ModelConfig } from '../../src/config.ts';
import type { Citation, PaperRef } from '../../src/domain.ts';
import type { NumberedPassage } from '../../src/llm/index.ts';
import type { SearchHit } from '../../src/search/types.ts';
import { foldWhitespace } from '../../src/quote.ts';
import { goodModel, startFakeOpenAi, type FakeOpenAiServer } from '../fakes/openai-server.ts';

export interface SeedParagraph {
  paper: PaperRef;
  text: string;
}

/** The paragraphs of a seed paper (non-empty lines of 40+ characters), with a paper ref titled by its first line. */
export function seedParagraphs(file: string, date: string | null = null): SeedParagraph[] {
  const raw = fs.readFileSync(path.resolve('seeds', file), 'utf8');
  const title = raw.split('\n')[0]!.trim();
  const paper: PaperRef = { id: `seed-${file.slice(0, 3)}`, title, file, date };
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 40)
    .map((text) => ({ paper, text }));
}

/** The first paragraph of a seed paper containing `needle`. */
export function paragraphWith(file: string, needle: string, date: string | null = null): SeedParagraph {
  const p = seedParagraphs(file, date).find((x) => x.text.includes(needle));
  if (!p) throw new Error(`no paragraph with "${needle}" in ${file}`);
  return p;
}

export function numbered(paragraphs: SeedParagraph[], page: number | null = null): NumberedPassage[] {
  return paragraphs.map((p, i) => ({ n: i + 1, citationBase: { paper: p.paper, page, pageLabel: page === null ? null : String(page) }, text: p.text }));
}

/** An offline extractive answer citing the first passage's first sentence, as the answer capability would give. */
export function offlineAnswer(question: string, passages: NumberedPassage[]): Answer {
  const first = passages[0]!;
  const sentence = foldWhitespace(first.text.split(/(?<=\.)\s/)[0]!);
  const citation: Citation = { ...first.citationBase, quote: sentence };
  return { question, answered: true, answer: sentence, citations: [citation], closest: [], model: { used: false, note: null } };
}

export function refusal(question: string, passages: NumberedPassage[]): Answer {
  return {
    question,
    answered: false,
    answer: 'The papers do not answer this question.',
    citations: [],
    closest: passages.map((p) => ({ ...p.citationBase, quote: foldWhitespace(p.text.slice(0, 80)) })),
    model: { used: false, note: null },
  };
}

export function modelConfig(baseURL: string, extra: Partial<ModelConfig> = {}): ModelConfig {
  return { apiKey: 'sk-test', baseURL, model: 'fake-model', timeoutMs: 5_000, ...extra };
}

/** A search hit over a paragraph, ranked by position (score descending). */
export function hit(p: SeedParagraph, rank: number): SearchHit {
  return {
    passageId: `${p.paper.id}:${rank}`,
    paperId: p.paper.id,
    page: 1,
    pageLabel: null,
    start: 0,
    end: p.text.length,
    role: 'body',
    text: p.text,
    sentences: [[0, p.text.length]],
    score: 10 - rank,
    matched: [],
    coverage: 0.5,
  };
}

/** The user message of a recorded chat request. */
export function userMessageOf(body: any): string {
  return body.messages.find((m: { role: string }) => m.role === 'user').content;
}

export function systemMessageOf(body: any): string {
  return body.messages.find((m: { role: string }) => m.role === 'system').content;
}

/**
 * Starts the fake OpenAI-compatible server for a test file (closed after it), answering as a good model with no
 * requests recorded before each test. The object returned stands for the server once it has started.
 */
export function useFakeOpenAi(): FakeOpenAiServer {
  let server: FakeOpenAiServer | undefined;
  beforeAll(async () => {
    server = await startFakeOpenAi();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server!.requests.length = 0;
    server!.onChat(goodModel);
  });
  return new Proxy({} as FakeOpenAiServer, {
    get(_target, key) {
      const value: unknown = Reflect.get(server!, key);
      return typeof value === 'function' ? value.bind(server) : value;
    },
  });
}
