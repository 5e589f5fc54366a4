import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack-api.ts';
import { postEvent } from '../fakes/slack-signing.ts';
import { runScrutiny } from '../support/cli.ts';
import { freshNamespace, sharedStores, tempDir, type SharedStore } from '../support/stores.ts';
import { CHAIR, envelope, SECRET, TOKEN } from './harness.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Bot {
  child: ChildProcess;
  url: string;
  log: () => string;
}

function targets(): SharedStore[] {
  return sharedStores('two bot instances');
}

const running: ChildProcess[] = [];
let fake: FakeSlackApi;
afterEach(() => {
  for (const c of running.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});
afterAll(async () => fake?.close());

/** Starts a real bot process (`npm start`) on a store, against the fake Web API. */
async function startBot(data: string, storeUrl: string, ns: string, extra: Record<string, string> = {}): Promise<Bot> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      SCRUTINY_DATA: data,
      SCRUTINY_STORE: storeUrl,
      SCRUTINY_NAMESPACE: ns,
      SCRUTINY_SEEDS: 'none',
      SCRUTINY_CHAIRS: CHAIR,
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_APP_TOKEN: '',
      OPENAI_API_KEY: '',
      PORT: String(port),
      ...extra,
    },
  });
  running.push(child);
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  for (let waited = 0; !/listening/i.test(log); waited += 100) {
    if (waited > 90_000 || child.exitCode !== null) throw new Error(`bot did not start:\n${log}`);
    await sleep(100);
  }
  return { child, url: `http://127.0.0.1:${port}/slack/events`, log: () => log };
}

/** A fresh store (the shared one given, or an embedded file) with a meeting due tomorrow chaired by CHAIR. */
function dueMeeting(url: string | null | undefined, name: string): { data: string; ns: string; store: string; committee: string } {
  const data = tempDir();
  const ns = freshNamespace();
  const store = url ?? `sqlite://${path.join(data, 'store.sqlite')}`;
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  const committee = `${name} ${ns}`;
  const added = runScrutiny(['--data', data, '--store', store, 'meeting', 'add', '--committee', committee, '--date', tomorrow, '--chair', CHAIR], { SCRUTINY_NAMESPACE: ns });
  expect(added.code, added.stderr).toBe(0);
  return { data, ns, store, committee };
}

/** Waits until a condition holds; fails with the bots' logs after a minute. */
async function until(holds: () => boolean, what: string, logs: () => string): Promise<void> {
  for (let waited = 0; !holds(); waited += 100) {
    if (waited > 60_000) throw new Error(`${what}:\n${logs()}`);
    await sleep(100);
  }
}

/** The chair's DMs and shared packs about one committee's meeting. */
function chairSaw(committee: string): { dms: () => unknown[]; packs: () => Array<{ name: string }> } {
  return {
    dms: () => fake.history(`D${CHAIR}`).filter((m) => String(m.text ?? '').includes(committee)),
    packs: () => fake.filesIn(`D${CHAIR}`).filter((f) => f.title.includes(committee)),
  };
}

/** Two bots come up at once on a store and finish the due reminder. */
async function twoBotsFinish(store: string, ns: string, extra: Record<string, string>): Promise<void> {
  const [b1, b2] = await Promise.all([startBot(tempDir(), store, ns, extra), startBot(tempDir(), store, ns, extra)]);
  await until(() => /chairs reminded/.test(b1.log() + b2.log()), 'no reminder completed', () => `${b1.log()}\n${b2.log()}`);
  await sleep(1500);
}

