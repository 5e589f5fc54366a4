import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMeeting } from '../../src/meetings/index.ts';
import { atomicFor } from '../../src/store/index.ts';
import { checkReminders, dueMeetings, reminderKey } from '../../src/slack/index.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/slack-api.ts';
import { CHAIR, TOKEN, startHarness } from './harness.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-remind-'));
let fake: FakeSlackApi;
afterAll(async () => fake?.close());

describe('chairs\' reminders', () => {
  it('picks meetings with a chair within the reminder window', () => {
    const m = (date: string, chair: string | null) => ({ id: date, committee: 'c', date, title: 't', chair, papers: [], createdAt: '' });
    expect(dueMeetings([m('2025-03-04', CHAIR), m('2025-03-05', CHAIR), m('2025-02-28', CHAIR), m('2025-03-02', null)], '2025-03-01', 3).map((x) => x.id)).toEqual(['2025-03-04']);
  });

  it('DMs the chair once when the meeting comes due, with the pack attached, and never again after a restart', async () => {
    fake = await startFakeSlackApi({ token: TOKEN });
    const first = await startHarness({ dir, fake, seeds: true, now: '2025-03-01T09:00:00Z' });
    await addMeeting(first.deps, { committee: 'Children', date: '2025-03-10', title: 'Spring scrutiny', chair: CHAIR });
    expect(await checkReminders(first.deps, first.bot.app.client, first.clock)).toEqual([]);
    first.clock.set('2025-03-07T08:00:00Z');
    fake.failNext('chat.postMessage', 'channel_not_found');
    expect(await checkReminders(first.deps, first.bot.app.client, first.clock)).toEqual([]);
    expect(await atomicFor(first.deps.kv).get(reminderKey('children-2025-03-10'))).toBeUndefined();
    await first.close();

    const second = await startHarness({ dir, fake, now: '2025-03-07T08:01:00Z', reminderIntervalMs: 20 });
    const dm = await fake.waitFor('chat.postMessage', (c) => c.body.channel === `D${CHAIR}` && String(c.body.text).includes('Spring scrutiny'));
    const text = JSON.stringify(dm.body.blocks);
    expect(text).toContain('New papers since the last meeting');
    expect(text).toContain('Overdue and unreported commitments');
    expect(text).toContain('Suggested challenge questions');
    expect((await fake.waitFor('conversations.open')).body.users).toBe(CHAIR);
    const done = await fake.waitFor('files.completeUploadExternal', (c) => c.body.channel_id === `D${CHAIR}`);
    expect(fake.uploaded.get((done.body.files as Array<{ id: string }>)[0]!.id)!.subarray(0, 5).toString()).toBe('%PDF-');
    await second.close();

    const third = await startHarness({ dir, fake, now: '2025-03-08T08:00:00Z' });
    expect(await checkReminders(third.deps, third.bot.app.client, third.clock)).toEqual([]);
    await third.close();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.body.channel === `D${CHAIR}`)).toHaveLength(2);
  });

  it('retries a failed pack upload without posting the DM again', async () => {
    fake ??= await startFakeSlackApi({ token: TOKEN });
    const h = await startHarness({ fake, now: '2025-05-01T09:00:00Z' });
    await addMeeting(h.deps, { committee: 'Upload', date: '2025-05-02', title: 'Upload retry', chair: CHAIR });
    const dms = () => fake.callsTo('chat.postMessage').filter((c) => String(c.body.text).includes('Upload retry'));
    const uploads = () => fake.callsTo('files.completeUploadExternal').filter((c) => JSON.stringify(c.body).includes('Upload retry'));
    fake.failNext('files.getUploadURLExternal', 'internal_error');
    expect(await checkReminders(h.deps, h.bot.app.client, h.clock)).toEqual([]);
    expect(dms()).toHaveLength(1);
    expect(uploads()).toHaveLength(0);
    expect(await checkReminders(h.deps, h.bot.app.client, h.clock)).toEqual(['upload-2025-05-02']);
    expect(await checkReminders(h.deps, h.bot.app.client, h.clock)).toEqual([]);
    expect(dms()).toHaveLength(1);
    expect(uploads()).toHaveLength(1);
    await h.close();
  });
});
