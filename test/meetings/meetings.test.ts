import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.ts';
import { AppError } from '../../src/errors.ts';
import { addMeeting, getMeeting, listMeetings, meetingId, previousMeeting } from '../../src/meetings/index.ts';
import { openKvStore, PaperRepo, type KvStore } from '../../src/store/index.ts';

let store: KvStore;
let deps: { kv: KvStore['kv']; papers: PaperRepo; clock: ReturnType<typeof fixedClock> };

beforeEach(async () => {
  store = await openKvStore('memory:');
  deps = { kv: store.kv, papers: new PaperRepo(store.kv), clock: fixedClock('2026-11-22T09:00:00Z') };
});
afterEach(async () => store.close());

describe('meetings register', () => {
  it('adds a meeting with an id from the committee slug and date, and reads it back', async () => {
    const m = await addMeeting(deps, { committee: 'Education & Vulnerable Children', date: '2026-12-03', chair: 'U012ABCDEF' });
    expect(m.id).toBe('education-vulnerable-children-2026-12-03');
    expect(m.title).toContain('Education & Vulnerable Children');
    expect(m.chair).toBe('U012ABCDEF');
    expect(m.createdAt).toBe('2026-11-22T09:00:00.000Z');
    expect(await getMeeting(deps, m.id)).toEqual(m);
    expect(await getMeeting(deps, 'nope')).toBeNull();
  });

  it('rejects bad input with BAD_INPUT naming the field', async () => {
    const bad = async (input: Parameters<typeof addMeeting>[1]) => addMeeting(deps, input).catch((e: unknown) => e);
    for (const [input, field] of [
      [{ committee: 'Scrutiny', date: '3 December 2026' }, 'date'],
      [{ committee: 'Scrutiny', date: '2026-02-30' }, 'date'],
      [{ committee: '', date: '2026-12-03' }, 'committee'],
      [{ committee: 'Scrutiny', date: '2026-12-03', chair: '@alice' }, 'chair'],
    ] as const) {
      const err = await bad(input);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('BAD_INPUT');
      expect((err as AppError).message).toContain(field);
    }
  });

  it('refuses a second meeting of a committee on the same date and unknown papers', async () => {
    await addMeeting(deps, { committee: 'Scrutiny', date: '2026-12-03' });
    await expect(addMeeting(deps, { committee: 'scrutiny', date: '2026-12-03' })).rejects.toMatchObject({ code: 'DUPLICATE' });
    await expect(addMeeting(deps, { committee: 'Scrutiny', date: '2027-01-03', papers: ['no-such-paper'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists meetings oldest first, by committee, and finds the previous one of the same committee', async () => {
    const b = await addMeeting(deps, { committee: 'Scrutiny', date: '2026-12-03' });
    const a = await addMeeting(deps, { committee: 'Scrutiny', date: '2026-10-01' });
    await addMeeting(deps, { committee: 'Corporate Parenting Panel', date: '2026-11-01' });
    expect((await listMeetings(deps)).map((m) => m.date)).toEqual(['2026-10-01', '2026-11-01', '2026-12-03']);
    expect((await listMeetings(deps, { committee: 'scrutiny' })).map((m) => m.id)).toEqual([a.id, b.id]);
    expect((await previousMeeting(deps, b))?.id).toBe(a.id);
    expect(await previousMeeting(deps, a)).toBeNull();
    expect(meetingId('Corporate Parenting Panel', '2026-11-01')).toBe('corporate-parenting-panel-2026-11-01');
  });

  it('keeps every meeting when several are added at once', async () => {
    const dates = ['2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05'];
    await Promise.all(dates.map((date) => addMeeting(deps, { committee: 'Scrutiny', date })));
    expect((await listMeetings(deps)).map((m) => m.date)).toEqual(dates);
  });
});
