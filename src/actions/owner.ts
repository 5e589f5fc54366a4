import type { Paper } from '../domain.ts';
import type { CommitmentKind } from './types.ts';

/** People named in a paper with their roles, keyed by surname (lower case). */
export type Roster = Map<string, { name: string; role: string | null }>;

const WORD = String.raw`[A-Z][a-z]*(?:[A-Z'’][a-z]+|-[A-Z]?[a-z]+)*`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Lord|Dame)`;
const ROLE_WORD = String.raw`(?:[A-Z][\w'’()-]*|and|of|for|in|the|&)`;
const SPEECH = String.raw`(?:offered|agreed|undertook|promised|pledged|shared|said|confirmed|mentioned|added|stated|explained|advised|noted|reiterated|requested|would|will)`;

const NOT_A_NAME = /\b(?:Senior|Commissioner|Cabinet|Member|Members|Announcements|Council|Services?|Report|Update|Team|Panel|Board|Group|Director|Manager|Officer|Head|Minutes|Care|Children|Kent|Virtual|School|Youth|Justice|Adoption|Partnership|Chair|Chairman|Item|The|Local|Authority|County|City|Contact|Details|Hub|Family|Centre)\b/;

/** Reads the people a paper names with their roles: attendance lists "Name (Role)" and "Name, Role, introduced ...". */
export function rosterOf(paper: Paper): Roster {
  const text = paper.pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');
  const roster: Roster = new Map();
  const put = (name: string, role: string | null) => {
    if (NOT_A_NAME.test(name) || (role && /^Item \d+$/i.test(role))) return;
    const surname = name.split(' ').pop()!.toLowerCase();
    if (!roster.has(surname)) roster.set(surname, { name, role });
  };
  for (const m of text.matchAll(new RegExp(String.raw`(${WORD}(?: ${WORD}){1,2}),? (${ROLE_WORD}(?: ${ROLE_WORD}){1,12}),? (?:introduced|presented|gave|added|summarised|highlighted)\b`, 'g'))) put(m[1]!, m[2]!.trim());
  for (const m of text.matchAll(new RegExp(String.raw`(${WORD}(?: ${WORD}){1,2}) \(([^()]{2,80})\)`, 'g'))) {
    if (!/^[A-Z]{2,}$/.test(m[2]!)) put(m[1]!, m[2]!.trim());
  }
  return roster;
}

function describe(roster: Roster, name: string): string {
  const surname = name.replace(new RegExp(`^${TITLE}\\.? `), '').split(' ').pop()!.toLowerCase();
  const hit = roster.get(surname);
  if (!hit) return name;
  return hit.role ? `${hit.name}, ${hit.role}` : hit.name;
}

function chairOf(roster: Roster): string | null {
  for (const { name, role } of roster.values()) if (role && /^chair(?:man)?$/i.test(role)) return `${name}, Chair`;
  return null;
}

/** The person named as acting in a sentence ("Ms Coombs offered ...", "The Chair agreed ..."), described from the roster. */
function namedActor(sentence: string, roster: Roster): string | null {
  const re = new RegExp(String.raw`(?:\b(the Chair|The Chair)|(${TITLE}\.? ${WORD}(?: ${WORD})?)|(${WORD} ${WORD}))\s+(?:\w+\s+){0,2}?${SPEECH}\b`, 'g');
  for (const m of sentence.matchAll(re)) {
    if (m[1]) return chairOf(roster) ?? 'the Chair';
    const name = (m[2] ?? m[3]!).replace(/['’]s$/, '');
    if (m[3] && !roster.has(name.split(' ').pop()!.toLowerCase())) continue;
    return describe(roster, name);
  }
  return null;
}

/** The last person the text before a sentence names, for "she"/"he" and for quoted speech. */
function lastNamed(before: string, roster: Roster): string | null {
  const tail = before.slice(-1500).replace(/\s+/g, ' ');
  const re = new RegExp(String.raw`(${TITLE}\.? ${WORD}(?: ${WORD})?|${WORD} ${WORD})(?=( (?:[a-z]+ed|said|says|told|asked|gave)\b)?)`, 'g');
  let last: string | null = null;
  for (const m of tail.matchAll(re)) {
    const name = m[1]!.replace(/['’]s$/, '');
    if (NOT_A_NAME.test(name.replace(new RegExp(`^${TITLE}\\.? `), ''))) continue;
    if (roster.has(name.split(' ').pop()!.toLowerCase()) || new RegExp(`^${TITLE}\\b`).test(name) || m[2]) last = name;
  }
  if (!last) return null;
  const surname = last.split(' ').pop()!;
  if (roster.has(surname.toLowerCase())) return describe(roster, last);
  if (!new RegExp(`^${TITLE}\\b`).test(last)) return last;
  const full = new RegExp(String.raw`\b(${WORD} ${surname})\b`).exec(before.replace(new RegExp(`${TITLE}\\.? ${surname}`, 'g'), ''));
  return full && !NOT_A_NAME.test(full[1]!) ? full[1]! : last;
}

/** The speaker of a first-person paper: a heading "Councillor X, role:", an opening "Cllr X, the role, responds", a signature, or the author. */
function speakerOf(paper: Paper, before: string, after: string): string | null {
  const heading = [...before.matchAll(new RegExp(String.raw`^\s*(${TITLE}\b[^:\n]{3,120}):\s*$`, 'gm'))].pop();
  if (heading) return heading[1]!.trim();
  const opening = new RegExp(String.raw`\b((?:Cllr|Councillor) ${WORD} ${WORD}), (the [^.]{5,120}?)(?: on [A-Z][\w ]+)?, (?:responds|writes|says|said)\b`).exec(before.slice(0, 600).replace(/\s+/g, ' '));
  if (opening) return `${opening[1]}, ${opening[2]!.replace(/ on [A-Z][\w ]+$/, '')}`;
  const signature = paper.format === 'pdf' ? null : signatureAfter(after);
  if (signature) return signature;
  return paper.author;
}

function signatureAfter(after: string): string | null {
  const lines = after.split('\n').map((l) => l.trim());
  const names: string[] = [];
  for (const line of lines) {
    if (new RegExp(String.raw`^(?:${TITLE} )?${WORD}(?: ${WORD}){1,2}(?: MBE| OBE| CBE)?$`).test(line) && !/\b(?:Response|Report|Review|Plan|Tags|Top|Comments)\b/.test(line)) names.push(line);
    else if (names.length > 0 && line === '') continue;
    else if (names.length > 0 && /\b(?:Director|Member|Leader|Chief|Manager|Executive|Head)\b/.test(line) && line.length < 100) return `${names.join(', ')}, ${line.replace(/,\s*\d.*$/, '')}`;
    else if (names.length > 0) return names.join(', ');
  }
  return names.length > 0 ? names.join(', ') : null;
}

/** Who a commitment binds: the inspected authority (or the body a required action names), the named speaker, the minute item's speaker, the paper's speaker for "we", or the body that decides. */
export function ownerOf(paper: Paper, roster: Roster, sentence: string, before: string, after: string, kind: CommitmentKind, leadIn: string | null = null): string | null {
  const s = sentence.replace(/\s+/g, ' ');
  if (kind === 'required-action') return inspectedBody(paper, `${leadIn ?? ''} ${s}`);
  const named = namedActor(s, roster);
  if (named) return named;
  if (/^\W*(?:she|he)\b|\b(?:she|he) (?:would|will)\b|\b(?:her|his) intention\b/i.test(s)) return itemSpeaker(before) ?? lastNamed(before, roster);
  if (/^\s*["“‘]/.test(s)) return lastNamed(before, roster) ?? speakerOf(paper, before, after);
  if (kind === 'recommendation') return recommendingBody(s, leadIn, paper);
  if (paper.kind === 'minutes') {
    const speaker = itemSpeaker(before);
    if (speaker && !/\b(?:RESOLVED|resolved that|DECIDED|the committee|the panel)\b/.test(`${leadIn ?? ''} ${s}`)) return speaker;
  }
  if (/\b(?:we|i|our|us|my)\b/i.test(s)) return speakerOf(paper, before, after) ?? itemSpeaker(before);
  const body = /\b(the (?:city |county |borough |district )?council|the (?:local )?authority|the cabinet|cabinet|the executive|the (?:health and wellbeing |safeguarding )?board|the partnership|the committee|the panel)\b/i.exec(`${leadIn ?? ''} ${s}`);
  if (body) return body[1]!.replace(/^cabinet$/i, 'the Cabinet');
  const presenters = paper.kind === 'minutes' ? itemPresenters(before, roster) : null;
  if (presenters) return presenters;
  return paper.author ?? signatory(after);
}

/** The body an inspectorate's required action binds: the one it names, or the authority the report inspects. */
function inspectedBody(paper: Paper, text: string): string {
  const named = /\b(the (?:local safeguarding children(?:'s|’s)? board|LSCB|[A-Z]SCB|safeguarding (?:children )?partnership|safeguarding partners|partnership|board))\b/i.exec(text);
  const authority = authorityOf(paper);
  if (named && !/\blocal authority\b/i.test(text.slice(0, named.index))) return named[1]!.replace(/^The /, 'the ');
  return authority ?? 'the local authority';
}

/** The authority an inspection report is about, from its title ("London Borough of X – Inspection of …"). */
export function authorityOf(paper: Paper): string | null {
  const head = `${paper.title}\n${paper.pages[0]?.text.slice(0, 800) ?? ''}`;
  const m = /((?:(?:London|Metropolitan|Royal) Borough of|City of|County of|Borough of)\s+[A-Z][\w'’-]*(?:(?: and| upon| on| with)? [A-Z][\w'’-]*){0,4}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:County|City|Borough|District|Metropolitan Borough) Council|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} Council)\b/.exec(head);
  return m ? m[1]!.trim() : null;
}

/** Who makes a recommendation: the committee the lead-in or the sentence names. */
function recommendingBody(s: string, leadIn: string | null, paper: Paper): string | null {
  const m = /\b((?:the )?(?:[A-Z][\w&'’-]* )*(?:Scrutiny Committee|Select Committee|Committee|Panel|Task and Finish Group|Task Group))\b/.exec(`${leadIn ?? ''} ${s}`);
  return m ? m[1]! : paper.committee;
}

/** The person who introduced the current minute item ("Mrs X, Cabinet Member for Y, provided an update"). */
export function itemSpeaker(before: string): string | null {
  const itemAt = Math.max(before.lastIndexOf('(Item'), before.lastIndexOf('\nItem '), before.length - 6000);
  const tail = before.slice(Math.max(0, itemAt)).replace(/\s+/g, ' ');
  const re = new RegExp(String.raw`((?:${TITLE})\.? (?:[A-Z]\.? ?){0,3}${WORD}|${WORD} ${WORD})(?:,? \(?((?:the )?(?:Cabinet Member|Leader|Deputy Leader|Chair|Vice-Chair|Chairman|Director|Corporate Director|Chief Executive|Head|Interim|Executive|Assistant|Strategic|General|Service|Programme|Portfolio|Lead)[^,()]{0,90})\)?,?)? (?:provided|introduced|presented|gave|updated|outlined|set out|explained|summarised|responded|reported|spoke)\b`, 'g');
  let last: string | null = null;
  for (const m of tail.matchAll(re)) {
    if (NOT_A_NAME.test(m[1]!.replace(new RegExp(`^${TITLE}\\.? `), ''))) continue;
    last = m[2] ? `${m[1]}, ${m[2].trim()}` : m[1]!;
  }
  return last;
}

/** A signature block after the text: "Name / Role" lines. */
function signatory(after: string): string | null {
  return signatureAfter(after);
}

/** The people who introduced the minutes' current item: named between the item's start and its first numbered point. */
function itemPresenters(before: string, roster: Roster): string | null {
  const firsts = [...before.matchAll(/(?:^|\n)\s*1\.\s/g)];
  const first = firsts.pop();
  if (!first) return null;
  const at = first.index!;
  const start = Math.max(before.lastIndexOf('(Item', at), before.lastIndexOf('RESOLVED', at), at - 400);
  const window = before.slice(start, at + 250).replace(/\s+/g, ' ');
  const people = [...window.matchAll(new RegExp(String.raw`(${WORD} ${WORD})`, 'g'))].map((m) => m[1]!).filter((n) => !NOT_A_NAME.test(n) && roster.has(n.split(' ').pop()!.toLowerCase()));
  return people.length > 0 ? [...new Set(people)].slice(0, 3).map((p) => describe(roster, p)).join('; ') : null;
}
