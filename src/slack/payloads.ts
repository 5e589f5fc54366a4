import { z } from 'zod';

/** The fields of a shared file the bot relies on. */
export const SlackFileSchema = z.object({
  id: z.string(),
  name: z.string().default('file'),
  title: z.string().optional(),
  mimetype: z.string().optional(),
  filetype: z.string().optional(),
  size: z.number().optional(),
  url_private_download: z.string().url().optional(),
  url_private: z.string().url().optional(),
});

export type SlackFile = z.infer<typeof SlackFileSchema>;

/** The fields of a message or app_mention event the bot relies on. */
export const MessageEventSchema = z.object({
  channel: z.string().min(1),
  user: z.string().optional(),
  text: z.string().default(''),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
  files: z.array(SlackFileSchema).optional(),
});

export type MessageEvent = z.infer<typeof MessageEventSchema>;

/** The outer envelope of an Events API delivery: only its id matters here. */
export const EnvelopeSchema = z.object({ event_id: z.string().min(1) });

/** A slash command's fields. */
export const CommandSchema = z.object({
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  channel_name: z.string().optional(),
  response_url: z.string().url().optional(),
});

export type SlashCommand = z.infer<typeof CommandSchema>;

/** A button click on an answer. */
export const FeedbackActionSchema = z.object({
  user: z.object({ id: z.string() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string() })).min(1),
});

export const HomeOpenedSchema = z.object({ user: z.string().min(1), tab: z.string().optional() });