describe.each(targets())('two bot instances on one store: $name', ({ url }) => {
  it('answer each event delivered to both exactly once (5 of 5 events)', async () => {
    fake ??= await startFakeSlackApi({ token: TOKEN });
    const data = tempDir();
    const ns = freshNamespace();
    const store = url ?? `sqlite://${path.join(data, 'store.sqlite')}`;
    const [one, two] = await Promise.all([startBot(data, store, ns), startBot(tempDir(), store, ns)]);
    const threads: string[] = [];
    for (let i = 0; i < 5; i++) {
      const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${fake.botUserId}> How many children are in care? (${i})`, channel: 'C0TWOBOTS', user: 'U043H11ES4V' });
      const ts = (env.event as { ts: string }).ts;
      threads.push(ts);
      const [a, b] = await Promise.all([postEvent(one.url, SECRET, env), postEvent(two.url, SECRET, env)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      await fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === ts, 30_000);
    }
    await sleep(1500);
    for (const ts of threads) expect(fake.callsTo('chat.postMessage').filter((c) => c.body.thread_ts === ts)).toHaveLength(1);
  }, 180_000);

  it('send a due reminder exactly once through a bot killed between its claim and the send', async () => {
    fake ??= await startFakeSlackApi({ token: TOKEN });
    const { data, ns, store, committee } = dueMeeting(url, 'Remind');
    const mine = (c: { body: Record<string, unknown> }) => String(c.body.text ?? '').includes(committee) || JSON.stringify(c.body.blocks ?? '').includes(committee);
    const claimSeconds = { SCRUTINY_REMINDER_CLAIM_SECONDS: '2' };

    fake.holdNext('conversations.open');
    const opensBefore = fake.callsTo('conversations.open').length;
    const first = await startBot(data, store, ns, claimSeconds);
    await fake.waitFor('conversations.open', () => fake.callsTo('conversations.open').length > opensBefore, 60_000);
    first.child.kill('SIGKILL');
    await sleep(2500);

    // Two instances come up at once after the claim lapsed: one sends, the DM and the pack once each.
    const uploadsBefore = fake.callsTo('files.completeUploadExternal').length;
    const [b1, b2] = await Promise.all([startBot(tempDir(), store, ns, claimSeconds), startBot(tempDir(), store, ns, claimSeconds)]);
    await fake.waitFor('files.completeUploadExternal', () => fake.callsTo('files.completeUploadExternal').length > uploadsBefore, 60_000);
    await sleep(1500);
    expect(fake.callsTo('chat.postMessage').filter(mine)).toHaveLength(1);
    expect(fake.callsTo('files.completeUploadExternal').length - uploadsBefore).toBe(1);
    expect(b1.log() + b2.log()).toMatch(/chairs reminded/);
  }, 180_000);

  it('post the DM and share the pack once each through bots killed after each step took effect and before it was recorded', async () => {
    fake ??= await startFakeSlackApi({ token: TOKEN });
    const { data, ns, store, committee } = dueMeeting(url, 'Lost reply');
    const claimSeconds = { SCRUTINY_REMINDER_CLAIM_SECONDS: '2' };
    const { dms, packs } = chairSaw(committee);

    fake.holdNext('chat.postMessage', 1, { apply: true });
    const first = await startBot(data, store, ns, claimSeconds);
    await until(() => dms().length > 0, 'no DM posted', first.log);
    first.child.kill('SIGKILL');
    await sleep(2500);

    fake.holdNext('files.completeUploadExternal', 1, { apply: true });
    const second = await startBot(tempDir(), store, ns, claimSeconds);
    await until(() => packs().length > 0, 'no pack shared', second.log);
    second.child.kill('SIGKILL');
    await sleep(2500);

    await twoBotsFinish(store, ns, claimSeconds);
    expect(dms()).toHaveLength(1);
    expect(packs()).toHaveLength(1);
    expect(packs()[0]!.name).toMatch(/^briefing-.*\.pdf$/);
  }, 240_000);

  it('retry a failed pack upload in other bots without posting the DM again', async () => {
    fake ??= await startFakeSlackApi({ token: TOKEN });
    const { data, ns, store, committee } = dueMeeting(url, 'Failed upload');
    const claimSeconds = { SCRUTINY_REMINDER_CLAIM_SECONDS: '2' };
    const { dms, packs } = chairSaw(committee);

    fake.failNext('files.getUploadURLExternal', 'internal_error');
    const first = await startBot(data, store, ns, claimSeconds);
    await until(() => dms().length > 0 && /will retry/.test(first.log()), 'no failed upload reported', first.log);
    first.child.kill('SIGKILL');
    await sleep(2500);

    await twoBotsFinish(store, ns, claimSeconds);
    expect(dms()).toHaveLength(1);
    expect(packs()).toHaveLength(1);
  }, 180_000);
});
