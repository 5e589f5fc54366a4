import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { atomicFor } from '../store/index.ts';
import { MeetingInputSchema, MeetingRegisterSchema, type Meeting, type MeetingInput } from './types.ts';

export type { Meeting, MeetingInput } from './types.ts';

type MeetingDeps = Pick<Deps, 'kv' | 'papers' | 'clock'>;

const REGISTER = 'meetings';

/** A committee name as a lower-case slug: "Education & Children" -> "education-children". */
export function committeeSlug(committee: string): string {
  return committee
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'committee';
}

/** The id a meeting of a committee on a date gets: `<committee-slug>-<date>`. */
export function meetingId(committee: string, date: string): string {
  return `${committeeSlug(committee)}-${date}`;
}

/**
 * Registers a meeting. Throws BAD_INPUT when the input is not valid, NOT_FOUND when a named paper is not loaded,
 * DUPLICATE when the committee already has a meeting on that date.
 */
export async function addMeeting(deps: MeetingDeps, input: MeetingInput): Promise<Meeting> {
  const parsed = MeetingInputSchema.safeParse(input);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'meeting'} ${i.message}`).join('; ');
    throw new AppError('BAD_INPUT', `Cannot add the meeting: ${why}`);
  }
  const m = parsed.data;
  for (const paperId of m.papers ?? []) {
    if (!(await deps.papers.meta(paperId))) throw new AppError('NOT_FOUND', `Cannot add the meeting: no paper with id "${paperId}" is loaded`);
  }
  const meeting: Meeting = {
    id: meetingId(m.committee, m.date),
    committee: m.committee,
    date: m.date,
    title: m.title ?? `${m.committee} meeting, ${m.date}`,
    chair: m.chair ?? null,
    papers: [...new Set(m.papers ?? [])],
    createdAt: deps.clock.now().toISOString(),
  };
  const added = await atomicFor(deps.kv).update<unknown, boolean>(REGISTER, (raw) => {
    const register = parseRegister(raw);
    if (register[meeting.id]) return { skip: true, result: false };
    return { value: { ...register, [meeting.id]: meeting }, result: true };
  });
  if (!added) throw new AppError('DUPLICATE', `A meeting "${meeting.id}" is already registered`, { id: meeting.id });
  return meeting;
}

/** Takes a meeting out of the register. Throws NOT_FOUND naming the id and the meetings there are. */
export async function removeMeeting(deps: Pick<Deps, 'kv'>, id: string): Promise<Meeting> {
  const removed = await atomicFor(deps.kv).update<unknown, Meeting | null>(REGISTER, (raw) => {
    const register = parseRegister(raw);
    const found = register[id];
    if (!found) return { skip: true, result: null };
    const { [id]: _gone, ...rest } = register;
    return { value: rest, result: found };
  });
  if (removed) return removed;
  const known = (await listMeetings(deps)).map((m) => m.id);
  throw new AppError('NOT_FOUND', `No meeting "${id}" is registered; ${known.length ? `the meetings are: ${known.join(', ')}` : 'no meetings are registered'}`, { id });
}

/** Meetings, oldest first, optionally of one committee (matched by name or slug). */
export async function listMeetings(deps: Pick<Deps, 'kv'>, opts: { committee?: string } = {}): Promise<Meeting[]> {
  const all = Object.values(await readRegister(deps));
  const wanted = opts.committee ? committeeSlug(opts.committee) : null;
  return all
    .filter((m) => wanted === null || committeeSlug(m.committee) === wanted)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** One meeting by id, or null. */
export async function getMeeting(deps: Pick<Deps, 'kv'>, id: string): Promise<Meeting | null> {
  return (await readRegister(deps))[id] ?? null;
}

/** The same committee's meeting before this one, or null when this is its first. */
export async function previousMeeting(deps: Pick<Deps, 'kv'>, meeting: Pick<Meeting, 'committee' | 'date'>): Promise<Meeting | null> {
  const earlier = (await listMeetings(deps, { committee: meeting.committee })).filter((m) => m.date < meeting.date);
  return earlier.at(-1) ?? null;
}

async function readRegister(deps: Pick<Deps, 'kv'>): Promise<Record<string, Meeting>> {
  return parseRegister(await atomicFor(deps.kv).get(REGISTER));
}

function parseRegister(raw: unknown): Record<string, Meeting> {
  if (raw === undefined || raw === null) return {};
  const parsed = MeetingRegisterSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('STORE', 'The meeting register in the store is not valid');
  return parsed.data;
}
