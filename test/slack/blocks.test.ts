import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.ts';
import type { ActionItem } from '../../src/actions/types.ts';
import type { Citation } from '../../src/domain.ts';
import { answerMessage, errorMessage } from '../../src/slack/blocks/answer.ts';
import { helpMessage } from '../../src/slack/blocks/help.ts';
import { actionsMessage } from '../../src/slack/blocks/lists.ts';
import { LIMITS, splitText } from '../../src/slack/blocks/text.ts';

const citation = (quote: string, page: number | null = 12, label: string | null = '10'): Citation => ({
  paper: { id: 'p1', title: 'Children <Services> & Safeguarding', file: 'report.pdf', date: '2014-03-19' },
  page,
  pageLabel: label,
  quote,
});

const answered: Answer = {
  question: 'How many children in care are there?',
  answered: true,
  answer: 'There are 1,850 children in care.',
  citations: [citation('There are 1,850 children in care in Birmingham.'), citation('A text paper quote.', null, null)],
  closest: [],
  model: { used: false, note: 'no model configured' },
};

describe('answer blocks', () => {
  it('puts the lead first, then each quote with paper, date and page, then the feedback buttons', () => {
    expect(answerMessage(answered, 'answer-1')).toMatchSnapshot();
  });

  it('says plainly when the papers do not answer, showing the closest passages as such', () => {
    const msg = answerMessage({ ...answered, answered: false, answer: "The papers don't answer this question.", citations: [], closest: [citation('Something nearby.')] }, 'a2');
    expect(msg.blocks[1]).toMatchInlineSnapshot(`
      {
        "elements": [
          {
            "text": "Closest passages I found. They do not answer the question:",
            "type": "mrkdwn",
          },
        ],
        "type": "context",
      }
    `);
  });

  it('keeps every section within 3,000 characters and a message within 50 blocks, saying what was left off', () => {
    const long = 'The council will improve. '.repeat(400);
    const many: Answer = { ...answered, citations: Array.from({ length: 30 }, () => citation(long)) };
    const msg = answerMessage(many, 'a3');
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const b of msg.blocks) if (b.type === 'section') expect(((b.text as { text: string }).text).length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(JSON.stringify(msg.blocks)).toMatch(/more excerpt\(s\) left off: Slack allows 50 blocks/);
    const quoted = msg.blocks.filter((b) => b.type === 'section' && String((b.text as { text: string }).text).startsWith('>')).map((b) => (b.text as { text: string }).text.replace(/^>/gm, '')).join(' ');
    expect(quoted.replace(/\s+/g, ' ')).toContain(long.trim().slice(0, 5000).replace(/\s+/g, ' '));
  });

  it('escapes Slack control characters in titles', () => {
    expect(JSON.stringify(answerMessage(answered, 'a4').blocks)).toContain('Children &lt;Services&gt; &amp; Safeguarding');
  });

  it('splits text at word breaks without losing any of it', () => {
    const text = 'word '.repeat(2000).trim();
    const parts = splitText(text, 3000);
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('renders an error and the help', () => {
    expect(errorMessage('answering your question', 'the store is down')).toMatchSnapshot();
    expect(helpMessage()).toMatchSnapshot();
  });
});

describe('actions blocks', () => {
  const item = (id: string, overdue: boolean): ActionItem => ({
    id,
    kind: 'commitment',
    leadIn: null,
    confidence: 0.9,
    verdict: 'not-reported',
    response: null,
    marked: false,
    statusText: overdue ? 'overdue, not reported back' : 'not reported back',
    rag: overdue ? 'red' : 'amber',
    text: `We will reduce caseloads to 18 by March 2017 (${id}).`,
    paper: { id: 'p1', title: 'Improvement plan', file: 'plan.pdf', date: '2016-01-10' },
    committee: 'Education and Vulnerable Children',
    page: 4,
    pageLabel: null,
    madeOn: '2016-01-10',
    owner: 'Director',
    due: { date: '2017-03-31', precision: 'month', text: 'by March 2017' },
    target: null,
    topic: 'caseloads',
    reportBack: 'not-reported',
    evidence: [],
    overdue,
    pending: false,
    divergence: null,
    progress: 'open',
    note: null,
    history: [],
  });

  it('lists commitments with id, source, due date and status', () => {
    expect(actionsMessage([item('c1', true), item('c2', false)], 'Commitments')).toMatchSnapshot();
  });

  it('stays within the block limit with many commitments', () => {
    const msg = actionsMessage(Array.from({ length: 400 }, (_, i) => item(`c${i}`, i % 2 === 0)), 'Commitments');
    expect(msg.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(JSON.stringify(msg.blocks)).toMatch(/more commitment\(s\) not shown/);
  });
});
