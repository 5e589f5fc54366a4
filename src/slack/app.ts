import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import { systemClock, type Clock } from '../clock.ts';
import type { SlackConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { Logger } from '../log.ts';
import { registerFeedback } from './listeners/actions.ts';
import { registerCommand } from './listeners/command.ts';
import { registerMessages } from './listeners/dm.ts';
import { registerFileShares } from './listeners/files.ts';
import { registerHome } from './listeners/home.ts';
import { registerMention } from './listeners/mention.ts';
import { checkReminders } from './reminders.ts';
import type { SlackContext } from './types.ts';

export interface SlackAppOptions {
  clock?: Clock;
  /** How often the chairs' reminders are checked; 0 turns the loop off. Default one minute. */
  reminderIntervalMs?: number;
}

export interface SlackBot {
  app: App;
  /** Starts listening (HTTP on the port, or Socket Mode) and the reminder loop. */
  start(port?: number): Promise<{ server: Server | null; port: number | null }>;
  stop(): Promise<void>;
}

/** Web API retries: a few, quickly, never Bolt's default half hour. */
export const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 3000 };

/** The Slack bot: Bolt with the HTTP receiver (events, commands, interactivity at /slack/events) or Socket Mode. */
export function createSlackApp(deps: Deps, slack: SlackConfig, opts: SlackAppOptions = {}): SlackBot {
  const clock = opts.clock ?? deps.clock ?? systemClock;
  const apiUrl = slack.apiUrl ? (slack.apiUrl.endsWith('/') ? slack.apiUrl : `${slack.apiUrl}/`) : undefined;
  const common = {
    token: slack.botToken,
    logger: boltLogger(deps.log),
    clientOptions: { slackApiUrl: apiUrl, retryConfig: RETRY_CONFIG },
  };
  const app =
    slack.mode === 'socket'
      ? new App({ ...common, appToken: slack.appToken, socketMode: true })
      : new App({ ...common, receiver: httpReceiver(slack.signingSecret ?? '', common.logger) });
  const ctx: SlackContext = { deps, botToken: slack.botToken, clock };
  registerMention(app, ctx);
  registerMessages(app, ctx);
  registerFileShares(app, ctx);
  registerCommand(app, ctx);
  registerFeedback(app, ctx);
  registerHome(app, ctx);
  app.error(async (err) => deps.log.error('slack: unhandled error', { error: err.message }));

  let timer: NodeJS.Timeout | null = null;
  let checking = false;
  const tick = async () => {
    if (checking) return;
    checking = true;
    try {
      const sent = await checkReminders(deps, app.client, clock);
      if (sent.length > 0) deps.log.info('slack: chairs reminded', { meetings: sent });
    } catch (err) {
      deps.log.error('slack: reminder check failed', { error: (err as Error).message });
    } finally {
      checking = false;
    }
  };

  return {
    app,
    async start(port) {
      const started = slack.mode === 'socket' ? await app.start() : await app.start(port ?? slack.port);
      const interval = opts.reminderIntervalMs ?? 60_000;
      if (interval > 0) {
        timer = setInterval(tick, interval);
        timer.unref();
        void tick();
      }
      if (slack.mode === 'socket') return { server: null, port: null };
      const server = started as Server;
      return { server, port: (server.address() as AddressInfo).port };
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await app.stop();
    },
  };
}

/** Slack's rule: a request whose signed timestamp is more than five minutes from now, either way, is refused. */
export const MAX_REQUEST_SKEW_S = 5 * 60;

/**
 * Bolt's HTTP receiver (signature checked, events, commands and interactivity at /slack/events), behind a check
 * Bolt leaves out: a timestamp more than five minutes in the future is refused with 401, as a stale one is.
 */
function httpReceiver(signingSecret: string, logger: BoltLogger): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, processBeforeResponse: false, endpoints: '/slack/events', logger });
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const header = req.headers['x-slack-request-timestamp'];
    const ts = Number(Array.isArray(header) ? header[0] : header);
    if (header !== undefined && (!Number.isFinite(ts) || Math.abs(Date.now() / 1000 - ts) > MAX_REQUEST_SKEW_S)) {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('request timestamp out of range');
      return;
    }
    inner(req, res);
  };
  return receiver;
}

function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: () => {},
    info: (...m: unknown[]) => log.info(`bolt: ${m.map(String).join(' ')}`),
    warn: (...m: unknown[]) => log.warn(`bolt: ${m.map(String).join(' ')}`),
    error: (...m: unknown[]) => log.error(`bolt: ${m.map(String).join(' ')}`),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}
