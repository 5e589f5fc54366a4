import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliCommands, findCliCommand, findSlackCommand, registry, slackHelpLines } from '../../src/commands/index.ts';
import { helpText } from '../../src/cli/run.ts';
import { SEEDS } from '../support/deps.ts';
import { tempDir } from '../support/stores.ts';

const HOOK = path.resolve('test/support/import-log.mjs');
const HEAVY = ['pdf-parse', 'pdfjs-dist', 'pdfkit', 'openai', '@slack/bolt', '@slack/web-api', 'better-sqlite3', 'node-html-parser', 'zod'];

/** The packages a real command-line process imports (from the compiled build). */
function packagesImported(args: string[]): Set<string> {
  const log = path.join(tempDir(), 'imports.txt');
  fs.writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, 'dist/cli/main.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, IMPORT_LOG: log, OPENAI_API_KEY: '', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '' },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  const names = new Set<string>();
  for (const url of fs.readFileSync(log, 'utf8').split('\n')) {
    const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m) names.add(m[1]!);
  }
  return names;
}

describe('command registry', () => {
  it('loads every command line handler under its own name, with the registry metadata', async () => {
    for (const entry of cliCommands()) {
      const command = await entry.cli!();
      expect(command.name).toBe(entry.name);
      expect(command.usage).toBe(entry.usage);
      expect(command.flags).toEqual(entry.flags);
    }
  });

  it('loads every Slack subcommand and lists each in /scrutiny help', async () => {
    const slack = registry.filter((e) => e.slack);
    expect(slack.map((e) => e.name)).toEqual(expect.arrayContaining(['ask', 'actions', 'mark', 'challenge', 'brief', 'meeting', 'papers', 'link', 'help']));
    for (const entry of slack) expect(typeof (await entry.slack!.load())).toBe('function');
    expect(slackHelpLines()).toHaveLength(slack.filter((e) => e.slack!.help).length);
    expect(findSlackCommand('ingest')).toBeUndefined();
    expect(findCliCommand('mark')).toBeUndefined();
  });

  it('help lists every command line command', () => {
    const text = helpText();
    for (const entry of cliCommands()) expect(text).toContain(entry.usage.split('\n')[0]);
  });

  it('`scrutiny help` imports none of the heavy libraries', () => {
    const imported = packagesImported(['help']);
    for (const name of HEAVY) expect(imported.has(name), `${name} imported by help`).toBe(false);
  });

  it('`scrutiny ask` imports no PDF library, no PDF writer, no Slack and no model client', () => {
    const data = tempDir();
    const load = spawnSync(process.execPath, ['dist/cli/main.js', '--data', data, 'ingest', SEEDS], { encoding: 'utf8', timeout: 120_000 });
    expect(load.status, load.stderr).toBe(0);
    const imported = packagesImported(['--data', data, 'ask', 'How many children in care are there?']);
    expect(imported.has('better-sqlite3')).toBe(true);
    for (const name of ['pdf-parse', 'pdfjs-dist', 'pdfkit', 'openai', '@slack/bolt', 'node-html-parser']) expect(imported.has(name), `${name} imported by ask`).toBe(false);
  });
});
