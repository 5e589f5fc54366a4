import type { webApi } from '@slack/bolt';
import type { Deps } from '../deps.ts';
import type { Clock } from '../clock.ts';

/** The Slack Web API client Bolt hands to listeners. */
export type SlackClient = webApi.WebClient;

/** What every listener needs: the product's deps, the bot token for file downloads, and the clock. */
export interface SlackContext {
  deps: Deps;
  botToken: string;
  clock: Clock;
}
