import type { App } from '@slack/bolt';
import { AppError, toAppError } from '../../errors.ts';
import { describeOutcome, ingestBytes, type IngestOutcome } from '../../ingest/index.ts';
import { errorMessage } from '../blocks/answer.ts';
import { escapeMrkdwn } from '../blocks/text.ts';
import { ingestReply } from '../blocks/ingest.ts';
import { linkOf, scopeFor } from '../channels.ts';
import { MessageEventSchema, type MessageEvent, type SlackFile } from '../payloads.ts';
import { canManage, refusal } from '../roles.ts';
import type { SlackClient, SlackContext } from '../types.ts';
import { paperExtras } from '../capabilities.ts';
import { claimEvent, safely } from './guard.ts';
import { uploadDirectives } from '../upload-text.ts';

const MAX_BYTES = 100 * 1024 * 1024;

/** A clerk shares a file in a committee channel or a DM: the bot downloads it, loads it, and says what it found. */
export function registerFileShares(app: App, ctx: SlackContext): void {
  app.event('message', async ({ event, body, client }) => {
    await safely(ctx, 'file_share', async () => {
      const parsed = MessageEventSchema.safeParse(event);
      if (!parsed.success || parsed.data.subtype !== 'file_share' || !parsed.data.user) return;
      const ev = parsed.data;
      if (!(await claimEvent(ctx, body, ev.channel, ev.ts))) return;
      await loadShared(ctx, client, ev, ev.user!);
    });
  });
}

async function loadShared(ctx: SlackContext, client: SlackClient, ev: MessageEvent, user: string): Promise<void> {
  const reply = (m: Reply) => client.chat.postMessage({ channel: ev.channel, thread_ts: ev.thread_ts ?? ev.ts, ...m } as never);
  const isDm = ev.channel_type === 'im';
  if (!(await canManage(ctx.deps, client, user))) {
    if (isDm) await reply({ text: refusal(ctx.deps, 'load papers') });
    else ctx.deps.log.info('slack: file shared by a member, not loaded', { channel: ev.channel, user });
    return;
  }
  const link = await linkOf(ctx.deps.kv, ev.channel);
  const said = uploadDirectives(ev.text);
  const committee = link?.committee ?? said.committee;
  if (!committee) {
    await reply({ text: 'Which committee is this paper for? Link this channel first (`/scrutiny link <committee>`), or share the file again with `committee: <name>` in the message.' });
    return;
  }
  if (!said.dateValid) {
    await reply({ text: `"${said.date}" is not a real date: give the paper's date as YYYY-MM-DD, or leave it out. Nothing was loaded.` });
    return;
  }
  const date = said.date ?? undefined;
  const confidential = said.confidential;
  await client.reactions.add({ channel: ev.channel, timestamp: ev.ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
  const files = ev.files ?? [];
  for (const [i, file] of files.entries()) {
    // The reply is posted at once and updated as the load goes: downloading, loading, then what was found.
    const status = await progressReply(ctx, client, ev, file.name, i, files.length);
    try {
      const bytes = await download(ctx, file);
      await status.update({ text: `:hourglass_flowing_sand: Loading *${escapeMrkdwn(file.name)}*${counter(i, files.length)}: extracting the text of its pages…` });
      const outcome: IngestOutcome = await ingestBytes(ctx.deps, file.name, bytes, { committee, date, confidential });
      const extras = outcome.status === 'failed' ? {} : await paperExtras(ctx.deps, outcome.paper.id, await scopeFor(ctx.deps.kv, ev.channel, ev.channel_type));
      await status.update(ingestReply(outcome, describeOutcome(outcome), extras));
    } catch (err) {
      const e = toAppError(err);
      ctx.deps.log.error('slack: loading a shared file failed', { file: file.name, error: e.message });
      await status.update(errorMessage(`loading ${file.name}`, e.message));
    }
  }
  await client.reactions.remove({ channel: ev.channel, timestamp: ev.ts, name: 'hourglass_flowing_sand' }).catch(() => undefined);
}

type Reply = { text: string; blocks?: unknown[] };

/** The thread reply for one file, posted now and then updated in place (a new reply if Slack will not update it). */
async function progressReply(ctx: SlackContext, client: SlackClient, ev: MessageEvent, name: string, i: number, n: number): Promise<{ update(m: Reply): Promise<void> }> {
  const thread_ts = ev.thread_ts ?? ev.ts;
  const post = (m: Reply) => client.chat.postMessage({ channel: ev.channel, thread_ts, ...m } as never);
  const first = await post({ text: `:hourglass_flowing_sand: Loading *${escapeMrkdwn(name)}*${counter(i, n)}: downloading…` }).catch((err: Error) => {
    ctx.deps.log.warn('slack: cannot post the loading reply', { error: err.message });
    return null;
  });
  const ts = first?.ts;
  return {
    async update(m) {
      if (ts) {
        const done = await client.chat.update({ channel: ev.channel, ts, ...m } as never).then(() => true, () => false);
        if (done) return;
      }
      await post(m);
    },
  };
}

function counter(i: number, n: number): string {
  return n > 1 ? ` (${i + 1} of ${n})` : '';
}

/** Downloads a shared file's bytes with the bot token. */
async function download(ctx: SlackContext, file: SlackFile): Promise<Buffer> {
  const url = file.url_private_download ?? file.url_private;
  if (!url) throw new AppError('SLACK', `${file.name}: Slack gave no download link for this file (is it an external link?)`);
  if (file.size !== undefined && file.size > MAX_BYTES) throw new AppError('BAD_INPUT', `${file.name} is ${Math.round(file.size / 1048576)} MB: the limit is 100 MB`);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${ctx.botToken}` }, redirect: 'follow' });
  if (!res.ok) throw new AppError('SLACK', `${file.name}: the download from Slack failed (HTTP ${res.status}); does the app have the files:read scope?`);
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new AppError('BAD_INPUT', `${file.name} is larger than the 100 MB limit`);
  return bytes;
}
