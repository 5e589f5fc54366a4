import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

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
