import type { ActionItem } from '../../actions/types.ts';
import type { PaperMeta } from '../../domain.ts';
import type { Meeting } from '../../meetings/index.ts';
import { actionLine, listBlocks, meetingLine, paperLine } from './lists.ts';
import { context, divider, header, sections, type Block } from './text.ts';

export interface HomeData {
  committees: string[];
  asOf: string;
  actions: ActionItem[];
  meetings: Meeting[];
  papers: PaperMeta[];
}

/** The App Home tab: overdue and unreported commitments, the next meetings, the latest papers. */
export function homeView(d: HomeData): { type: 'home'; blocks: Block[] } {
  const who = d.committees.length > 0 ? d.committees.join(', ') : 'all committees';
  const part = (title: string, lines: string[], empty: string, noun: string, max: number): Block[] =>
    lines.length === 0 ? [header(title), ...sections(empty)] : listBlocks(header(title), context(`${lines.length} ${noun}(s)`), lines, noun, max);
  return {
    type: 'home',
    blocks: [
      ...sections(`*Scrutiny assistant* · ${who} · as of ${d.asOf}\nAsk me anything about the papers in a DM, or mention me in a committee channel.`),
      divider,
      ...part('Overdue and unreported commitments', d.actions.map(actionLine), 'Nothing overdue or unreported.', 'commitment', 30),
      divider,
      ...part('Next meetings', d.meetings.map(meetingLine), 'No meetings registered.', 'meeting', 12),
      divider,
      ...part('Latest papers', d.papers.map(paperLine), 'No papers loaded yet.', 'paper', 12),
    ],
  };
}
