import type { Paper } from '../domain.ts';
import type { CommitmentKind } from './types.ts';

/** People named in a paper with their roles, keyed by surname (lower case). */
export type Roster = Map<string, { name: string; role: string | null }>;

const WORD = String.raw`[A-Z][a-z]*(?:[A-Z'’][a-z]+|-[A-Z]?[a-z]+)*`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Lord|Dame)`;
const ROLE_WORD = String.raw`(?:[A-Z][\w'’()-]*|and|of|for|in|the|&)`;
const SPEECH = String.raw`(?:offered|agreed|undertook|promised|pledged|shared|said|confirmed|mentioned|added|stated|explained|advised|noted|reiterated|requested|would|will)`;

const NOT_A_NAME = /\b(?:Senior|Commissioner|Cabinet|Member|Members|Announcements|Council|Services?|Report|Update|Team|Panel|Board|Group|Director|Manager|Officer|Head|Minutes|Care|Children|Virtual|School|Youth|Justice|Adoption|Partnership|Chair|Chairman|Item|The|Local|Authority|County|City|Contact|Details|Hub|Family|Centre)\b/;

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
  const context = `${leadIn ?? ''} ${s}`;
  if (kind === 'required-action') return inspectedBody(paper, context);
  const delegate = /\b(?:delegates?(?: authority)? to|asks|instructs|requests|calls? on) (the (?:[A-Z][\w&'’-]*(?: (?:and|for|of|&) )?)+?)(?= to\b| in consultation|,|:|$)/.exec(context);
  if (delegate && !/\b(?:Government|Minister|Secretary of State)\b/.test(delegate[1]!)) return delegate[1]!.replace(/^the /, '');
  const named = namedActor(s, roster);
  if (named) return named;
  if (/^\W*(?:she|he)\b|\b(?:she|he) (?:would|will)\b|\b(?:her|his) intention\b/i.test(s)) return itemSpeaker(before) ?? lastNamed(before, roster);
  if (/^\s*["“‘]/.test(s)) return lastNamed(before, roster) ?? speakerOf(paper, before, after);
  if (kind === 'recommendation') return recommendingBody(s, leadIn, before, paper);
  const resolution = /\b(?:RESOLVED|DECIDED|AGREED)\b|\bresolved (?:that|to)\b/.test(context);
  const bodyInResolution = /\b(?:that|RESOLVED)\s+(?:the\s+)?(Cabinet|(?:County |City |Borough )?Council|Committee|Panel|Board)\b/.exec(context);
  if (paper.kind === 'minutes') {
    const speaker = itemSpeaker(before);
    if (resolution && bodyInResolution && !/\b(?:would|will)\b/.test(s)) return bodyInResolution[1]!;
    if (resolution && /\b(?:would|will)\b/.test(s)) {
      const presenters = itemPresenters(before, roster);
      if (presenters) return presenters;
    }
    if (speaker) return speaker;
    if (resolution && bodyInResolution) return bodyInResolution[1]!;
  }
  const section = sectionOwner(before);
  if (section) return section;
  const decider = decisionTaker(paper);
  if (decider) return decider;
  if (/\b(?:we|i|our|us|my)\b/i.test(s) || paper.author) {
    const speaker = speakerOf(paper, before, after) ?? itemSpeaker(before);
    if (speaker) return speaker;
  }
  const body = /\b(the (?:city |county |borough |district )?council|the (?:local )?authority|the cabinet|cabinet|the executive|the (?:health and wellbeing |safeguarding )?board|the partnership|the committee|the panel)\b/i.exec(context);
  if (body) return body[1]!.replace(/^cabinet$/i, 'the Cabinet');
  const presenters = paper.kind === 'minutes' ? itemPresenters(before, roster) : null;
  if (presenters) return presenters;
  return paper.author ?? signatory(after) ?? councilOf(paper);
}

/** A performance report's section owner: the last "Cabinet Member(s)  Name, Name" line before the sentence. */
function sectionOwner(before: string): string | null {
  const lines = [...before.slice(-20000).matchAll(/^\s*(Cabinet Members?|Portfolio Holders?|Lead Members?)\s{2,}([A-Z][^\n]{3,80})$/gm)];
  const last = lines.pop();
  return last ? `${last[2]!.trim()} (${last[1]})` : null;
}

/** Who takes a recorded decision ("DECISION TO BE TAKEN BY: Mrs X, Cabinet Member for Y", "As Cabinet Member for Y I agree"). */
function decisionTaker(paper: Paper): string | null {
  const head = (paper.pages[0]?.text ?? '').slice(0, 2500);
  const by = /DECISION TO BE TAKEN BY:?[^\n]*\n(?:[^\n]*DECISION NUMBER:?[^\n]*\n)?\s*((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)[^\n]{3,120}(?:\n\s*[A-Za-z][^\n:]{0,40})?)/i.exec(head);
  if (by) return by[1]!.replace(/\s+\d{2}\/\d{5}.*$/m, '').replace(/\s+/g, ' ').replace(/\s+\d{2}\/\d{5}\b.*$/, '').trim();
  return null;
}

/** The council a paper comes from, named on its first page ("Barchester Council", "Barsetshire County Council"), by its short name. */
function councilOf(paper: Paper): string | null {
  const m = /\b((?:London Borough of |Royal Borough of )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:County |City |Borough )?Council)\b/.exec(paper.pages.slice(0, 2).map((p) => p.text).join('\n'));
  return m ? `${tidy(m[1]!)} Council` : null;
}

/** The body an inspectorate's required action binds: the authority the report inspects, or its safeguarding board where the list is the board's. */
function inspectedBody(paper: Paper, context: string): string {
  const name = authorityOf(paper);
  const board = /\b(?:LSCB|local safeguarding children(?:'s|’s)? board|safeguarding children board)\b/i.test(context);
  if (!name) return board ? 'the LSCB' : 'the local authority';
  return board ? `${name} LSCB` : name;
}

const AUTHORITY_PREFIX = /^(?:the\s+)?(?:London Borough of|Royal Borough of|Metropolitan Borough of|City and County of|City of|County of|Borough of|Council of the)\s+/i;
const AUTHORITY_SUFFIX = /\s+(?:Metropolitan Borough|Metropolitan District|City|County|Borough|District|Unitary)?\s*(?:Council|Authority)$/i;

/** The authority an inspection report is about, by its short name ("Barchester" from "London Borough of Barchester – Inspection of …"). */
export function authorityOf(paper: Paper): string | null {
  const head = `${paper.title}\n${paper.pages[0]?.text.slice(0, 600) ?? ''}`.replace(/[ \t]+/g, ' ');
  const ilacs = /\bInspection of ([A-Z][\w'’,-]*(?: (?:and|upon|on|of|the|[A-Z][\w'’,-]*))*?) local authority\b/.exec(head);
  if (ilacs) return tidy(ilacs[1]!);
  const titled = /^([A-Z][^\n–—]{2,80}?)\s+[–—-]\s+(?:Re-)?[Ii]nspection\b/m.exec(head);
  if (titled) return tidy(titled[1]!);
  const firstLine = /^\s*([A-Z][^\n]{2,70})\n\s*(?:Re-)?Inspection (?:of|into)\b/.exec(paper.pages[0]?.text ?? '');
  if (firstLine) return tidy(firstLine[1]!);
  const council = /\n\s*((?:(?:London|Royal|Metropolitan) Borough of |City of )?[A-Z][\w'’-]*(?: (?:and |upon |on )?[A-Z][\w'’-]*){0,4} (?:City |County |Borough |Metropolitan Borough |District )?Council)\s*\n/.exec(head);
  return council ? tidy(council[1]!) : null;
}

function tidy(name: string): string {
  return name.trim().replace(AUTHORITY_PREFIX, '').replace(AUTHORITY_SUFFIX, '').replace(/\s+City$/, '').trim();
}

/** Who makes a recommendation: the committee the lead-in or the sentence names, in full where the paper names it earlier. */
function recommendingBody(s: string, leadIn: string | null, before: string, paper: Paper): string | null {
  const NAME = /((?:[A-Z][\w&'’-]*,? (?:and )?)*(?:Scrutiny Committee|Select Committee|Cabinet Committee|Committee|Panel|Task and Finish Group|Task Group))\b/g;
  const here = [...`${leadIn ?? ''} ${s}`.matchAll(NAME)].map((m) => m[1]!).filter((n) => !/^(?:The )?(?:Committee|Panel)$/.test(n));
  if (here.length > 0) return here[0]!;
  const earlier = [...before.slice(-6000).replace(/\s+/g, ' ').matchAll(NAME)].map((m) => m[1]!).filter((n) => n.split(' ').length > 1 && !/^The /.test(n));
  return earlier.pop() ?? paper.committee;
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
