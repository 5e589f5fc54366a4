import type Keyv from 'keyv';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { atomicFor } from '../store/index.ts';
import { PROGRESS_VALUES, type MarkRecord, type Progress } from './types.ts';

const markKey = (id: string) => `action-mark:${id}`;

const ProgressSchema = z.enum(PROGRESS_VALUES as [Progress, ...Progress[]]);
const EntrySchema = z.object({ progress: ProgressSchema, note: z.string().nullable(), by: z.string(), at: z.string() });
const RecordSchema = EntrySchema.extend({ id: z.string(), history: z.array(EntrySchema) });

/** Checks a progress word from a person or a payload; throws BAD_INPUT naming the allowed words. */
export function parseProgress(value: string): Progress {
  const parsed = ProgressSchema.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new AppError('BAD_INPUT', `Progress must be one of ${PROGRESS_VALUES.join(', ')}; got "${value}"`);
  return parsed.data;
}

/** The clerks' record of a commitment, or null when nobody has marked it. */
export async function readMark(kv: Keyv, id: string): Promise<MarkRecord | null> {
  return parseRecord(id, await atomicFor(kv).get(markKey(id)));
}

function parseRecord(id: string, raw: unknown): MarkRecord | null {
  if (raw === undefined || raw === null) return null;
  const parsed = RecordSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('STORE', `The mark stored for action ${id} is not readable: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
  return parsed.data;
}

/**
 * Records a clerk's mark, keeping every earlier mark in the history (oldest first). One atomic step on the store,
 * so marks made at the same moment by several processes are all kept.
 */
export async function writeMark(kv: Keyv, id: string, progress: Progress, opts: { note?: string; by: string; at: Date }): Promise<MarkRecord> {
  const entry = { progress, note: opts.note?.trim() || null, by: opts.by, at: opts.at.toISOString() };
  return atomicFor(kv).update<MarkRecord, MarkRecord>(markKey(id), (raw) => {
    const previous = parseRecord(id, raw);
    const record: MarkRecord = { id, ...entry, history: [...(previous?.history ?? []), entry] };
    return { value: record, result: record };
  });
}
