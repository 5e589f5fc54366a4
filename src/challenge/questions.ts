import { createHash } from 'node:crypto';
import type { ActionItem } from '../actions/index.ts';
import type { Citation } from '../domain.ts';
import type { Figure } from '../figures/index.ts';
import { citeOf } from './cite.ts';
import { hasFigure, longDate, shortQuote } from './text.ts';
import type { ChallengeKind, ChallengeQuestion, Contradiction, Signal } from './types.ts';

/**
 * A question on a commitment not reported back, shaped by the clerk's latest mark: slipped or not achieved asks why,
 * on track asks for the evidence, overdue asks for the position. The mark is quoted in "why it matters".
 */
export function commitmentQuestion(item: ActionItem, promise: Citation): ChallengeQuestion {
  const made = item.madeOn ? ` of ${longDate(item.madeOn)}` : '';
  const q = promiseWords(promise.quote, [item.target?.text, item.due?.text]);
  const mark = markOf(item);
  const marked = mark ? ` The clerk marked it “${mark.progress}” on ${longDate(mark.at.slice(0, 10))}${mark.note ? ` (“${mark.note}”)` : ''}.` : '';
  if (mark && (mark.progress === 'slipped' || mark.progress === 'not-achieved')) {
    return withMark(build('slipped-commitment', [promise, ...item.evidence.slice(0, 1)], {
      question: `Why has the commitment${made} that “${q}” ${mark.progress === 'slipped' ? 'slipped' : 'not been achieved'}, and what is the revised plan?`,
      followUp: 'What date can the committee now expect it by, and what will be different this time?',
      why: `No later paper reports it done.${marked}`,
    }), mark);
  }
  if (mark && mark.progress === 'on-track') {
    return withMark(build(item.overdue ? 'overdue-commitment' : 'unreported-commitment', [promise], {
      question: `What evidence shows that the commitment${made} that “${q}” is on track?`,
      followUp: 'Which figures show the progress so far, and when will the committee receive a full report?',
      why: `No later paper reports back on it.${marked}`,
    }), mark);
  }
  if (item.overdue && item.due) {
    return withMark(build('overdue-commitment', [promise, ...item.evidence.slice(0, 1)], {
      question: `What is the current position on the commitment${made} that “${q}”, and what evidence shows it?`,
      followUp: `Which figures show what had been achieved by ${longDate(item.due.date)}, and when will the committee receive a full report?`,
      why: `This was due by ${longDate(item.due.date)} (“${item.due.text}”) and no later paper reports back on it.${marked}`,
    }), mark);
  }
  return withMark(build('unreported-commitment', [promise], {
    question: `What progress has been made on the commitment${made} that “${q}”?`,
    followUp: 'When will the committee receive a report on it, and what will that report measure?',
    why: `No later paper reports back on this commitment, so the committee cannot tell whether it is being kept.${marked}`,
  }), mark);
}

/** The clerk's latest mark on a commitment, or null when nobody has marked it (an "open" with no history). */
export function markOf(item: ActionItem): ChallengeQuestion['mark'] {
  const last = item.history.at(-1);
  if (!last) return null;
  return { progress: item.progress, note: item.note, by: last.by, at: last.at };
}

function withMark(q: ChallengeQuestion, mark: ChallengeQuestion['mark']): ChallengeQuestion {
  return mark ? { ...q, mark } : q;
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
      why: 'The paper claims an improvement but gives no figure, so the committee cannot judge how much has changed.',
    });
  }
  if (s.kind === 'figure') {
    const f = s.figure;
    const what = f ? figureWords(f, s.text) : `“${figurePhrase(s.text)}”`;
    return build('figure-without-comparator', [cite], {
      question: `How does ${what} compare with the previous year, the target and similar councils?`,
      followUp: 'What is the trend over the last three years, and what is driving it?',
      why: 'The paper gives this figure without a comparator, so the committee cannot tell whether things are getting better or worse.',
    });
  }
  return build('unaddressed-risk', [cite], {
    question: `What is being done about “${shortQuote(s.text, 18)}”, by whom and by when?`,
    followUp: 'How will the committee know that the response is working for the people the service is for?',
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

/** A typed figure in words for a question: the clause that states it, quoted, with the date it refers to. */
export function figureWords(f: Figure, sentence: string): string {
  const bounds = [...sentence.matchAll(/[;:()]|,\s(?!\d{3}\b)|\s[–—]\s/g)].map((m) => m.index);
  const from = Math.max(0, ...bounds.filter((b) => b < f.start).map((b) => b + 1));
  const to = Math.min(sentence.length, ...bounds.filter((b) => b >= f.end));
  let clause = sentence.slice(from, to).trim();
  if (clause.split(' ').length < 7) clause = sentence;
  const date = f.datedInText && f.date && !clause.includes(f.date.slice(0, 4)) ? ` (${f.date})` : '';
  return `“${shortQuote(clause, 20)}”${date}`;
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
