import { createHash } from 'node:crypto';
import type { ActionItem } from '../actions/index.ts';
import type { Citation } from '../domain.ts';
import { citeOf } from './cite.ts';
import { hasFigure, longDate, shortQuote } from './text.ts';
import type { ChallengeKind, ChallengeQuestion, Contradiction, Signal } from './types.ts';

/** A question on a commitment that was not reported back: overdue ones ask for the position and the evidence. */
export function commitmentQuestion(item: ActionItem, promise: Citation): ChallengeQuestion {
  const made = item.madeOn ? ` of ${longDate(item.madeOn)}` : '';
  const q = promiseWords(promise.quote, [item.target?.text, item.due?.text]);
  if (item.overdue && item.due) {
    return build('overdue-commitment', [promise, ...item.evidence.slice(0, 1)], {
      question: `What is the current position on the commitment${made} that “${q}”, and what evidence shows it?`,
      followUp: `Which figures show what had been achieved by ${longDate(item.due.date)}, and when will the committee receive a full report?`,
      why: `This was due by ${longDate(item.due.date)} (“${item.due.text}”) and no later paper reports back on it.`,
    });
  }
  return build('unreported-commitment', [promise], {
    question: `What progress has been made on the commitment${made} that “${q}”?`,
    followUp: 'When will the committee receive a report on it, and what will that report measure?',
    why: 'No later paper reports back on this commitment, so the committee cannot tell whether it is being kept.',
  });
}

/** A question setting an earlier claim against a later inspection finding. */
export function contradictionQuestion(c: Contradiction, subject: string | null): ChallengeQuestion {
  const claimSentence = c.claim.page.text.slice(c.claim.start, c.claim.end).split(/(?<=[.!?])\s+/).at(-1) ?? c.claim.text;
  const claimText = shortQuote(claimSentence.replace(/\s+/g, ' ').trim(), 14);
  const about = subject ? `on the ${subject} ` : '';
  return build('contradiction', [citeOf(c.claim), citeOf(c.finding)], {
    question: `How do officers reconcile the statement ${about}of ${longDate(c.claim.paper.date)} (“${claimText}”) with the inspection finding of ${longDate(c.finding.paper.date)} that “${shortQuote(c.finding.text, 16)}”?`,
    followUp: 'What has changed since the inspection, and what evidence shows that it is now making children safer?',
    why: `The council’s paper of ${longDate(c.claim.paper.date)} and the later inspection say opposite things about the same service.`,
  });
}

/** A question on a claim, a figure or a risk found in the papers. */
export function signalQuestion(s: Signal): ChallengeQuestion {
  const cite = citeOf(s);
  if (s.kind === 'claim') {
    return build('unevidenced-claim', [cite], {
      question: `What evidence shows that “${shortQuote(s.text, 18)}”?`,
      followUp: 'Which measures show it, and how have they moved over the last year?',
      why: 'The paper claims an improvement but gives no figure, so the committee cannot judge how much has changed for children.',
    });
  }
  if (s.kind === 'figure') {
    return build('figure-without-comparator', [cite], {
      question: `How does “${figurePhrase(s.text)}” compare with last year, the target and similar councils?`,
      followUp: 'What is the trend over the last three years, and what is driving it?',
      why: 'A figure without a comparator does not tell the committee whether things are getting better or worse.',
    });
  }
  return build('unaddressed-risk', [cite], {
    question: `What is being done about “${shortQuote(s.text, 18)}”, by whom and by when?`,
    followUp: 'How will the committee know that the response is working for children and families?',
    why: 'The papers name this risk or gap but do not say what will be done about it.',
  });
}

/** The promise in a few words: the whole sentence when short, else the clause holding its target or due date. */
export function promiseWords(quote: string, anchors: Array<string | undefined>): string {
  if (quote.split(' ').length <= 22) return shortQuote(quote, 22);
  const clauses = quote.split(/(?<=[,;:])\s+/);
  const i = clauses.findIndex((c) => anchors.some((a) => a && c.includes(a)));
  if (i <= 0) return shortQuote(quote, 20);
  return `…${shortQuote(clauses.slice(i).join(" "), 24)}`;
}

/** The clause of a sentence holding its first figure, shortened. */
export function figurePhrase(text: string): string {
  const clauses = text.split(/[;:()]|,\s|\s[–—-]\s/);
  const clause = clauses.find((c) => hasFigure(c))?.trim() ?? text;
  return shortQuote(clause, 16);
}

function build(kind: ChallengeKind, citations: Citation[], words: Pick<ChallengeQuestion, 'question' | 'followUp' | 'why'>): ChallengeQuestion {
  const id = `${kind}-${createHash('sha256').update(citations.map((c) => `${c.paper.id}:${c.page}:${c.quote}`).join('\n')).digest('hex').slice(0, 8)}`;
  return { id, kind, ...words, citations };
}
