import type { IngestOutcome } from './types.ts';

/** One line for people: what happened to a file, or why it was refused. */
export function describeOutcome(o: IngestOutcome): string {
  if (o.status === 'failed') return `failed     ${o.error.message}`;
  const p = o.paper;
  const facts = [`${p.pageCount} page${p.pageCount === 1 ? '' : 's'}`, p.date ?? 'undated', p.kind, `committee ${p.committee}`];
  if (p.confidential) facts.push('confidential');
  const warn = o.warnings.length ? ` — warning: ${o.warnings.join('; ')}` : '';
  return `${o.status.padEnd(10)} ${o.file} -> ${p.id} "${p.title}" (${facts.join(', ')})${warn}`;
}
