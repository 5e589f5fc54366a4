import { ask, renderAnswerText, toAnswerJson } from '../../answer/index.ts';
import { bool, str } from '../args.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';
import { knownCommittee } from '../known.ts';

/** `ask "<question>"`: a cited, verbatim answer from the papers, or a plain "the papers don't say". */
export const askCommand: Command = {
  ...commandInfo('ask'),
  async run(ctx, args) {
    const question = args.positionals.join(' ').trim();
    if (!question) {
      ctx.err('ask: type a question, for example: ask "How many children in care are there?"');
      return 2;
    }
    const committee = await knownCommittee(ctx.deps, str(args, 'committee'));
    const answer = await ask(ctx.deps, question, {
      scope: { committees: committee ? [committee] : undefined, allowConfidential: bool(args, 'confidential') },
    });
    if (ctx.json) printJson(ctx, toAnswerJson(answer));
    else ctx.out(renderAnswerText(answer));
    return 0;
  },
};
