import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { isCalendarDate } from './clock.ts';

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(/[\s,]+/).filter(Boolean));

const date = z.string().refine(isCalendarDate, { error: (i) => `must be YYYY-MM-DD, a real date; got "${String(i.input)}"` });

/** Every environment variable the product reads, validated once at start-up. */
const EnvSchema = z.object({
  SCRUTINY_DATA: z.string().min(1).optional(),
  SCRUTINY_STORE: z.string().min(1).optional(),
  SCRUTINY_NAMESPACE: z.string().min(1).default('scrutiny'),
  SCRUTINY_AS_OF: date.optional(),
  SCRUTINY_CLERKS: list,
  SCRUTINY_CHAIRS: list,
  SCRUTINY_CLERK_GROUP: z.string().optional(),
  SCRUTINY_REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  SCRUTINY_REMINDER_CLAIM_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  SCRUTINY_SEEDS: z.string().optional(),
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'must be a bot token (xoxb-...)').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token (xapp-...)').optional(),
  SLACK_API_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
});

export type Env = z.infer<typeof EnvSchema>;

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  mode: 'http' | 'socket';
}

export interface ModelConfig {
  apiKey: string;
  baseURL?: string;
  model: string;
  embeddingModel?: string;
  timeoutMs: number;
}

export interface Config {
  dataDir: string;
  /** keyv store URL: sqlite://FILE (default, embedded), redis://..., postgresql://... */
  storeUrl: string;
  namespace: string;
  asOf?: string;
  /** The folder `npm start` loads into an empty store; null when SCRUTINY_SEEDS=none. */
  seedsDir: string | null;
  clerks: string[];
  chairs: string[];
  clerkGroup?: string;
  reminderDays: number;
  /** How long an instance's claim on a due reminder lasts: a crash between claim and send is retried after it. */
  reminderClaimMs: number;
  slack: SlackConfig | null;
  model: ModelConfig | null;
}

export interface ConfigOverrides {
  dataDir?: string;
  storeUrl?: string;
  asOf?: string;
}

/** Validates the environment (plus command-line overrides) into a Config, or throws a CONFIG AppError naming what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}, cwd = process.cwd()): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError('CONFIG', `Configuration is not valid:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(cwd, overrides.dataDir ?? e.SCRUTINY_DATA ?? 'data');
  const asOf = overrides.asOf ?? e.SCRUTINY_AS_OF;
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new AppError('CONFIG', `--as-of must be YYYY-MM-DD, a real date; got "${asOf}"`);
  return {
    dataDir,
    storeUrl: overrides.storeUrl ?? e.SCRUTINY_STORE ?? `sqlite://${path.join(dataDir, 'store.sqlite')}`,
    namespace: e.SCRUTINY_NAMESPACE,
    asOf,
    seedsDir: e.SCRUTINY_SEEDS === 'none' ? null : path.resolve(cwd, e.SCRUTINY_SEEDS ?? 'seeds'),
    clerks: e.SCRUTINY_CLERKS,
    chairs: e.SCRUTINY_CHAIRS,
    clerkGroup: e.SCRUTINY_CLERK_GROUP,
    reminderDays: e.SCRUTINY_REMINDER_DAYS,
    reminderClaimMs: e.SCRUTINY_REMINDER_CLAIM_SECONDS * 1000,
    slack: slackConfig(e),
    model: e.OPENAI_API_KEY
      ? { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL, embeddingModel: e.OPENAI_EMBEDDING_MODEL, timeoutMs: e.OPENAI_TIMEOUT_MS }
      : null,
  };
}

function slackConfig(e: Env): SlackConfig | null {
  if (!e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) return null;
  if (!e.SLACK_BOT_TOKEN) throw new AppError('CONFIG', 'SLACK_BOT_TOKEN is missing: set it to the bot token (xoxb-...) from your Slack app\'s "OAuth & Permissions" page.');
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    throw new AppError('CONFIG', 'Set SLACK_SIGNING_SECRET (HTTP events at /slack/events) or SLACK_APP_TOKEN (Socket Mode): neither is set.');
  }
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
    port: e.PORT,
    mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
  };
}
