import { AppError } from '../../errors.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

/** `remove <paper-id>`: takes a paper out of the store and the search index. */
export const removeCommand: Command = {
  ...commandInfo('remove'),
  async run(ctx, args) {
    const id = args.positionals[0];
    if (!id) throw new AppError('BAD_INPUT', 'remove: name the paper id to remove (see "papers")');
    const removed = await ctx.deps.papers.remove(id);
    if (!removed) throw new AppError('NOT_FOUND', `remove: no paper with id "${id}" (see "papers")`);
    await ctx.deps.index.sync(ctx.deps.papers);
    if (ctx.json) printJson(ctx, { removed: { id: removed.id, title: removed.title, file: removed.file, date: removed.date } });
    else ctx.out(`Removed ${removed.id} "${removed.title}" (${removed.file})`);
    return 0;
  },
};
