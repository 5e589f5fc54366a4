import type { App } from '@slack/bolt';
import { toAppError } from '../../errors.ts';
import { findSlackCommand } from '../../commands/index.ts';
import { CommandSchema } from '../payloads.ts';
import type { SlackContext } from '../types.ts';

/** `/scrutiny <subcommand>`: acknowledged at once; the work runs after, and any failure is said to the user. */
export function registerCommand(app: App, ctx: SlackContext): void {
  app.command('/scrutiny', async ({ command, ack, respond, client }) => {
    await ack();
    const parsed = CommandSchema.safeParse(command);
    if (!parsed.success) return ctx.deps.log.warn('slack: /scrutiny without the fields needed');
    const cmd = parsed.data;
    const [name = 'help', ...rest] = cmd.text.trim().split(/\s+/);
    const entry = findSlackCommand(name === '' ? 'help' : name.toLowerCase());
    const args = rest.join(' ').trim();
    try {
      if (!entry) {
        await respond({ response_type: 'ephemeral', text: `I don't know \`${name}\`. Try \`/scrutiny help\`.` });
        return;
      }
      const sub = await entry.slack.load();
      await sub({ ctx, client, cmd, args, respond });
    } catch (err) {
      const e = toAppError(err);
      ctx.deps.log.error('slack: /scrutiny failed', { subcommand: name, error: e.message });
      await respond({ response_type: 'ephemeral', text: `Sorry, \`/scrutiny ${name}\` failed: ${e.message}` }).catch((e2: Error) => ctx.deps.log.error('slack: cannot report the failure', { error: e2.message }));
    }
  });
}
