import type Keyv from 'keyv';
import type { Scope } from '../domain.ts';
import { atomicFor } from '../store/index.ts';

/** A channel linked to a committee; `confidential` marks it as allowed to see that committee's confidential papers. */
export interface ChannelLink {
  committee: string;
  confidential: boolean;
  linkedBy: string;
  linkedAt: string;
}

const LINKS = 'slack:channel-links';

/** Every channel link, by channel id. */
export async function channelLinks(kv: Keyv): Promise<Record<string, ChannelLink>> {
  return (await atomicFor(kv).get<Record<string, ChannelLink>>(LINKS)) ?? {};
}

export async function linkOf(kv: Keyv, channel: string): Promise<ChannelLink | null> {
  return (await channelLinks(kv))[channel] ?? null;
}

/** Links a channel to a committee (replacing an earlier link): one atomic step, so no other link is lost. */
export function linkChannel(kv: Keyv, channel: string, link: ChannelLink): Promise<void> {
  return atomicFor(kv).update<Record<string, ChannelLink>, void>(LINKS, (links) => ({ value: { ...(links ?? {}), [channel]: link }, result: undefined }));
}

/** The committees linked to any channel, sorted; empty when no channel is linked. */
export async function linkedCommittees(kv: Keyv): Promise<string[]> {
  return [...new Set(Object.values(await channelLinks(kv)).map((l) => l.committee))].sort();
}

/** Channel ids allowed to see a committee's confidential papers. */
export async function confidentialChannels(kv: Keyv, committee: string): Promise<string[]> {
  return Object.entries(await channelLinks(kv))
    .filter(([, l]) => l.committee === committee && l.confidential)
    .map(([c]) => c);
}

/**
 * What may be quoted in a conversation. A linked channel: its committee's papers, confidential ones only
 * when the channel is on that committee's allowed list. An unlinked channel: every committee, never
 * confidential. A direct message: never confidential, whoever asks (a DM is outside every allowed channel).
 */
export async function scopeFor(kv: Keyv, channel: string, channelType?: string): Promise<Scope> {
  if (channelType === 'im' || channel.startsWith('D')) return { allowConfidential: false };
  const link = await linkOf(kv, channel);
  if (!link) return { allowConfidential: false };
  return { committees: [link.committee], allowConfidential: link.confidential };
}
