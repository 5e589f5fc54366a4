import type { SlackClient as WebClient } from './types.ts';
import type { Deps } from '../deps.ts';

export type Role = 'clerk' | 'chair' | 'member';

const GROUP_CACHE_MS = 5 * 60 * 1000;
const groupCache = new Map<string, { users: string[]; at: number }>();

/** A user's role: clerk (config.clerks or the clerk user group), chair (config.chairs), or member. */
export async function roleOf(deps: Pick<Deps, 'config' | 'log'>, client: WebClient, userId: string): Promise<Role> {
  if (deps.config.clerks.includes(userId)) return 'clerk';
  if (deps.config.chairs.includes(userId)) return 'chair';
  const group = deps.config.clerkGroup;
  if (group && (await groupMembers(deps, client, group)).includes(userId)) return 'clerk';
  return 'member';
}

/** Clerks and chairs load papers, mark actions, link channels and manage meetings. */
export async function canManage(deps: Pick<Deps, 'config' | 'log'>, client: WebClient, userId: string): Promise<boolean> {
  return (await roleOf(deps, client, userId)) !== 'member';
}

/** A polite refusal that says who can do it. */
export function refusal(deps: Pick<Deps, 'config'>, what: string): string {
  const people = [...deps.config.clerks, ...deps.config.chairs].map((u) => `<@${u}>`);
  const group = deps.config.clerkGroup ? [`<!subteam^${deps.config.clerkGroup}>`] : [];
  const who = [...people, ...group];
  const ask = who.length > 0 ? ` Please ask one of them: ${who.slice(0, 8).join(', ')}.` : ' No clerks are configured yet: your IT team sets SCRUTINY_CLERKS.';
  return `Sorry, only the committee clerks and chairs can ${what}.${ask}`;
}

async function groupMembers(deps: Pick<Deps, 'log'>, client: WebClient, group: string): Promise<string[]> {
  const cached = groupCache.get(group);
  if (cached && Date.now() - cached.at < GROUP_CACHE_MS) return cached.users;
  try {
    const res = await client.usergroups.users.list({ usergroup: group });
    const users = res.users ?? [];
    groupCache.set(group, { users, at: Date.now() });
    return users;
  } catch (err) {
    deps.log.warn('slack: cannot read the clerk user group', { group, error: (err as Error).message });
    return cached?.users ?? [];
  }
}

/** Forgets cached user-group membership (tests, or after a change). */
export function clearRoleCache(): void {
  groupCache.clear();
}
