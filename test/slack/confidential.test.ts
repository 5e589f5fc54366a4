import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActions } from '../../src/actions/index.ts';
import type { ActionItem } from '../../src/actions/types.ts';
import { ingestPaths } from '../../src/ingest/index.ts';
import { linkChannel } from '../../src/slack/index.ts';
import { postCommand } from '../fakes/slack-signing.ts';
import { CLERK, CORPUS, SECRET, blocksText, startHarness, type Harness } from './harness.ts';

const CONFIDENTIAL_FILE = path.join(CORPUS, 'kent/full_council_2025-03-13/CPP Minutes 10.12.24.pdf');
const COMMITTEE = 'Children';

/** The four kinds of place a command can be run in. */
const PLACES = [
  { name: 'an unlinked channel', channel: 'C0UNLINKED', allowed: false },
  { name: 'a channel linked without --confidential', channel: 'C0OPEN', allowed: false },
  { name: 'a direct message', channel: 'D0CLERKDM', allowed: false },
  { name: 'a channel linked with --confidential', channel: 'C0PRIVATE', allowed: true },
];

let h: Harness;
let secret: { title: string; file: string; actions: ActionItem[] };

async function slash(text: string, channel: string) {
  const responseUrl = h.fake.responseUrl();
  const res = await postCommand(h.url, SECRET, {
    token: 'x', team_id: 'T043DB835ML', channel_id: channel, channel_name: channel.startsWith('D') ? 'directmessage' : 'committee', user_id: CLERK,
    user_name: 'clerk', command: '/scrutiny', text, api_app_id: 'A0442TUPHGR', response_url: responseUrl, trigger_id: '1.2.3',
  });
  expect(res.status).toBe(200);
  return (await h.fake.waitFor('response_url', (c) => c.url === responseUrl, 60_000)).body;
}

/** Whether a reply carries any of the confidential paper's words: its title, file name or a commitment's text. */
function leaks(body: Record<string, unknown>): string | null {
  return leaksIn(blocksText(body).replace(/\\n/g, ' '));
}

function leaksIn(text: string): string | null {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const haystack = flat(text);
  for (const needle of [secret.title, secret.file, ...secret.actions.map((a) => a.text.slice(0, 50))]) if (haystack.includes(flat(needle))) return needle;
  return null;
}

/** `/scrutiny brief` in a channel: the text of the PDF pack it uploads there. */
async function briefText(channel: string): Promise<string> {
  const before = h.fake.callsTo('files.completeUploadExternal').length;
  await postCommand(h.url, SECRET, {
    token: 'x', team_id: 'T043DB835ML', channel_id: channel, channel_name: 'committee', user_id: CLERK,
    user_name: 'clerk', command: '/scrutiny', text: 'brief', api_app_id: 'A0442TUPHGR', response_url: h.fake.responseUrl(), trigger_id: '1.2.3',
  });
  const done = await h.fake.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === channel && h.fake.callsTo('files.completeUploadExternal').indexOf(c) >= before, 60_000);
  const bytes = h.fake.uploaded.get((done.body.files as Array<{ id: string }>)[0]!.id)!;
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  h = await startHarness({ seeds: true });
  await ingestPaths(h.deps, [CONFIDENTIAL_FILE], { committee: COMMITTEE, confidential: true });
  const meta = (await h.deps.papers.list()).find((p) => p.confidential)!;
  const actions = (await listActions(h.deps, { asOf: '2025-03-01', scope: { allowConfidential: true } })).filter((a) => a.paper.id === meta.id);
  secret = { title: meta.title, file: meta.file, actions };
  const at = '2025-01-01T00:00:00Z';
  await linkChannel(h.deps.kv, 'C0OPEN', { committee: COMMITTEE, confidential: false, linkedBy: CLERK, linkedAt: at });
  await linkChannel(h.deps.kv, 'C0PRIVATE', { committee: COMMITTEE, confidential: true, linkedBy: CLERK, linkedAt: at });
}, 120_000);
afterAll(async () => h?.close());

describe.each(PLACES)('a clerk\'s commands in $name', ({ channel, allowed }) => {
  it(allowed ? 'may show the confidential paper' : 'never show the confidential paper', async () => {
    expect(secret.actions.length).toBeGreaterThan(0);
    const id = secret.actions[0]!.id;
    const replies = {
      mark: await slash(`mark ${id} on-track chased by the clerk`, channel),
      actions: await slash('actions', channel),
      papers: await slash('papers', channel),
      challenge: await slash('challenge', channel),
      ask: await slash('ask What did the Chair request a copy of?', channel),
      meetings: await slash('meeting list', channel),
      unknownMark: await slash('mark nosuch-id on-track', channel),
    };
    const pack = await briefText(channel);
    expect(pack.length).toBeGreaterThan(200);
    if (allowed) {
      expect(replies.mark.response_type).toBe('in_channel');
      expect(leaks(replies.mark)).not.toBeNull();
      expect(leaks(replies.actions)).not.toBeNull();
      expect(leaks(replies.papers)).not.toBeNull();
      expect(leaksIn(pack)).not.toBeNull();
    } else {
      for (const [command, body] of Object.entries(replies)) expect(leaks(body), `${command} in ${channel}`).toBeNull();
      expect(leaksIn(pack), `the PDF pack in ${channel}`).toBeNull();
      expect(replies.mark.response_type).toBe('ephemeral');
      expect(String(replies.mark.text)).toMatch(/found no commitment/);
    }
  }, 120_000);
});
