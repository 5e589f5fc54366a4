import { isCalendarDate } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { describeOutcome, ingestPaths, type IngestOutcome } from '../../ingest/index.ts';
import { bool, str } from '../args.ts';
import { printJson, type Command } from '../command.ts';
import { ingestReporter } from '../progress.ts';
import { commandInfo } from '../../commands/index.ts';

/** `ingest <file|folder>...`: loads papers; one line per file, a summary, exit 1 when any file failed. */
export const ingestCommand: Command = {
  ...commandInfo('ingest'),
  async run(ctx, args) {
    if (args.positionals.length === 0) throw new AppError('BAD_INPUT', 'ingest: name at least one file or folder');
    const date = str(args, 'date');
    if (date !== undefined && !isCalendarDate(date)) throw new AppError('BAD_INPUT', `ingest: --date must be YYYY-MM-DD, a real date; not "${date}"`);
    const reporter = ingestReporter({ out: ctx.out, err: ctx.err, terminal: ctx.terminal, json: ctx.json });
    let outcomes: IngestOutcome[];
    try {
      outcomes = await ingestPaths(
        ctx.deps,
        args.positionals,
        {
          committee: str(args, 'committee'),
          date,
          confidential: args.flags.confidential === undefined ? undefined : bool(args, 'confidential'),
          allowDuplicate: args.flags['allow-duplicate'] === undefined ? undefined : bool(args, 'allow-duplicate'),
        },
        reporter,
      );
    } finally {
      reporter.stop();
    }
    if (ctx.json) printJson(ctx, outcomes.map(toOutcomeJson));
    else {
      // Files were reported as they finished; what is left (a folder or file that is not there) is said now.
      for (const o of outcomes) if (!reporter.reported.has(o)) (o.status === 'failed' ? ctx.err : ctx.out)(describeOutcome(o));
      ctx.out(summary(outcomes));
    }
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  },
};

/** The --json shape of one outcome. */
export function toOutcomeJson(o: IngestOutcome) {
  if (o.status === 'failed') return { file: o.file, status: o.status, warnings: [], error: { code: o.error.code, message: o.error.message } };
  const p = o.paper;
  return {
    file: o.file,
    status: o.status,
    paper: { id: p.id, title: p.title, file: p.file, date: p.date, pages: p.pageCount, committee: p.committee, kind: p.kind },
    warnings: o.warnings,
  };
}

function summary(outcomes: IngestOutcome[]): string {
  const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const parts = [`${count('added')} added`, `${count('replaced')} replaced`, `${count('unchanged')} unchanged`, `${count('failed')} failed`];
  return `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
