import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded store under ./data with no Slack and no model', () => {
    const c = loadConfig({}, {}, '/srv/app');
    expect(c.dataDir).toBe('/srv/app/data');
    expect(c.storeUrl).toBe(`sqlite://${path.join('/srv/app/data', 'store.sqlite')}`);
    expect(c.slack).toBeNull();
    expect(c.model).toBeNull();
    expect(c.reminderDays).toBe(3);
  });

  it('lets --data override SCRUTINY_DATA, and treats empty variables as unset', () => {
    const c = loadConfig({ SCRUTINY_DATA: '/a', SLACK_BOT_TOKEN: '' }, { dataDir: '/b' }, '/');
    expect(c.dataDir).toBe('/b');
    expect(c.slack).toBeNull();
  });

  it('chooses HTTP or Socket Mode from the Slack settings given', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.mode).toBe('http');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.mode).toBe('socket');
  });

  it('names what is missing or wrong', () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN is missing/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'abc', SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN: must be a bot token/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({}, { asOf: '2026/11/22' })).toThrow(/--as-of must be YYYY-MM-DD/);
  });

  it('starts with no seed papers when SCRUTINY_SEEDS=none', () => {
    expect(loadConfig({ SCRUTINY_SEEDS: 'none' }).seedsDir).toBeNull();
    expect(loadConfig({}, {}, '/srv/app').seedsDir).toBe('/srv/app/seeds');
  });

  it('turns the model on only when a key is set', () => {
    const c = loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(c.model).toMatchObject({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', model: 'gpt-4o-mini' });
  });
});
