import { buildPack, describePack, formatOf, writePack } from '../../briefing/index.ts';
import { today } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { str } from '../args.ts';
import { knownCommittee, knownMeeting } from '../known.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

/** `brief --out FILE`: a briefing pack for a meeting as PDF, Word (docx), Markdown or HTML, every line cited. */
export const briefCommand: Command = {
  ...commandInfo('brief'),
  async run(ctx, args) {
    const out = str(args, 'out');
    if (!out) throw new AppError('BAD_INPUT', 'brief: give the file to write with --out FILE (.pdf, .docx, .md or .html)');
    formatOf(out);
    const committee = await knownCommittee(ctx.deps, str(args, 'committee'));
    const pack = await buildPack(ctx.deps, {
      committee,
      meetingId: await knownMeeting(ctx.deps, str(args, 'meeting')),
      topic: str(args, 'topic'),
      asOf: today(ctx.deps),
      scope: { allowConfidential: false, committees: committee ? [committee] : undefined },
    });
    const file = await writePack(ctx.deps, pack, out);
    if (ctx.json) {
      printJson(ctx, {
        file,
        title: pack.title,
        papers: pack.papers.length,
        changes: pack.changes.lines.length,
        figures: pack.figures.length,
        commitments: pack.commitments.length,
        questions: pack.questions.length,
      });
    } else {
      ctx.out(file);
      ctx.out(describePack(pack));
    }
    return 0;
  },
};
