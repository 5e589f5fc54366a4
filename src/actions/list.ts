import type { Deps } from '../deps.ts';
import { inScope, type Paper, type PaperMeta, type Scope } from '../domain.ts';
import { commitmentsOf } from './cache.ts';
import { addSpan } from './due.ts';
import { readMark } from './marks.ts';
import { withSecondOpinion } from './opinion.ts';
import { findResponse } from './response.ts';
import { checkReportBack, type ReportBackSources } from './reportback.ts';
import { statusOf } from './status.ts';
import { isSettled, type ActionItem, type ActionStatus, type Commitment } from './types.ts';

export interface ListOptions {
  /** YYYY-MM-DD: the day overdue is judged on. */
  asOf: string;
  committee?: string;
  status?: ActionStatus;
  scope: Scope;
}

/** What listing needs; with a model (deps.llm) its second opinion is taken over the rules. */
export type ActionDeps = Pick<Deps, 'papers' | 'index' | 'kv'> & Partial<Pick<Deps, 'llm'>>;

/** How long an undated commitment counts as not yet due while no later paper of its committee exists. */
const PENDING_MONTHS = 3;

/** Every commitment in scope with its report-back verdict and the clerks' marks: overdue first, then not reported, then reported. */
export async function listActions(deps: ActionDeps, opts: ListOptions): Promise<ActionItem[]> {
  // Papers dated after the day judged on are not yet written as far as the tracker is concerned (packs for a past meeting).
  const all = (await deps.papers.list()).filter((m) => inScope(m, opts.scope) && (m.date === null || m.date <= opts.asOf));
  const wanted = opts.committee ? all.filter((m) => sameCommittee(m.committee, opts.committee!)) : all;
  const load = memoLoader(deps);
  const items: ActionItem[] = [];
  for (const meta of wanted) {
    const laterSame = all.filter((m) => m.committee === meta.committee && isAfter(m, meta)).sort(byDate);
    const next = laterSame[0]?.date ?? null;
    const laterOther = all.filter((m) => m.committee !== meta.committee && isAfter(m, meta));
    for (const c of await commitmentsOf(deps.kv, meta, next, load)) {
      const item = await toItem(deps, c, tiersFor(c, meta, laterSame, laterOther), [...laterSame, ...laterOther], opts, { index: deps.index, load });
      if (item) items.push(item);
    }
  }
  return items.filter((i) => matchesStatus(i, opts.status)).sort(byUrgency);
}

/** Where report-back is looked for: an inspection's next inspection first; otherwise the same body's later papers, then others. */
export function tiersFor(c: Commitment, meta: PaperMeta, laterSame: PaperMeta[], laterOther: PaperMeta[]): PaperMeta[][] {
  if (c.kind === 'required-action') {
    const nextInspection = laterSame.find((m) => m.kind === meta.kind);
    return nextInspection ? [[nextInspection]] : [];
  }
  return [laterSame, laterOther];
}

async function toItem(deps: ActionDeps, c: Commitment, tiers: PaperMeta[][], later: PaperMeta[], opts: ListOptions, src: ReportBackSources): Promise<ActionItem | null> {
  const rules = await checkReportBack(src, c, tiers, opts.scope);
  const opinion = await withSecondOpinion(deps.llm, deps.kv, c, rules.evidence);
  if (!opinion.keep) return null;
  const kept = opinion.evidence.length > 0;
  const rb = {
    reportBack: kept ? rules.reportBack : ('not-reported' as const),
    verdict: kept ? rules.verdict : ('not-reported' as const),
    evidence: opinion.evidence,
    divergence: kept ? rules.divergence : null,
  };
  const response = c.kind === 'recommendation' ? await findResponse(src, c, later, opts.scope, opts.asOf) : null;
  const mark = await readMark(deps.kv, c.id);
  const closed = isSettled(mark?.progress);
  const due = c.due?.date ?? (response && !response.outcome ? response.dueBy : null);
  const overdue = rb.reportBack === 'not-reported' && due !== null && due < opts.asOf && !closed;
  const recent = c.madeOn !== null && addSpan(c.madeOn, PENDING_MONTHS, 'month') >= opts.asOf;
  const pending = rb.reportBack === 'not-reported' && !overdue && (c.due ? c.due.date >= opts.asOf : tiers.every((t) => t.length === 0) && recent);
  const base = { ...c, ...rb, response, overdue, pending, progress: mark?.progress ?? 'open', note: mark?.note ?? null, history: mark?.history ?? [], marked: mark !== null };
  return { ...base, ...statusOf(base) };
}

function isAfter(m: PaperMeta, than: PaperMeta): boolean {
  return m.date !== null && than.date !== null && m.date > than.date;
}

function byDate(a: PaperMeta, b: PaperMeta): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
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
