/** UK and US spellings meet: every word is brought to its US form before stemming. */

/** Words ending in -ise that are not the -ise/-ize verb suffix (their inflections are kept too). */
const ISE_EXCEPTIONS = new Set(
  `promise premise exercise advise revise supervise compromise enterprise expertise surprise rise raise wise
  otherwise likewise clockwise anticlockwise streetwise arise comprise devise disguise despise franchise merchandise
  improvise televise precise concise excise incise circumcise chastise advertise treatise paradise demise reprise
  apprise surmise noise praise cruise bruise poise anise mortise guise vise sunrise uprise premise exorcise
  tortoise porpoise valise cerise remise mise`.split(/\s+/),
);

const PREFIXES = /^(un|re|pre|over|under|mis|self|non|super|counter|co|sun|up)(?=[a-z]{4})/;

const ISE_SUFFIXES: Array<[string, string]> = [
  ['isations', 'izations'], ['isation', 'ization'], ['ising', 'izing'], ['ised', 'ized'], ['ises', 'izes'],
  ['isers', 'izers'], ['iser', 'izer'], ['ise', 'ize'],
];

/** Whole-word forms no rule covers. */
const WORDS: Record<string, string> = {
  programme: 'program', programmes: 'programs', practise: 'practice', practised: 'practiced', practises: 'practices',
  practising: 'practicing', licence: 'license', licences: 'licenses', licenced: 'licensed', defence: 'defense',
  defences: 'defenses', offence: 'offense', offences: 'offenses', pretence: 'pretense', ageing: 'aging',
  enrolment: 'enrollment', enrolments: 'enrollments', fulfil: 'fulfill', fulfils: 'fulfills', fulfilment: 'fulfillment',
  instalment: 'installment', instalments: 'installments', skilful: 'skillful', wilful: 'willful', grey: 'gray',
  catalogue: 'catalog', catalogues: 'catalogs', dialogue: 'dialog', dialogues: 'dialogs', analogue: 'analog',
  mould: 'mold', sceptical: 'skeptical', sceptic: 'skeptic', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  plough: 'plow', cheque: 'check', cheques: 'checks', tyre: 'tire', tyres: 'tires', aluminium: 'aluminum',
  storey: 'story', storeys: 'stories', learnt: 'learned', spelt: 'spelled', cosy: 'cozy', whilst: 'while',
  amongst: 'among', towards: 'toward', afterwards: 'afterward', diarrhoea: 'diarrhea', oedema: 'edema',
};

const RE_WORDS = /^(cent|theat|met|lit|fib|calib|somb|spect|lust|meag|sab|reconnoit)re(s|d)?$/;
const OUR_EXCEPTIONS = new Set(['h', 'y', 'f', 'p', 's', 't', 'fl', 'd', 'dev', 'det', 'cont', 'am', 'param', 'vel', 'troubad', 'sc', 'tr', 'ourselve']);
const OUR_RE = /^([a-z]+)our(s|ed|ing|al|ally|ite|ites|able|ably|ful|er|ers|hood|hoods|less|ist|ists|ism)?$/;
const DOUBLE_L_RE =
  /^(counsel|travel|label|model|cancel|fuel|signal|total|level|channel|tunnel|jewel|dial|equal|rival|quarrel|panel|marshal|pedal|initial|spiral|libel|parcel|yodel|shovel|funnel|pencil|refuel|remodel|relabel)l(ing|ed|er|ers|or|ors)$/;
const YSE_RE = /^(anal|paral|catal|hydrol|electrol|dial)ys(e|ed|es|ing|er|ers)$/;
const CLASSICAL: Array<[RegExp, string]> = [
  [/paed/, 'ped'], [/^haem/, 'hem'], [/^anaes/, 'anes'], [/^anaem/, 'anem'], [/aemia/, 'emia'],
  [/^oesoph/, 'esoph'], [/^oestr/, 'estr'], [/^foet/, 'fet'], [/^encyclopaed/, 'encycloped'],
];

/** Brings one lowercase word to its US spelling; words already in US form, or not spelling variants, are returned as they are. */
export function toUsSpelling(word: string): string {
  const listed = WORDS[word];
  if (listed) return listed;
  if (word.length < 4) return word;
  if (word.includes('dgement')) return word.replace('dgement', 'dgment');
  const re = RE_WORDS.exec(word);
  if (re) return `${re[1]}er${re[2] === 'd' ? 'ed' : (re[2] ?? '')}`;
  const ll = DOUBLE_L_RE.exec(word);
  if (ll) return `${ll[1]}${ll[2]}`;
  const yse = YSE_RE.exec(word);
  if (yse) return `${yse[1]}yz${yse[2]}`;
  if (word.includes('our')) {
    const our = OUR_RE.exec(word);
    if (our && our[1] && our[1].length >= 2 && !OUR_EXCEPTIONS.has(our[1])) return `${our[1]}or${our[2] ?? ''}`;
  }
  if (word.includes('is')) {
    const ise = iseToIze(word);
    if (ise) return ise;
  }
  if (word.includes('ae') || word.includes('oe')) {
    for (const [pattern, replacement] of CLASSICAL) if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

function iseToIze(word: string): string | null {
  for (const [uk, us] of ISE_SUFFIXES) {
    if (!word.endsWith(uk)) continue;
    const stem = word.slice(0, -uk.length);
    const before = stem.at(-1);
    if (stem.length < 3 || before === undefined || 'aeiouy'.includes(before)) return null;
    const base = `${stem}ise`;
    if (ISE_EXCEPTIONS.has(base) || ISE_EXCEPTIONS.has(base.replace(PREFIXES, '')) || base.endsWith('wise')) return null;
    return stem + us;
  }
  return null;
}
