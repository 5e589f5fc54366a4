import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { createSlackApp } from './app.ts';

export { createSlackApp, RETRY_CONFIG, type SlackAppOptions, type SlackBot } from './app.ts';
export { checkReminders, dueMeetings, reminderKey } from './reminders.ts';
export { channelLinks, linkChannel, scopeFor, type ChannelLink } from './channels.ts';
export { listFeedback, type FeedbackRecord } from './listeners/actions.ts';
export { answerMessage } from './blocks/answer.ts';

/** Starts the Slack bot named by the config (HTTP or Socket Mode) with its reminder loop, and logs where it listens. */
export async function runSlackBot(deps: Deps): Promise<{ stop(): Promise<void> }> {
  const slack = deps.config.slack;
  if (!slack) throw new AppError('CONFIG', 'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode).');
  const bot = createSlackApp(deps, slack);
  const { port } = await bot.start();
  if (slack.mode === 'socket') deps.log.info('slack: connected in Socket Mode');
  else deps.log.info(`slack: listening for events, commands and interactivity on http://0.0.0.0:${port}/slack/events`);
  return { stop: () => bot.stop() };
}
