import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = fs.readFileSync('slack/manifest.yml', 'utf8');

describe('slack/manifest.yml', () => {
  it('asks for exactly the bot scopes and events the bot uses, the command, interactivity and a socket mode option', () => {
    const scopes = /bot:\n((?:\s+- .+\n)+)/.exec(manifest)![1]!.match(/- (\S+)/g)!.map((s) => s.slice(2));
    expect(scopes.sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'files:read', 'files:write', 'groups:history', 'im:history', 'im:read', 'im:write', 'reactions:write', 'usergroups:read', 'users:read']);
    const events = /bot_events:\n((?:\s+- .+\n)+)/.exec(manifest)![1]!.match(/- (\S+)/g)!.map((s) => s.slice(2));
    expect(events.sort()).toEqual(['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(manifest).toMatch(/command: \/scrutiny/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: (true|false)/);
    expect(manifest.match(/\/slack\/events/g)).toHaveLength(3);
  });
});
