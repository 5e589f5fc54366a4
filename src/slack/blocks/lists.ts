import type { ActionItem } from '../../actions/types.ts';
import type { ChallengeQuestion } from '../../challenge/types.ts';
import type { PaperMeta } from '../../domain.ts';
import type { Meeting } from '../../meetings/index.ts';
import { citationBlocks } from './answer.ts';
import { LIMITS, context, escapeMrkdwn, header, humanDate, sections, truncate, type Block, type SlackMessage } from './text.ts';

/** Status words for a commitment: overdue first, then whether it was reported back. */
export function actionStatus(a: ActionItem): string {
  if (a.marked) return `${a.rag === 'red' ? ':red_circle:' : a.rag === 'green' ? ':large_green_circle:' : ':large_orange_circle:'} ${a.statusText}`;
  if (a.overdue) return ':red_circle: overdue';
  if (a.pending) return ':white_circle: not yet due';
  return a.reportBack === 'reported' ? ':large_green_circle: reported back' : ':large_orange_circle: not reported back';
}

/** One line of a commitment: id, words, source, due date, status, clerk's mark. */
export function actionLine(a: ActionItem): string {
  const due = a.due ? `due ${humanDate(a.due.date)}` : 'no due date';
  const page = a.page === null ? '' : `, p. ${a.page}`;
  const mark = a.progress !== 'open' ? ` · marked *${a.progress}*${a.note ? `: ${escapeMrkdwn(truncate(a.note, 200))}` : ''}` : '';
  return `\`${a.id}\` ${escapeMrkdwn(truncate(a.text, 600))}\n_${escapeMrkdwn(a.paper.title)}, ${humanDate(a.paper.date)}${page}_ · ${due} · ${actionStatus(a)}${mark}`;
}

/** The promise tracker as a message, overdue first (the order listActions gives). */
export function actionsMessage(items: ActionItem[], title: string): SlackMessage {
  const overdue = items.filter((a) => a.overdue).length;
  const summary = `${items.length} commitment(s), ${overdue} overdue`;
  if (items.length === 0) return { text: `${title}: no commitments found.`, blocks: [header(title), ...sections('No commitments found in the papers in scope.')] };
  return { text: `${title}: ${summary}`, blocks: listBlocks(header(title), context(summary), items.map(actionLine), 'commitment') };
}

/** Drafted challenge questions with the quotes they rest on. */
export function challengeMessage(questions: ChallengeQuestion[], title: string): SlackMessage {
  if (questions.length === 0) return { text: `${title}: nothing to challenge found.`, blocks: [header(title), ...sections('I found nothing in the papers in scope to build a challenge question on.')] };
  const blocks: Block[] = [header(title)];
  let shown = 0;
  for (const [i, q] of questions.entries()) {
    const part = [
      ...sections(`*${i + 1}. ${escapeMrkdwn(q.question)}*\n_Follow-up:_ ${escapeMrkdwn(q.followUp)}\n_Why:_ ${escapeMrkdwn(q.why)}`),
      ...q.citations.slice(0, 2).flatMap(citationBlocks),
    ];
    if (blocks.length + part.length > LIMITS.blocks - 1) break;
    blocks.push(...part);
    shown += 1;
  }
  if (shown < questions.length) blocks.push(context(`${questions.length - shown} more question(s) left off: Slack allows ${LIMITS.blocks} blocks a message.`));
  return { text: `${title}: ${questions.length} question(s)`, blocks };
}

/** The latest papers in scope, newest first. */
export function papersMessage(papers: PaperMeta[], title: string): SlackMessage {
  if (papers.length === 0) return { text: `${title}: none loaded.`, blocks: [header(title), ...sections('No papers are loaded for this channel yet. A clerk can share a PDF here to load it.')] };
  return { text: `${title}: ${papers.length}`, blocks: listBlocks(header(title), context(`${papers.length} paper(s), newest first`), papers.map(paperLine), 'paper') };
}

export function paperLine(p: PaperMeta): string {
  return `*${escapeMrkdwn(p.title)}* · ${humanDate(p.date)} · ${p.pageCount} p. · ${escapeMrkdwn(p.committee)}${p.confidential ? ' · :lock: confidential' : ''}`;
}

/** The meeting register. */
export function meetingsMessage(meetings: Meeting[], title: string): SlackMessage {
  if (meetings.length === 0) return { text: `${title}: none.`, blocks: [header(title), ...sections('No meetings registered. A clerk adds one with `/scrutiny meeting add YYYY-MM-DD [title] [@chair]`.')] };
  return { text: `${title}: ${meetings.length}`, blocks: listBlocks(header(title), context(`${meetings.length} meeting(s)`), meetings.map(meetingLine), 'meeting') };
}

export function meetingLine(m: Meeting): string {
  return `*${humanDate(m.date)}* · ${escapeMrkdwn(m.title)} · ${escapeMrkdwn(m.committee)}${m.chair ? ` · chair <@${m.chair}>` : ''} · \`${m.id}\``;
}

/** Lines grouped into sections within the block limit; says how many were left off. */
export function listBlocks(head: Block, summary: Block, lines: string[], noun: string, maxBlocks: number = LIMITS.blocks, maxLines = 40): Block[] {
  const blocks: Block[] = [head, summary];
  let chunk: string[] = [];
  let shown = 0;
  const flush = () => {
    if (chunk.length > 0) blocks.push(...sections(chunk.join('\n\n')));
    chunk = [];
  };
  for (const line of lines) {
    if ([...chunk, line].join('\n\n').length > LIMITS.sectionText) flush();
    if (blocks.length >= maxBlocks - 2 || shown >= maxLines) break;
    chunk.push(line);
    shown += 1;
  }
  flush();
  if (shown < lines.length) blocks.push(context(`${lines.length - shown} more ${noun}(s) not shown: Slack limits the length of a message.`));
  return blocks;
}
