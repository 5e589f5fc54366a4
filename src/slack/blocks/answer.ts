import type { Answer } from '../../answer/types.ts';
import type { Citation } from '../../domain.ts';
import { LIMITS, blockQuote, splitText, citationSource, context, escapeMrkdwn, sections, truncate, type Block, type SlackMessage } from './text.ts';

export const FEEDBACK_ACTIONS = { helpful: 'feedback_helpful', notHelpful: 'feedback_not_helpful' } as const;

/**
 * An answer as a Slack message: the lead, then each cited quote with its paper, date and page, then
 * "helpful" / "not helpful" buttons. Long quotes are split across sections; when the message would pass
 * Slack's 50 blocks, later excerpts are left off and the message says how many.
 */
export function answerMessage(answer: Answer, answerId: string): SlackMessage {
  const head = sections(escapeMrkdwn(answer.answer));
  const quoted = answer.answered ? answer.citations : answer.closest;
  const intro = !answer.answered && quoted.length > 0 ? [context('Closest passages I found. They do not answer the question:')] : [];
  const tail: Block[] = [];
  if (answer.model.used) tail.push(context('Worded with the help of a language model; every quote above is checked against the paper.'));
  tail.push(feedbackButtons(answerId));
  const room = LIMITS.blocks - head.length - intro.length - tail.length - 1;
  const body: Block[] = [];
  let shown = 0;
  for (const c of quoted) {
    const blocks = citationBlocks(c);
    if (body.length + blocks.length > room) break;
    body.push(...blocks);
    shown += 1;
  }
  const notes = shown < quoted.length ? [context(`${quoted.length - shown} more excerpt(s) left off: Slack allows ${LIMITS.blocks} blocks a message.`)] : [];
  const text = truncate(answer.answered && answer.citations[0] ? `${answer.answer} (${plainSource(answer.citations[0])})` : answer.answer, LIMITS.fallbackText);
  return { text, blocks: [...head, ...intro, ...body, ...notes, ...tail] };
}

/** The blocks for one cited quote: the quote (split when long) and its source. */
export function citationBlocks(c: Citation): Block[] {
  const pieces = splitText(escapeMrkdwn(c.quote), LIMITS.sectionText - 200).map((t) => {
    const quoted = blockQuote(t);
    return quoted.length <= LIMITS.sectionText ? quoted : `>${t.replace(/\s+/g, ' ')}`;
  });
  return [...pieces.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } })), context(citationSource(c))];
}

function plainSource(c: Citation): string {
  return [c.paper.title, c.paper.date, c.page === null ? null : `p. ${c.page}`].filter(Boolean).join(', ');
}

function feedbackButtons(answerId: string): Block {
  return {
    type: 'actions',
    block_id: 'answer_feedback',
    elements: [
      { type: 'button', action_id: FEEDBACK_ACTIONS.helpful, text: { type: 'plain_text', text: 'Helpful', emoji: true }, value: answerId },
      { type: 'button', action_id: FEEDBACK_ACTIONS.notHelpful, text: { type: 'plain_text', text: 'Not helpful', emoji: true }, value: answerId },
    ],
  };
}

/** A short message for a failure, said in the thread rather than kept silent. */
export function errorMessage(what: string, reason: string): SlackMessage {
  const text = `Sorry, ${what} failed: ${reason}`;
  return { text: truncate(text, LIMITS.fallbackText), blocks: sections(`:warning: ${escapeMrkdwn(truncate(text, 2900))}`) };
}
