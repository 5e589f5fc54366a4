import type { ActionItem } from './types.ts';

/** The --json shape of one action (the CLI contract), with the extra fields clerks find useful. */
export function toActionJson(item: ActionItem) {
  return {
    id: item.id,
    text: item.text,
    paper: item.paper,
    page: item.page,
    pageLabel: item.pageLabel,
    committee: item.committee,
    madeOn: item.madeOn,
    owner: item.owner,
    due: item.due ? { date: item.due.date, precision: item.due.precision, text: item.due.text } : null,
    target: item.target,
    reportBack: item.reportBack,
    evidence: item.evidence,
    overdue: item.overdue,
    pending: item.pending,
    divergence: item.divergence,
    progress: item.progress,
    note: item.note,
    history: item.history,
  };
}

export type ActionJson = ReturnType<typeof toActionJson>;

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** A tab-separated table a clerk can paste into a tracker: overdue first (the order of `items`). */
export function renderActionsTable(items: ActionItem[]): string {
  if (items.length === 0) return 'No commitments found in these papers.';
  const head = ['Status', 'Due', 'Owner', 'Commitment', 'Paper', 'Page', 'Made on', 'Report-back', 'Progress', 'Id'];
  const rows = items.map((i) => [
    i.overdue ? 'OVERDUE' : i.reportBack === 'reported' ? 'reported' : i.pending ? 'not yet due' : 'not reported',
    i.due ? `${i.due.date} (${i.due.text})` : '-',
    i.owner ?? '-',
    cut(i.text, 140),
    i.paper.title,
    i.page === null ? '-' : String(i.pageLabel ?? i.page),
    i.madeOn ?? 'undated',
    i.evidence[0] ? `${i.evidence[0].paper.title}${i.evidence[0].page ? ` p.${i.evidence[0].page}` : ''}: "${cut(i.evidence[0].quote, 90)}"${i.divergence ? ` [${i.divergence}]` : ''}` : '-',
    i.note ? `${i.progress}: ${i.note}` : i.progress,
    i.id,
  ]);
  return [head, ...rows].map((r) => r.map((c) => c.replace(/\t|\n/g, ' ')).join('\t')).join('\n');
}
