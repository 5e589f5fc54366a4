import type { IngestOutcome } from './types.ts';
import { oneLine } from './names.ts';

/** One line for people: what happened to a file, or why it was refused. */
export function describeOutcome(o: IngestOutcome): string {
  if (o.status === 'failed') return `failed     ${oneLine(o.error.message)}`;
  const p = o.paper;
  const facts = [`${p.pageCount} page${p.pageCount === 1 ? '' : 's'}`, p.date ?? 'undated', p.kind, `committee ${p.committee}`];
  if (p.confidential) facts.push('confidential');
  const warn = o.warnings.length ? ` — warning: ${oneLine(o.warnings.join('; '))}` : '';
  return `${o.status.padEnd(10)} ${oneLine(o.file)} -> ${p.id} "${oneLine(p.title)}" (${facts.join(', ')})${warn}`;
}
