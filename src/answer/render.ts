import type { Citation } from '../domain.ts';
import type { Answer } from './types.ts';

/** The `ask --json` contract: question, answered, answer, citations (plus closest and model). */
export function toAnswerJson(a: Answer) {
  return {
    question: a.question,
    answered: a.answered,
    answer: a.answer,
    citations: a.citations,
    closest: a.closest,
    model: a.model,
  };
}

/** Where a citation stands, for people: "Title, 3 June 2015, p. 4". */
export function sourceLine(c: Citation): string {
  const parts = [c.paper.title, dateLabel(c.paper.date)];
  if (c.page !== null) parts.push(c.pageLabel && c.pageLabel !== String(c.page) ? `p. ${c.page} (printed ${c.pageLabel})` : `p. ${c.page}`);
  return `${parts.join(', ')} [${c.paper.file}]`;
}

/** A paper's date for people: "3 June 2015", or "undated". */
export function dateLabel(iso: string | null): string {
  return iso ? formatDate(iso) : 'undated';
}

/** "2015-06-03" as "3 June 2015". */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** An answer as terminal text: the lead, then numbered verbatim quotes with their sources. */
export function renderAnswerText(a: Answer): string {
  const lines: string[] = [];
  if (a.answered) {
    lines.push(a.answer, '');
    a.citations.forEach((c, i) => lines.push(`[${i + 1}] “${c.quote}”`, `    — ${sourceLine(c)}`));
  } else {
    lines.push(a.answer);
    if (a.closest.length > 0) {
      lines.push('', 'Closest I found (not an answer):');
      a.closest.forEach((c, i) => lines.push(`[${i + 1}] “${c.quote}”`, `    — ${sourceLine(c)}`));
    }
  }
  if (a.model.note && a.model.note !== 'no model configured') lines.push('', `(model not used: ${a.model.note})`);
  return lines.join('\n');
}
