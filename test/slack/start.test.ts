import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack-api.ts';
import { postEvent } from '../fakes/slack-signing.ts';
import { tempDir } from '../support/stores.ts';
import { envelope, blocksText, SECRET, TOKEN } from './harness.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('npm start with Slack settings, pointed at a stand-in Web API', () => {
  let fake: FakeSlackApi;
  let bot: ChildProcess;
  let port: number;
  let log = '';

  beforeAll(async () => {
    fake = await startFakeSlackApi({ token: TOKEN });
    port = await freePort();
    bot = spawn(process.execPath, ['dist/main.js'], {
      env: { ...process.env, SCRUTINY_DATA: tempDir(), SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), SLACK_APP_TOKEN: '', OPENAI_API_KEY: '' },
    });
    bot.stdout!.on('data', (d) => (log += d));
    bot.stderr!.on('data', (d) => (log += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot did not start:\n${log}`)), 90_000);
      const check = setInterval(() => {
        if (/listening/i.test(log)) {
          clearInterval(check);
          clearTimeout(timer);
          resolve();
        }
      }, 100);
    });
  });

  afterAll(async () => {
    bot.kill();
    await fake.close();
  });

  it('loads the seeds and answers a mention in the thread with the quote', async () => {
    expect(log).toMatch(/Loading the seed papers/);
    const question = 'How many children in care are there in Birmingham?';
    const env = envelope('messageExample.json', { type: 'app_mention', text: `<@${fake.botUserId}> ${question}`, channel: 'C0TESTCHAN', user: 'U043H11ES4V' });
    const res = await postEvent(`http://127.0.0.1:${port}/slack/events`, SECRET, env);
    expect(res.status).toBe(200);
    const eventTs = (env.event as { ts: string }).ts;
    const reply = await fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === eventTs && /2400 children in care/.test(blocksText(c.body)), 30_000);
    expect(blocksText(reply.body)).toMatch(/We are sorting out Children/);
  });
});
