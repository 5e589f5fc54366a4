import type { ActionItem } from './types.ts';

/** The --json shape of one action (the CLI contract): every earlier field, plus kind, verdict and what clerks find useful. */
export function toActionJson(item: ActionItem) {
  return {
    id: item.id,
    kind: item.kind,
    text: item.text,
    leadIn: item.leadIn,
    paper: item.paper,
    page: item.page,
    pageLabel: item.pageLabel,
    committee: item.committee,
    madeOn: item.madeOn,
    owner: item.owner,
    due: item.due ? { date: item.due.date, precision: item.due.precision, text: item.due.text } : null,
    target: item.target,
    reportBack: item.reportBack,
    verdict: item.verdict,
    evidence: item.evidence,
    response: item.response,
    overdue: item.overdue,
    pending: item.pending,
    divergence: item.divergence,
    progress: item.progress,
    note: item.note,
    history: item.history,
    marked: item.marked,
    status: item.statusText,
    rag: item.rag,
    confidence: item.confidence,
  };
}

export type ActionJson = ReturnType<typeof toActionJson>;

/** A tab-separated table a clerk can paste into a tracker: overdue first (the order of `items`), nothing cut. */
export function renderActionsTable(items: ActionItem[]): string {
  if (items.length === 0) return 'No commitments found in these papers.';
  const head = ['Status', 'RAG', 'Kind', 'Due', 'Owner', 'Commitment', 'Paper', 'File', 'Page', 'Made on', 'Evidence', 'Clerk', 'Id'];
  const rows = items.map((i) => [
    i.overdue && !i.marked ? 'OVERDUE' : i.statusText,
    i.rag,
    i.kind,
    i.due ? `${i.due.date} (${i.due.text})` : '-',
    i.owner ?? '-',
    i.leadIn ? `${i.leadIn} ${i.text}` : i.text,
    i.paper.title,
    i.paper.file,
    i.page === null ? '-' : String(i.page),
    i.madeOn ?? 'undated',
    i.evidence[0] ? `${i.evidence[0].paper.file}${i.evidence[0].page ? ` p.${i.evidence[0].page}` : ''}: "${i.evidence[0].quote}"${i.divergence ? ` [${i.divergence}]` : ''}` : '-',
    i.note ? `${i.progress}: ${i.note}` : i.progress,
    i.id,
  ]);
  return [head, ...rows].map((r) => r.map((c) => c.replace(/\t|\n/g, ' ')).join('\t')).join('\n');
}
