import { listActions } from '../actions/index.ts';
import { draftChallenges, papersFor, shortfallNote } from '../challenge/index.ts';
import type { Deps } from '../deps.ts';
import type { Paper, Scope } from '../domain.ts';
import { AppError } from '../errors.ts';
import { summariseChanges } from '../llm/index.ts';
import { getMeeting, previousMeeting, type Meeting } from '../meetings/index.ts';
import { keyFigures } from './figures.ts';
import { bigQuestion, changeLines, packCommitments, packPaper, paperLines, sourcesOf } from './sections.ts';
import type { BriefingPack } from './types.ts';

/** The parts of the deps this capability uses. */
export type BriefingDeps = Pick<Deps, 'index' | 'papers' | 'llm' | 'kv'>;

export interface PackOptions {
  committee?: string;
  meetingId?: string;
  topic?: string;
  asOf: string;
  scope: Scope;
}

/**
 * Builds a briefing pack as data: the meeting and its papers, what changed, key figures with trends,
 * commitments, challenge questions and sources. Every quote is a verbatim slice of a stored paper.
 */
export async function buildPack(deps: BriefingDeps, opts: PackOptions): Promise<BriefingPack> {
  const meeting = opts.meetingId ? await getMeeting(deps, opts.meetingId) : null;
  if (opts.meetingId && !meeting) throw new AppError('NOT_FOUND', `No meeting "${opts.meetingId}" is registered`);
  const committee = meeting?.committee ?? opts.committee;
  const asOf = meeting && meeting.date < opts.asOf ? meeting.date : opts.asOf;
  const chosen = await papersFor(deps, { committee, asOf, scope: opts.scope });
  const papers = chosen.papers;
  const topic = opts.topic?.trim() || null;
  const ownIds = meeting && meeting.papers.length > 0 ? new Set(meeting.papers) : null;
  const own = ownIds ? papers.filter((p) => ownIds.has(p.id)) : papers;
  const older = ownIds ? papers.filter((p) => !ownIds.has(p.id)) : [];

  const { since, basis } = await changeBasis(deps, meeting, papers);
  const changes = ownIds ? paperLines(own) : changeLines(papers, since);
  const figures = keyFigures(own, papers);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const actions = (await listActions(deps, { asOf, committee, scope: chosen.scope })).filter((a) => byId.has(a.paper.id));
  const commitments = packCommitments(actions, byId, 8, ownIds);
  const drafted = await draftChallenges(deps, { topic: topic ?? undefined, committee, asOf, scope: chosen.scope, prefer: ownIds ? [...ownIds] : undefined });
  const questions = drafted.slice(0, 10);
  const big = bigQuestion(own.length > 0 ? own : papers, topic, changes.flatMap((l) => l.citations));
  const summary = await summarise(deps, changes);

  const cited = [
    ...big.citations,
    ...changes.flatMap((l) => l.citations),
    ...figures.flatMap((f) => [f.citation, ...f.trend.map((t) => t.citation)]),
    ...commitments.flatMap((c) => [c.promise, ...c.evidence]),
    ...questions.flatMap((q) => q.citations),
  ];
  const packPapers = own.map(packPaper);
  const citedPapers = older.filter((p) => cited.some((c) => c.paper.id === p.id)).map(packPaper);
  return {
    title: meeting?.title ?? `Briefing pack${committee ? `: ${committee}` : ''}${topic ? `, on ${topic}` : ''}`,
    committee: committee ?? null,
    topic,
    asOf,
    meeting: meeting ? { id: meeting.id, title: meeting.title, date: meeting.date, chair: meeting.chair } : null,
    papers: packPapers,
    bigQuestion: big,
    changes: { since, basis, covers: ownIds ? 'meeting-papers' : 'since', summary, lines: changes },
    figures,
    commitments,
    questions,
    questionsNote: shortfallNote(questions.length, { topic: topic ?? undefined }),
    sources: sourcesOf([...packPapers, ...citedPapers], cited),
  };
}

async function changeBasis(deps: BriefingDeps, meeting: Meeting | null, papers: Paper[]) {
  const previous = meeting ? await previousMeeting(deps, meeting) : null;
  if (previous) return { since: previous.date, basis: 'previous-meeting' as const };
  const dates = [...new Set(papers.map((p) => p.date).filter((d): d is string => d !== null))].sort();
  if (dates.length < 2) return { since: null, basis: 'first-look' as const };
  return { since: dates[dates.length - 2]!, basis: 'previous-paper' as const };
}

/** A model's summary of the changes when one is configured; null otherwise or when it is not grounded. */
async function summarise(deps: BriefingDeps, lines: BriefingPack['changes']['lines']): Promise<string | null> {
  if (!deps.llm) return null;
  const items = lines.flatMap((l) => l.citations.slice(0, 1).map((citation) => ({ text: l.text, citation })));
  return summariseChanges(deps.llm, items).catch(() => null);
}
