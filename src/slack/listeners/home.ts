import type { App } from '@slack/bolt';
import { today } from '../../clock.ts';
import { inScope, type Scope } from '../../domain.ts';
import { toAppError } from '../../errors.ts';
import { listMeetings } from '../../meetings/index.ts';
import { homeView, type HomeData } from '../blocks/home.ts';
import { sections } from '../blocks/text.ts';
import { openActions } from '../capabilities.ts';
import { linkedCommittees } from '../channels.ts';
import { HomeOpenedSchema } from '../payloads.ts';
import type { SlackContext } from '../types.ts';
import { safely } from './guard.ts';

/** Opening the app's Home tab publishes the committees' overview; a failure is shown there, not hidden. */
export function registerHome(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    await safely(ctx, 'app_home_opened', async () => {
      const parsed = HomeOpenedSchema.safeParse(event);
      if (!parsed.success || (parsed.data.tab && parsed.data.tab !== 'home')) return;
      const user = parsed.data.user;
      try {
        await client.views.publish({ user_id: user, view: homeView(await homeData(ctx)) as never });
      } catch (err) {
        const e = toAppError(err);
        ctx.deps.log.error('slack: App Home failed', { error: e.message });
        await client.views.publish({ user_id: user, view: { type: 'home', blocks: sections(`:warning: Sorry, I could not build this page: ${e.message}`) as never } });
      }
    });
  });
}

/** The Home tab's content: for the committees linked to channels (all when none), nothing confidential. */
export async function homeData(ctx: SlackContext): Promise<HomeData> {
  const { deps } = ctx;
  const committees = await linkedCommittees(deps.kv);
  const scope: Scope = { committees: committees.length > 0 ? committees : undefined, allowConfidential: false };
  const asOf = today(deps);
  const actions = await openActions(deps, { asOf, scope });
  const meetings = (await listMeetings(deps)).filter((m) => m.date >= asOf && (committees.length === 0 || committees.includes(m.committee))).slice(0, 5);
  const papers = (await deps.papers.list()).filter((p) => inScope(p, scope)).reverse().slice(0, 10);
  return { committees, asOf, actions, meetings, papers };
}
