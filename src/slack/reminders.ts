import { isoDate, type Clock } from '../clock.ts';
import type { Deps } from '../deps.ts';
import type { Scope } from '../domain.ts';
import { listMeetings, previousMeeting, type Meeting } from '../meetings/index.ts';
import { reminderMessage } from './blocks/reminder.ts';
import { briefingPdf, challenges, openActions } from './capabilities.ts';
import { claimOnce, releaseClaim } from './dedupe.ts';
import { atomicFor } from '../store/index.ts';
import type { SlackClient } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
export const reminderKey = (meetingId: string) => `reminder-sent:${meetingId}`;

/** Meetings whose chair's reminder is due on a date: a chair, and the meeting within reminderDays ahead (today included). */
export function dueMeetings(meetings: Meeting[], asOf: string, reminderDays: number): Meeting[] {
  const from = Date.parse(`${asOf}T00:00:00Z`);
  return meetings.filter((m) => {
    const days = (Date.parse(`${m.date}T00:00:00Z`) - from) / DAY_MS;
    return m.chair !== null && days >= 0 && days <= reminderDays;
  });
}

/** What has been done for a meeting's reminder, step by step, so that a retry does only what is left. */
export interface ReminderRecord {
  /** The DM posted: where, and its ts. */
  dm?: { channel: string; ts: string | null };
  /** The pack uploaded. */
  uploaded?: boolean;
  /** Everything sent (also the whole record an earlier release kept). */
  sentAt?: string;
  chair?: string | null;
}

export const reminderClaimKey = (meetingId: string) => `reminder-claim:${meetingId}`;

/**
 * Sends every chair's reminder that has come due, each exactly once. An instance first claims the meeting
 * (an expiring claim, so a crash between claim and send is retried once it lapses), then does each step not yet
 * recorded under `reminder-sent:<meetingId>` (the DM, then the pack) and records it, so a failed upload is retried
 * without posting the DM again. A failure gives the claim back for the next check. Returns the ids completed.
 */
export async function checkReminders(deps: Deps, client: SlackClient, clock: Clock): Promise<string[]> {
  const asOf = isoDate(clock.now());
  const sent: string[] = [];
  const atomic = atomicFor(deps.kv);
  for (const meeting of dueMeetings(await listMeetings(deps), asOf, deps.config.reminderDays)) {
    const key = reminderKey(meeting.id);
    if ((await atomic.get<ReminderRecord>(key))?.sentAt) continue;
    if (!(await claimOnce(deps.kv, reminderClaimKey(meeting.id), deps.config.reminderClaimMs))) continue;
    try {
      const done = (await atomic.get<ReminderRecord>(key)) ?? {};
      if (done.sentAt) continue;
      await sendReminder(deps, client, meeting, asOf, done, (step) => atomic.update<ReminderRecord, void>(key, (r) => ({ value: { ...(r ?? {}), ...step }, result: undefined })));
      await atomic.update<ReminderRecord, void>(key, (r) => ({ value: { ...(r ?? {}), sentAt: clock.now().toISOString(), chair: meeting.chair }, result: undefined }));
      sent.push(meeting.id);
    } catch (err) {
      deps.log.error('slack: reminder not sent, will retry', { meeting: meeting.id, error: (err as Error).message });
    } finally {
      await releaseClaim(deps.kv, reminderClaimKey(meeting.id)).catch(() => undefined);
    }
  }
  return sent;
}

/** The chair's DM: the meeting, new papers since the last one, commitments to chase, questions, and the pack as a PDF. */
async function sendReminder(
  deps: Deps,
  client: SlackClient,
  meeting: Meeting,
  asOf: string,
  done: ReminderRecord,
  record: (step: ReminderRecord) => Promise<void>,
): Promise<void> {
  const scope: Scope = { committees: [meeting.committee], allowConfidential: false };
  const previous = await previousMeeting(deps, meeting);
  const newPapers = (await deps.papers.list()).filter(
    (p) => p.committee === meeting.committee && !p.confidential && (p.date ?? p.loadedAt.slice(0, 10)) > (previous?.date ?? '0000') && (p.date ?? '') <= meeting.date,
  );
  const pdf = await briefingPdf(deps, { committee: meeting.committee, meetingId: meeting.id, asOf, scope });
  const filename = `briefing-${meeting.id}.pdf`;
  let channel = done.dm?.channel;
  if (!done.dm) {
    const opened = await client.conversations.open({ users: meeting.chair! });
    channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open gave no channel');
    const earlier = await postedBefore(client, channel, meeting.id);
    if (earlier !== undefined) {
      await record({ dm: { channel, ts: earlier } });
    } else {
      const actions = await openActions(deps, { asOf, committee: meeting.committee, scope });
      const questions = await challenges(deps, { committee: meeting.committee, asOf, scope });
      const message = reminderMessage({ meeting, newPapers, actions, challenges: questions.slice(0, 5), packAttached: true });
      const posted = await client.chat.postMessage({ channel, ...message, metadata: { event_type: REMINDER_EVENT, event_payload: { meeting: meeting.id } } });
      await record({ dm: { channel, ts: posted.ts ?? null } });
    }
  }
  if (!done.uploaded) {
    if (!(await uploadedBefore(client, channel!, filename))) {
      await client.filesUploadV2({ channel_id: channel!, file: pdf, filename, title: `Briefing pack: ${meeting.title}` });
    }
    await record({ uploaded: true });
  }
}

/** The message metadata type that marks a reminder DM, so a retry can see the DM was posted before a crash. */
export const REMINDER_EVENT = 'scrutiny_reminder';

/**
 * The ts of a reminder DM for this meeting already in the channel (posted by an instance that died before recording
 * it), or undefined. Looks at the channel's recent messages with their metadata.
 */
async function postedBefore(client: SlackClient, channel: string, meetingId: string): Promise<string | undefined> {
  const history = await client.conversations.history({ channel, limit: 50, include_all_metadata: true });
  const found = (history.messages ?? []).find((m) => m.metadata?.event_type === REMINDER_EVENT && (m.metadata.event_payload as { meeting?: unknown } | undefined)?.meeting === meetingId);
  return found ? (found.ts ?? '') : undefined;
}

/** Whether the meeting's pack is already shared in the channel (uploaded by an instance that died before recording it). */
async function uploadedBefore(client: SlackClient, channel: string, filename: string): Promise<boolean> {
  const listed = await client.files.list({ channel, count: 100 });
  return (listed.files ?? []).some((f) => f.name === filename);
}
