import { z } from 'zod';
import { isCalendarDate } from '../clock.ts';

const isoDate = z.string().refine(isCalendarDate, { error: (i) => `must be YYYY-MM-DD, a real date; got "${String(i.input)}"` });

/** What a clerk gives to register a meeting. */
export const MeetingInputSchema = z.object({
  committee: z.string().trim().min(1, 'is required'),
  date: isoDate,
  title: z.string().trim().min(1).optional(),
  chair: z
    .string()
    .trim()
    .regex(/^[UW][A-Z0-9]{2,}$/, 'must be a Slack user id such as U012ABCDEF')
    .optional(),
  papers: z.array(z.string().trim().min(1)).optional(),
});

export type MeetingInput = z.input<typeof MeetingInputSchema>;

/** A committee meeting: a briefing pack and a Slack reminder belong to one. */
export const MeetingSchema = z.object({
  id: z.string(),
  committee: z.string(),
  date: isoDate,
  title: z.string(),
  chair: z.string().nullable(),
  papers: z.array(z.string()),
  createdAt: z.string(),
});

export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingRegisterSchema = z.record(z.string(), MeetingSchema);
