import type { IngestOutcome } from '../../ingest/index.ts';
import { escapeMrkdwn, humanDate, sections, truncate, type SlackMessage } from './text.ts';

/** What loading found beyond the paper itself (from the promise tracker, when it offers it). */
export interface IngestExtras {
  commitments?: string[];
  reportsBackOn?: string[];
  /** The paper is confidential and this conversation may not quote it: counts only. */
  withheld?: boolean;
}

/** The thread reply after a clerk shares a file: what was loaded, or the clear reason it was not. */
export function ingestReply(o: IngestOutcome, summary: string, extras: IngestExtras = {}): SlackMessage {
  if (o.status === 'failed') {
    const text = `:x: I could not load *${escapeMrkdwn(o.file)}*: ${escapeMrkdwn(o.error.message)}`;
    return { text: truncate(`Could not load ${o.file}: ${o.error.message}`, 3000), blocks: sections(text) };
  }
  const p = o.paper;
  const verb = o.status === 'added' ? 'Loaded' : o.status === 'replaced' ? 'Loaded a new version of' : 'Already had';
  const lines = [
    extras.withheld
      ? `:page_facing_up: ${verb} ${escapeMrkdwn(o.file)} into *${escapeMrkdwn(p.committee)}* as *confidential* (its title and words are shown only in the committee's confidential channel).`
      : `:page_facing_up: ${verb} *${escapeMrkdwn(p.title)}* (${escapeMrkdwn(o.file)}) into *${escapeMrkdwn(p.committee)}*${p.confidential ? ' as *confidential*' : ''}.`,
    `Date: ${humanDate(p.date)} · ${p.pageCount} page${p.pageCount === 1 ? '' : 's'} · ${p.kind}`,
  ];
  const show = (items: string[]) => (extras.withheld ? ' (not quoted here: the paper is confidential)' : listed(items));
  const found = extras.commitments;
  if (found) lines.push(found.length === 0 ? 'Commitments found: none.' : `Commitments found: ${found.length}${show(found)}`);
  const back = extras.reportsBackOn;
  if (back && back.length > 0) lines.push(`Reports back on ${back.length} earlier commitment(s)${show(back)}`);
  if (!extras.withheld) for (const w of o.warnings) lines.push(`:warning: ${escapeMrkdwn(w)}`);
  const text = extras.withheld ? `${verb} ${o.file} into ${p.committee} as confidential` : summary;
  return { text: truncate(text, 3000), blocks: sections(lines.join('\n')).slice(0, 49) };
}

function listed(items: string[]): string {
  const shown = items.slice(0, 5).map((t) => `\n• ${escapeMrkdwn(truncate(t, 300))}`).join('');
  return items.length > 5 ? `${shown}\n…and ${items.length - 5} more (\`/scrutiny actions\`)` : shown;
}
