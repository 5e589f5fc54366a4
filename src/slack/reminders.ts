import { isoDate, type Clock } from '../clock.ts';
import type { Deps } from '../deps.ts';
import type { Scope } from '../domain.ts';
import { listMeetings, previousMeeting, type Meeting } from '../meetings/index.ts';
import { reminderMessage } from './blocks/reminder.ts';
import { briefingPdf, challenges, openActions } from './capabilities.ts';
import { claimOnce, releaseClaim } from './dedupe.ts';
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

/**
 * Sends every chair's reminder that has come due, each exactly once: `reminder-sent:<meetingId>` is claimed in
 * the store before sending and released if the send fails, so it is retried on the next check. Returns the ids sent.
 */
export async function checkReminders(deps: Deps, client: SlackClient, clock: Clock): Promise<string[]> {
  const asOf = isoDate(clock.now());
  const sent: string[] = [];
  for (const meeting of dueMeetings(await listMeetings(deps), asOf, deps.config.reminderDays)) {
    const key = reminderKey(meeting.id);
    if (!(await claimOnce(deps.kv, key))) continue;
    try {
      await sendReminder(deps, client, meeting, asOf);
      await deps.kv.set(key, { sentAt: clock.now().toISOString(), chair: meeting.chair });
      sent.push(meeting.id);
    } catch (err) {
      await releaseClaim(deps.kv, key);
      deps.log.error('slack: reminder not sent, will retry', { meeting: meeting.id, error: (err as Error).message });
    }
  }
  return sent;
}

/** The chair's DM: the meeting, new papers since the last one, commitments to chase, questions, and the pack as a PDF. */
async function sendReminder(deps: Deps, client: SlackClient, meeting: Meeting, asOf: string): Promise<void> {
  const scope: Scope = { committees: [meeting.committee], allowConfidential: false };
  const previous = await previousMeeting(deps, meeting);
  const newPapers = (await deps.papers.list()).filter(
    (p) => p.committee === meeting.committee && !p.confidential && (p.date ?? p.loadedAt.slice(0, 10)) > (previous?.date ?? '0000') && (p.date ?? '') <= meeting.date,
  );
  const actions = await openActions(deps, { asOf, committee: meeting.committee, scope });
  const questions = await challenges(deps, { committee: meeting.committee, asOf, scope });
  const pdf = await briefingPdf(deps, { committee: meeting.committee, meetingId: meeting.id, asOf, scope });
  const opened = await client.conversations.open({ users: meeting.chair! });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open gave no channel');
  await client.chat.postMessage({ channel, ...reminderMessage({ meeting, newPapers, actions, challenges: questions.slice(0, 5), packAttached: true }) });
  await client.filesUploadV2({ channel_id: channel, file: pdf, filename: `briefing-${meeting.id}.pdf`, title: `Briefing pack: ${meeting.title}` });
}
