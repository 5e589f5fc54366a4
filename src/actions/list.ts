import type { Deps } from '../deps.ts';
import { inScope, type Paper, type PaperMeta, type Scope } from '../domain.ts';
import { commitmentsOf } from './cache.ts';
import { readMark } from './marks.ts';
import { checkReportBack, type ReportBackSources } from './reportback.ts';
import { withSecondOpinion } from './opinion.ts';
import { mergeFrequencies, paperFrequencies } from './df.ts';
import type { ActionItem, ActionStatus, Commitment } from './types.ts';

export interface ListOptions {
  /** YYYY-MM-DD: the day overdue is judged on. */
  asOf: string;
  committee?: string;
  status?: ActionStatus;
  scope: Scope;
}

/** What listing needs; with a model (deps.llm) its second opinion is taken over the rules. */
export type ActionDeps = Pick<Deps, 'papers' | 'index' | 'kv'> & Partial<Pick<Deps, 'llm'>>;

/** Every commitment in scope with its report-back status and the clerks' marks: overdue first, then not reported, then reported. */
export async function listActions(deps: ActionDeps, opts: ListOptions): Promise<ActionItem[]> {
  const all = (await deps.papers.list()).filter((m) => inScope(m, opts.scope));
  const wanted = opts.committee ? all.filter((m) => sameCommittee(m.committee, opts.committee!)) : all;
  const load = memoLoader(deps);
  const df = mergeFrequencies((await Promise.all(all.map(load))).filter((p): p is Paper => p !== null).map(paperFrequencies));
  const items: ActionItem[] = [];
  for (const meta of wanted) {
    const laterSame = all.filter((m) => m.committee === meta.committee && isAfter(m, meta));
    const next = laterSame[0]?.date ?? null;
    for (const c of await commitmentsOf(deps.kv, meta, next, load)) {
      const laterOther = all.filter((m) => m.committee !== meta.committee && isAfter(m, meta));
      const item = await toItem(deps, c, [laterSame, laterOther], opts, { index: deps.index, load, df });
      if (item) items.push(item);
    }
  }
  return items.filter((i) => matchesStatus(i, opts.status)).sort(byUrgency);
}

async function toItem(deps: ActionDeps, c: Commitment, tiers: PaperMeta[][], opts: ListOptions, src: ReportBackSources): Promise<ActionItem | null> {
  const rules = await checkReportBack(src, c, tiers, opts.scope);
  const opinion = await withSecondOpinion(deps.llm, deps.kv, c, rules.evidence);
  if (!opinion.keep) return null;
  const kept = opinion.evidence.length > 0;
  const rb = { ...rules, evidence: opinion.evidence, reportBack: kept ? rules.reportBack : ('not-reported' as const), divergence: kept ? rules.divergence : null };
  const mark = await readMark(deps.kv, c.id);
  const overdue = rb.reportBack === 'not-reported' && c.due !== null && c.due.date < opts.asOf && !closedByMark(mark?.progress);
  const pending = rb.reportBack === 'not-reported' && !overdue && tiers[0]!.length === 0;
  return {
    ...c,
    ...rb,
    overdue,
    pending,
    progress: mark?.progress ?? 'open',
    note: mark?.note ?? null,
    history: mark?.history ?? [],
  };
}

/** A commitment the clerks have recorded as achieved or closed is no longer chased as overdue. */
function closedByMark(progress: string | undefined): boolean {
  return progress === 'achieved' || progress === 'closed';
}

function isAfter(m: PaperMeta, than: PaperMeta): boolean {
  return m.date !== null && than.date !== null && m.date > than.date;
}

function sameCommittee(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function matchesStatus(i: ActionItem, status: ActionStatus | undefined): boolean {
  if (!status) return true;
  if (status === 'overdue') return i.overdue;
  return i.reportBack === status;
}

function rank(i: ActionItem): number {
  if (i.overdue) return 0;
  if (i.reportBack === 'not-reported' && !i.pending) return 1;
  if (i.pending) return 2;
  return 3;
}

function byUrgency(a: ActionItem, b: ActionItem): number {
  return rank(a) - rank(b) || (a.due?.date ?? '9999').localeCompare(b.due?.date ?? '9999') || (a.madeOn ?? '9999').localeCompare(b.madeOn ?? '9999') || a.id.localeCompare(b.id);
}

function memoLoader(deps: ActionDeps): (m: PaperMeta) => Promise<Paper | null> {
  const cache = new Map<string, Promise<Paper | null>>();
  return (m) => {
    const key = `${m.id}:${m.hash}`;
    if (!cache.has(key)) cache.set(key, deps.papers.load(m));
    return cache.get(key)!;
  };
}
