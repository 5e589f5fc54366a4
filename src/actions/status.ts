import { isSettled, type ActionItem, type Rag } from './types.ts';

type Judged = Omit<ActionItem, 'statusText' | 'rag'>;

const MARK_WORDS: Record<string, string> = {
  achieved: 'achieved',
  'on-track': 'on track',
  slipped: 'slipped',
  'not-achieved': 'not achieved',
  closed: 'closed',
  open: 'open',
};

/**
 * The one status line and RAG rating every view shows for an item (tracker, pack, challenge questions, App Home,
 * reminders): a clerk's mark, where there is one, speaks over what the papers show.
 */
export function statusOf(i: Judged): { statusText: string; rag: Rag } {
  const papers = i.overdue
    ? 'overdue, not reported back'
    : i.verdict === 'progress'
      ? 'reported back with progress'
      : i.verdict === 'no-progress'
        ? 'reported back without progress'
        : i.response?.outcome
          ? `response: ${i.response.outcome.replace(/-/g, ' ')}`
          : i.pending
            ? 'not yet due'
            : 'not reported back';
  if (i.marked) {
    const text = `${MARK_WORDS[i.progress] ?? i.progress} (clerk's mark${i.note ? `: ${i.note}` : ''}); papers: ${papers}`;
    const rag: Rag = isSettled(i.progress) ? 'green' : i.progress === 'slipped' || i.progress === 'not-achieved' ? 'red' : i.progress === 'on-track' ? 'green' : ragOfPapers(i);
    return { statusText: text, rag };
  }
  return { statusText: papers, rag: ragOfPapers(i) };
}

function ragOfPapers(i: Judged): Rag {
  if (i.overdue || i.verdict === 'no-progress' || i.response?.late) return 'red';
  if (i.verdict === 'progress' || i.response?.outcome === 'accepted') return 'green';
  return 'amber';
}
