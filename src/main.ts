import { loadConfig } from './config.ts';
import { buildDeps, type Deps } from './deps.ts';
import { toAppError } from './errors.ts';
import { ingestPaths, describeOutcome } from './ingest/index.ts';
import { consoleLogger } from './log.ts';
import { runConsole } from './cli/console.ts';

const SLACK_HINT = `To run the Slack bot instead, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode) and run npm start again: see "Connecting Slack" in README.md.`;

/** `npm start`: the Slack bot when Slack is configured, else the console on the seed papers. */
async function main(): Promise<number> {
  const config = loadConfig();
  const deps = await buildDeps(config, { log: consoleLogger() });
  try {
    await loadSeedsIfEmpty(deps);
    if (config.slack) {
      const { runSlackBot } = await import('./slack/index.ts');
      await runSlackBot(deps);
      return await new Promise<number>(() => {});
    }
    await runConsole(deps, { input: process.stdin, output: process.stdout }, banner(deps));
    return 0;
  } finally {
    if (!config.slack) await deps.close();
  }
}

/** An empty store gets the demo papers, so that the product answers at once; SCRUTINY_SEEDS=none turns this off. */
async function loadSeedsIfEmpty(deps: Deps): Promise<void> {
  const seeds = deps.config.seedsDir;
  if (seeds === null || (await deps.papers.list()).length > 0) return;
  process.stdout.write(`Loading the seed papers from ${seeds} ...\n`);
  for (const o of await ingestPaths(deps, [seeds], {})) process.stdout.write(`  ${describeOutcome(o)}\n`);
}

function banner(deps: Deps): string {
  return [
    'Scrutiny assistant — console (no Slack configured, no model needed).',
    `Papers are kept in ${deps.config.dataDir}.`,
    SLACK_HINT,
    '',
    'Ask a question about the papers, e.g.  How many children in care are there?',
    'Commands: help, papers, ingest <file|folder>, actions, challenge, brief --out pack.pdf, quit',
  ].join('\n');
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    process.stderr.write(`error: ${toAppError(err).message}\n`);
    process.exitCode = 1;
  },
);
