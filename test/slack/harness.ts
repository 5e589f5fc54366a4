import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { buildDeps, type Deps } from '../../src/deps.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createSlackApp, type SlackBot } from '../../src/slack/index.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack-api.ts';

export const SECRET = 'test-signing-secret';
export const TOKEN = 'xoxb-test-token';
export const CLERK = 'UCLERK01';
export const CHAIR = 'UCHAIR01';
export const MEMBER = 'U043H11ES4V';
export const PAYLOADS = path.resolve('../shared/slack-payloads');
export const CORPUS = path.resolve('../shared/corpus');

export interface Harness {
  fake: FakeSlackApi;
  deps: Deps;
  bot: SlackBot;
  url: string;
  dir: string;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A real Bolt app on a free port, with a temp sqlite store, talking to the fake Web API. */
export async function startHarness(opts: { dir?: string; fake?: FakeSlackApi; seeds?: boolean; now?: string; reminderIntervalMs?: number } = {}): Promise<Harness> {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-slack-'));
  const fake = opts.fake ?? (await startFakeSlackApi({ token: TOKEN }));
  const env = {
    SCRUTINY_DATA: dir,
    SCRUTINY_STORE: `sqlite://${path.join(dir, 'store.sqlite')}`,
    SCRUTINY_CLERKS: CLERK,
    SCRUTINY_CHAIRS: CHAIR,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl.replace(/\/$/, ''),
    PORT: '0',
  };
  const config = loadConfig(env, {}, process.cwd());
  const clock = fixedClock(opts.now ?? '2025-03-01T09:00:00Z');
  const deps = await buildDeps(config, { clock, log: silentLogger, llm: null });
  if (opts.seeds) await ingestPaths(deps, [path.resolve('seeds')], { committee: 'Children' });
  const bot = createSlackApp(deps, config.slack!, { clock, reminderIntervalMs: opts.reminderIntervalMs ?? 0 });
  const { port } = await bot.start(0);
  return {
    fake,
    deps,
    bot,
    url: `http://127.0.0.1:${port}/slack/events`,
    dir,
    clock,
    async close() {
      await bot.stop();
      await deps.close();
      if (!opts.fake) await fake.close();
    },
  };
}

let seq = 0;
/** A real envelope from the shared payloads, with a fresh event id and ts, and fields overridden. */
export function envelope(file: string, event: Record<string, unknown>): Record<string, unknown> {
  const env = JSON.parse(fs.readFileSync(path.join(PAYLOADS, file), 'utf8')) as Record<string, unknown> & { event: Record<string, unknown> };
  seq += 1;
  const ts = `${1740000000 + seq}.${String(seq).padStart(6, '0')}`;
  return { ...env, event_id: `EvTEST${Date.now()}${seq}`, event: { ...env.event, ts, event_ts: ts, ...event } };
}

/** Text of every block of a recorded chat.postMessage / response body. */
export function blocksText(body: Record<string, unknown>): string {
  return JSON.stringify(body.blocks ?? []) + String(body.text ?? '');
}
