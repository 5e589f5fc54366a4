import fs from 'node:fs';
import { listActions, markAction, parseProgress, renderActionsTable, toActionJson, toCsv, writeXlsx, type ActionStatus } from '../../actions/index.ts';
import { today } from '../../clock.ts';
import { bool, str } from '../args.ts';
import { knownCommittee } from '../known.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

const STATUSES: ActionStatus[] = ['reported', 'not-reported', 'overdue'];

/** `actions`: the promise tracker (commitments, report-back, overdue); `actions mark <id> <progress>`: a clerk's record. */
export const actionsCommand: Command = {
  ...commandInfo('actions'),
  async run(ctx, args) {
    if (args.positionals[0] === 'mark') {
      const [, id, progressWord] = args.positionals;
      if (!id || !progressWord) {
        ctx.err('actions mark: give the action id and its progress, for example: actions mark 3f2a9c1d0b7e4a55 on-track --note "update due in May"');
        return 2;
      }
      const item = await markAction(ctx.deps, id, parseProgress(progressWord), { note: str(args, 'note'), by: ctx.actor });
      if (!item) {
        ctx.err(`actions mark: no commitment has the id ${id}; run "actions" to see the ids`);
        return 1;
      }
      if (ctx.json) printJson(ctx, toActionJson(item));
      else ctx.out(`Marked ${item.id} ${item.progress}${item.note ? ` (${item.note})` : ''} by ${ctx.actor}: "${item.text}"`);
      return 0;
    }
    if (args.positionals.length > 0) {
      ctx.err(`actions: unknown sub-command "${args.positionals[0]}"; use "actions" or "actions mark <id> <progress>"`);
      return 2;
    }
    const status = str(args, 'status');
    if (status !== undefined && !STATUSES.includes(status as ActionStatus)) {
      ctx.err(`actions: --status must be one of ${STATUSES.join(', ')}; got "${status}"`);
      return 2;
    }
    const format = str(args, 'format');
    const out = str(args, 'out');
    if (format !== undefined && format !== 'csv' && format !== 'xlsx') {
      ctx.err(`actions: --format must be csv or xlsx; got "${format}"`);
      return 2;
    }
    if (format === 'xlsx' && !out) {
      ctx.err('actions: --format xlsx needs --out FILE (a workbook is not printed to the terminal)');
      return 2;
    }
    const committee = await knownCommittee(ctx.deps, str(args, 'committee'));
    const items = await listActions(ctx.deps, {
      asOf: today(ctx.deps),
      committee,
      status: status as ActionStatus | undefined,
      scope: { allowConfidential: bool(args, 'confidential') },
    });
    if (format === 'xlsx') {
      await writeXlsx(items, out!);
      ctx.out(`Wrote ${items.length} item(s) to ${out}`);
    } else if (format === 'csv') {
      if (out) {
        fs.writeFileSync(out, toCsv(items));
        ctx.out(`Wrote ${items.length} item(s) to ${out}`);
      } else ctx.out(toCsv(items).replace(/^\ufeff/, '').replace(/\r\n$/, ''));
    } else if (ctx.json) printJson(ctx, items.map(toActionJson));
    else ctx.out(renderActionsTable(items));
    return 0;
  },
};
