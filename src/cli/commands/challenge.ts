import { draftChallenges, longDate, shortfallNote, type ChallengeQuestion } from '../../challenge/index.ts';
import { today } from '../../clock.ts';
import { str } from '../args.ts';
import { knownCommittee, knownPaper } from '../known.ts';
import { printJson, type Command } from '../command.ts';
import { commandInfo } from '../../commands/index.ts';

/** `challenge [TOPIC]`: open challenge questions for a meeting, each resting on verbatim quotes. */
export const challengeCommand: Command = {
  ...commandInfo('challenge'),
  async run(ctx, args) {
    const committee = await knownCommittee(ctx.deps, str(args, 'committee'));
    const paperId = await knownPaper(ctx.deps, str(args, 'paper'));
    const topic = args.positionals.join(' ').trim() || undefined;
    const questions = await draftChallenges(ctx.deps, {
      topic,
      committee,
      paperId,
      asOf: today(ctx.deps),
      scope: { allowConfidential: false, committees: committee ? [committee] : undefined },
    });
    if (ctx.json) {
      printJson(ctx, questions.map(({ id, question, followUp, why, kind, citations, mark }) => ({ id, question, followUp, why, kind, citations, ...(mark ? { mark } : {}) })));
      return 0;
    }
    const note = shortfallNote(questions.length, { topic, paperId });
    if (questions.length > 0) ctx.out(questions.map(renderQuestion).join('\n\n'));
    if (note) ctx.out(`${questions.length > 0 ? '\n' : ''}${note}`);
    return 0;
  },
};

function renderQuestion(q: ChallengeQuestion, i: number): string {
  const quotes = q.citations.map((c) => `     “${c.quote}”\n       — ${c.paper.title}, ${longDate(c.paper.date)}${c.page === null ? '' : `, p. ${c.page}`}`);
  return [`${i + 1}. ${q.question}`, `   Follow-up: ${q.followUp}`, `   Why: ${q.why}`, ...quotes].join('\n');
}
