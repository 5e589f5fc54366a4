import type { PaperMeta } from '../../domain.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

/** `papers`: the papers in the store, oldest first. */
export const papersCommand: Command = {
  ...commandInfo('papers'),
  async run(ctx) {
    const papers = await ctx.deps.papers.list();
    if (ctx.json) {
      printJson(ctx, papers.map(toPaperJson));
      return 0;
    }
    if (papers.length === 0) {
      ctx.out('No papers are loaded. Load some with: ingest <file|folder>');
      return 0;
    }
    ctx.out(table(papers));
    return 0;
  },
};

/** The --json shape of a paper in the list. */
export function toPaperJson(p: PaperMeta) {
  return {
    id: p.id,
    title: p.title,
    file: p.file,
    date: p.date,
    pages: p.pageCount,
    committee: p.committee,
    kind: p.kind,
    author: p.author,
    confidential: p.confidential,
    format: p.format,
  };
}

function table(papers: PaperMeta[]): string {
  const rows = papers.map((p) => [p.id, p.date ?? 'undated', p.committee, p.kind, String(p.pageCount), `${p.confidential ? '[confidential] ' : ''}${cut(p.title, 70)}`]);
  const head = ['ID', 'DATE', 'COMMITTEE', 'KIND', 'PAGES', 'TITLE'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line), `${papers.length} paper${papers.length === 1 ? '' : 's'}`].join('\n');
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
