import type { Citation } from '../../domain.ts';

/** Slack's limits: characters in a section's text, blocks in a message, characters in a message's fallback text. */
export const LIMITS = { sectionText: 3000, blocks: 50, homeBlocks: 100, fallbackText: 3000, buttonValue: 2000 } as const;

export type Block = { type: string; [key: string]: unknown };

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Splits text into pieces of at most `max` characters, at a line or word break where possible. */
export function splitText(s: string, max: number = LIMITS.sectionText): string[] {
  const parts: string[] = [];
  let rest = s;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

/** One or more mrkdwn section blocks holding the text, each within Slack's 3,000 characters. */
export function sections(text: string): Block[] {
  return splitText(text).map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));
}

export function context(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) }] };
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}

export const divider: Block = { type: 'divider' };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 March 2014" for a YYYY-MM-DD date; "undated" for null. */
export function humanDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Where a quote stands: paper title, date, and physical page (with the printed page label when it differs). */
export function citationSource(c: Citation): string {
  const page = c.page === null ? null : c.pageLabel && c.pageLabel !== String(c.page) ? `page ${c.page} (printed ${c.pageLabel})` : `page ${c.page}`;
  return [`*${escapeMrkdwn(c.paper.title)}*`, humanDate(c.paper.date), page].filter(Boolean).join(' · ');
}

/** Already escaped text as a Slack block quote, each line prefixed with '>'. */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((l) => `>${l}`)
    .join('\n');
}
