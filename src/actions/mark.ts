import type { Deps } from '../deps.ts';
import { today } from '../clock.ts';
import type { Scope } from '../domain.ts';
import { listActions, type ActionDeps } from './list.ts';
import { writeMark } from './marks.ts';
import { statusOf } from './status.ts';
import { isSettled, type ActionItem, type Progress } from './types.ts';

const EVERYTHING: Scope = { allowConfidential: true };

/**
 * Records a clerk's progress mark on a commitment (kept with its history in the store under `action-mark:<id>`).
 * Returns the commitment with this mark (a mark another clerk made at the same moment may follow it in the history),
 * or null (nothing written) when no paper the scope may see holds a commitment with that id (the command line sees
 * everything; a Slack channel only what it may quote).
 */
export async function markAction(
  deps: ActionDeps & Pick<Deps, 'clock' | 'config'>,
  id: string,
  progress: Progress,
  opts: { note?: string; by: string; scope?: Scope },
): Promise<ActionItem | null> {
  const asOf = today(deps);
  const scope = opts.scope ?? EVERYTHING;
  const items = await listActions(deps, { asOf, scope });
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const written = await writeMark(deps.kv, id, progress, { note: opts.note, by: opts.by, at: deps.clock.now() });
  const again = (await listActions(deps, { asOf, committee: item.committee, scope })).find((i) => i.id === id);
  if (!again) return null;
  const base = { ...again, progress: written.progress, note: written.note, history: written.history, marked: true, overdue: again.overdue && !isSettled(written.progress) };
  return { ...base, ...statusOf(base) };
}
