import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { listMeetings } from '../meetings/index.ts';

const MAX_LISTED = 30;

function listing(names: string[]): string {
  if (names.length === 0) return 'none is loaded';
  const shown = names.slice(0, MAX_LISTED).join(', ');
  return names.length > MAX_LISTED ? `${shown} … (${names.length} in all)` : shown;
}

/**
 * The committee a `--committee` value names, as the papers spell it (case aside); undefined when none was given.
 * Throws BAD_INPUT naming the value and listing the committees held, so a typo never answers as if empty.
 */
export async function knownCommittee(deps: Pick<Deps, 'papers' | 'kv'>, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  const fromPapers = (await deps.papers.list()).map((p) => p.committee);
  const fromMeetings = (await listMeetings(deps)).map((m) => m.committee);
  const all = [...new Set([...fromPapers, ...fromMeetings])].sort((a, b) => a.localeCompare(b));
  const wanted = name.trim().toLowerCase();
  const found = all.find((c) => c.trim().toLowerCase() === wanted);
  if (found !== undefined) return found;
  throw new AppError('BAD_INPUT', `--committee "${name}": no papers or meetings of that committee; the committees are: ${listing(all)}`, { committee: name });
}

/** Checks a `--paper` id against the papers held; throws BAD_INPUT naming it and listing the ids there are. */
export async function knownPaper(deps: Pick<Deps, 'papers'>, id: string | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const papers = await deps.papers.list();
  if (papers.some((p) => p.id === id)) return id;
  throw new AppError('BAD_INPUT', `--paper "${id}": no paper with that id is loaded; the papers are: ${listing(papers.map((p) => p.id))}`, { paper: id });
}

/** Checks a `--meeting` id against the register; throws BAD_INPUT naming it and listing the meetings there are. */
export async function knownMeeting(deps: Pick<Deps, 'kv'>, id: string | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const ids = (await listMeetings(deps)).map((m) => m.id);
  if (ids.includes(id)) return id;
  throw new AppError('BAD_INPUT', `--meeting "${id}": no meeting with that id is registered; the meetings are: ${ids.length ? listing(ids) : 'none is registered'}`, { meeting: id });
}
