import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMeeting } from '../../src/meetings/index.ts';
import { linkChannel } from '../../src/slack/index.ts';
import { postEvent } from '../fakes/slack-signing.ts';
import { CLERK, CORPUS, MEMBER, SECRET, TOKEN, blocksText, envelope, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ seeds: true });
});
afterAll(async () => h?.close());

/** A file_share message (the shared payload) carrying one file served by the fake. */
function fileShare(file: string, opts: { user: string; text: string; channel?: string; channelType?: string }) {
  const name = path.basename(file);
  const url = h.fake.addFile(`${Date.now()}-${name}`, fs.readFileSync(file));
  const base = JSON.parse(fs.readFileSync(path.resolve('../shared/slack-payloads/message_file_share.json'), 'utf8')).event.files[0];
  return envelope('message_file_share.json', {
    user: opts.user,
    text: opts.text,
    channel: opts.channel ?? 'D0442US94JD',
    channel_type: opts.channelType ?? 'im',
    files: [{ ...base, name, title: name, mimetype: 'application/pdf', filetype: 'pdf', size: fs.statSync(file).size, url_private_download: url, url_private: url }],
  });
}

/** The reply to a shared file: posted in the thread at once, then updated in place with what the load found. */
async function loadReply(env: Record<string, unknown>, file: string) {
  const ev = env.event as { ts: string; channel: string };
  const first = await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === ev.ts, 60_000);
  expect(String(first.body.text)).toMatch(/^:hourglass_flowing_sand: Loading \*.+\*: downloading/);
  const done = (c: { body: Record<string, unknown> }) => c.body.channel === ev.channel && String(c.body.text).includes(file) && !String(c.body.text).startsWith(':hourglass');
  return h.fake.waitFor('chat.update', done, 60_000);
}

describe('loading papers from Slack', () => {
  it('downloads a clerk\'s PDF with the bot token, loads it, and replies with what it found', async () => {
    const env = fileShare(path.join(CORPUS, 'birmingham/ofsted-2019.pdf'), { user: CLERK, text: 'committee: Children' });
    await postEvent(h.url, SECRET, env);
    const reply = await loadReply(env, 'ofsted-2019.pdf');
    expect(h.fake.callsTo('chat.update').some((c) => c.body.channel === (env.event as { channel: string }).channel && /extracting the text of its pages/.test(String(c.body.text)))).toBe(true);
    const download = h.fake.callsTo('file.download').find((c) => String(c.body.name).endsWith('ofsted-2019.pdf'))!;
    expect(download.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const text = blocksText(reply.body);
    expect(text).toContain('ofsted-2019.pdf');
    expect(text).toMatch(/13 pages/);
    expect(text).toMatch(/Commitments found/);
    const loaded = (await h.deps.papers.list()).find((p) => p.file === 'ofsted-2019.pdf');
    expect(loaded?.committee).toBe('Children');
  });

  it('refuses the bad file with its reason, naming it', async () => {
    const env = fileShare(path.join(CORPUS, 'bad/ofsted-2012-not-a-pdf.pdf'), { user: CLERK, text: 'committee: Children' });
    await postEvent(h.url, SECRET, env);
    const reply = await loadReply(env, 'ofsted-2012-not-a-pdf.pdf');
    const text = blocksText(reply.body);
    expect(text).toContain('ofsted-2012-not-a-pdf.pdf');
    expect(text).toMatch(/not a PDF/i);
  });

  it('politely refuses a member\'s file in a DM, saying who can load papers', async () => {
    const env = fileShare(path.join(CORPUS, 'birmingham/ofsted-2023.pdf'), { user: MEMBER, text: 'committee: Children' });
    await postEvent(h.url, SECRET, env);
    const reply = await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (env.event as { ts: string }).ts);
    expect(String(reply.body.text)).toMatch(/only the committee clerks and chairs can load papers.*<@UCLERK01>/);
    expect((await h.deps.papers.list()).some((p) => p.file === 'ofsted-2023.pdf')).toBe(false);
  });

  it('loads into the linked committee of a channel, confidential when the message says so, and never quotes it elsewhere', async () => {
    await linkChannel(h.deps.kv, 'C0PRIVATE', { committee: 'Corporate Parenting', confidential: true, linkedBy: CLERK, linkedAt: '2025-01-01' });
    const env = fileShare(path.join(CORPUS, 'kent/full_council_2025-03-13/CPP Minutes 10.12.24.pdf'), { user: CLERK, text: 'confidential', channel: 'C0PRIVATE', channelType: 'group' });
    await postEvent(h.url, SECRET, env);
    const reply = await loadReply(env, 'CPP Minutes 10.12.24.pdf');
    expect(blocksText(reply.body)).toContain('as *confidential*');
    const paper = (await h.deps.papers.list()).find((p) => p.file === 'CPP Minutes 10.12.24.pdf')!;
    expect(paper).toMatchObject({ committee: 'Corporate Parenting', confidential: true });
    const dm = envelope('messageIm.json', { text: 'What did the Corporate Parenting Panel say about care leavers?' });
    await postEvent(h.url, SECRET, dm);
    const answer = await h.fake.waitFor('chat.postMessage', (c) => c.body.thread_ts === (dm.event as { ts: string }).ts);
    expect(JSON.stringify(answer.body.blocks)).not.toContain('CPP Minutes');
    expect(JSON.stringify(answer.body.blocks)).not.toContain(paper.title);
  });
});

describe('a confidential upload in a direct message', () => {
  it('reads "committee: kent confidential" as committee kent, confidential, and does not show its title or words in the DM', async () => {
    const env = fileShare(path.join(CORPUS, 'kent/full_council_2025-03-13/CPP Minutes 29.10.24.pdf'), { user: CLERK, text: 'committee: kent confidential' });
    await postEvent(h.url, SECRET, env);
    const reply = await loadReply(env, 'CPP Minutes 29.10.24.pdf');
    const paper = (await h.deps.papers.list()).find((p) => p.file === 'CPP Minutes 29.10.24.pdf')!;
    expect(paper).toMatchObject({ committee: 'kent', confidential: true });
    expect(blocksText(reply.body)).toContain('as *confidential*');
    const said = [...h.fake.callsTo('chat.postMessage'), ...h.fake.callsTo('chat.update')].filter((c) => c.body.channel === (env.event as { channel: string }).channel);
    for (const c of said) expect(blocksText(c.body)).not.toContain(paper.title);
  });
});

describe('App Home', () => {
  it('publishes the overview for the user: commitments, next meetings, latest papers', async () => {
    await addMeeting(h.deps, { committee: 'Children', date: '2025-03-20', title: 'Spring scrutiny', chair: 'UCHAIR01' });
    await addMeeting(h.deps, { committee: 'Adults', date: '2025-03-21', title: 'Unlinked committee meeting' });
    await linkChannel(h.deps.kv, 'C0CHILDREN', { committee: 'Children', confidential: false, linkedBy: CLERK, linkedAt: '2025-01-01' });
    const env = envelope('app_home_opened_home.json', {});
    await postEvent(h.url, SECRET, env);
    const published = await h.fake.waitFor('views.publish', (c) => c.body.user_id === 'U043H11ES4V');
    const view = published.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Overdue and unreported commitments');
    expect(text).toContain('Spring scrutiny');
    expect(text).toContain('Latest papers');
    expect(text).not.toContain('CPP Minutes');
    expect(text).not.toContain('Unlinked committee meeting');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });
});
