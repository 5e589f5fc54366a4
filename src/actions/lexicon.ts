/**
 * The promise tracker's word lists, in one place: the cues its features look for. They describe how English council
 * papers and inspection reports phrase promises, decisions, findings and progress in general; none names a council,
 * a person or a paper. What each cue is worth is not set here: weights are fitted by `npm run fit:tracker` on the
 * tuning split (src/actions/weights.ts).
 */

const alt = (words: string[]) => `(?:${words.join('|')})`;

export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/** Who may commit in the first person or as a body. */
export const SUBJECTS = alt([
  'we', 'i', 'the (?:city |county |borough |district )?council', 'the (?:local )?authority', 'the cabinet', 'cabinet', 'the executive',
  'the service', 'the department', 'the directorate', 'the trust', 'officers', 'the partnership', 'the board',
  'the (?:cabinet member|leader|director|chief executive|chair(?:man)?)',
]);

/** Actions a person undertakes in minutes ("would circulate", "agreed to provide"). */
export const UNDERTAKING_VERBS = alt([
  'send', 'write', 'circulate', 'share', 'provide', 'bring', 'report', 'come back', 'return', 'follow', 'update', 'look into', 'look at',
  'raise', 'arrange', 'present', 'investigate', 'confirm', 'contact', 'meet', 'produce', 'publish', 'review', 'consider', 'check',
  'feed back', 'respond', 'speak', 'liaise', 'organise', 'organize', 'set up', 'visit', 'invite', 'include', 'submit', 'seek', 'explore',
  'take (?:this|that|it) (?:forward|away|back)', 'pick (?:this|that|it) up', 'forward', 'distribute', 'clarify', 'discuss', 'ensure',
]);

/** Passive participles of things done to a plan ("will be reported", "would be brought back"). */
export const PASSIVE_PARTICIPLES = alt([
  'brought', 'reported', 'presented', 'circulated', 'published', 'produced', 'considered', 'provided', 'shared', 'submitted', 'reviewed',
  'incorporated', 'updated', 'developed', 'looked at', 'returned', 'tabled', 'scheduled', 'added', 'sent', 'implemented', 'delivered',
  'completed', 'launched', 'introduced', 'established', 'monitored', 'evaluated', 'explored', 'reconsidered', 'transferred', 'rolled out',
  'put in place', 'undertaken', 'carried out', 'made available', 'agreed', 'finalised', 'signed', 'commissioned', 'recruited', 'appointed',
]);

/** Verbs that open an inspectorate's required action or a decision's list item ("Ensure that …", "Agree to submit …"). */
export const IMPERATIVES = alt([
  'ensure', 'strengthen', 'improve', 'develop', 'review', 'revise', 'reduce', 'address', 'increase', 'establish', 'implement', 'work',
  'make sure', 'monitor', 'embed', 'provide', 'secure', 'take', 'undertake', 'complete', 'consider', 're-?launch', 'agree', 'approve',
  'delegate', 'note', 'endorse', 'submit', 'transfer', 'adopt', 'refer', 'request', 'commission', 'publish', 'evaluate', 'prioritise',
  'extend', 'introduce', 'continue', 'raise', 'tackle', 'promote', 'support', 'enable', 'use', 'offer', 'identify', 'assess', 'analyse',
]);

/** Headings that open an inspectorate's list of required actions. */
export const REQUIRED_HEADINGS = [
  String.raw`what (?:does|do) the (?:local authority|lscb|local safeguarding children(?:'s|’s)? board|board|partnership|safeguarding partners?) (?:need|needs) to (?:do to )?improve\??`,
  String.raw`what needs to improve(?: in this local authority| in this authority)?\??`,
  String.raw`recommendations?:?`,
  String.raw`areas for (?:improvement|priority action|development):?`,
  String.raw`priority and immediate actions?:?`,
  String.raw`immediately:?`,
  String.raw`within (?:three|six|3|6) months:?`,
  String.raw`the local authority (?:and its partners )?should(?: improve)?:?`,
];

/** Headings that close it. */
export const SECTION_ENDS = [
  'information about this inspection', 'summary for children and young people', 'the experiences and progress of', 'summary of findings',
  'the inspection team', 'inspection findings', 'the effectiveness of (?:the )?(?:local safeguarding|lscb|board)', 'overall effectiveness',
  'what the local authority does well', 'inspection judgements? (?:about|of|on)', 'the local safeguarding children(?:\'s|’s)? board \(lscb\)$', 'executive summary', 'leadership, management and governance', 'key strengths',
];

/** Words that report a decision with force: resolutions and recorded decisions. */
export const DECISION = String.raw`\b(?:RESOLVED|resolved|DECIDED|decided|AGREED|the decision (?:is|was) to|the cabinet member (?:agreed|decided)|it was agreed)\b`;

/** A scrutiny committee's recommendation to the executive, or a call-in's outcome. */
export const RECOMMENDATION = String.raw`(?:\b(?:the )?(?:committee|panel|scrutiny committee|select committee|task (?:and finish )?group|review group|members?)\b[^.]{0,60}\b(?:recommends?|recommended|RECOMMENDS?)\b|\brecommendations? (?:to|for) (?:the )?(?:cabinet|executive|leader|cabinet member|council)\b|\b(?:refer|referred) (?:the decision|it|the matter|the item)? ?(?:back )?to (?:the )?(?:cabinet|full council|county council|decision[- ]maker|executive)\b|\bcall-?in\b[^.]{0,80}\b(?:upheld|referred|refer|recommend)|\b(?:committee|panel)\b[^.]{0,80}\b(?:agreed|passed|resolved|carried|proposed)\b[^.]{0,40}\bmotion\b)`;

/** The executive's response to a recommendation. */
export const RESPONSE_ACCEPTED = String.raw`\b(?:accept(?:s|ed)?|agree(?:s|d)?(?: with)?|support(?:s|ed)?|endorse(?:s|d)?|approved?)\b`;
export const RESPONSE_PARTLY = String.raw`\b(?:(?:accept(?:s|ed)?|agree(?:s|d)?) in part|partially (?:accept(?:s|ed)?|agree(?:s|d)?)|partly (?:accept(?:s|ed)?|agree(?:s|d)?)|in principle)\b`;
export const RESPONSE_REJECTED = String.raw`\b(?:reject(?:s|ed)?|decline(?:s|d)?|(?:does|do|did) not (?:accept|agree|support)|not accept(?:ed)?|not (?:be )?taken forward|will not be (?:implemented|adopted))\b`;

/** Forecasts and expectations: the future told, not promised. */
export const FORECAST = String.raw`\b(?:forecasts?|forecasted|projected|projections?|predicted|anticipated?|expected|estimated|is likely|are likely|likely to|could|might|may well|outturn|is set to|are set to|was set to|would be delivered)\b`;

/** Words of an inspector's finding or a report's judgement. */
export const FINDING = String.raw`\b(?:inspectors? (?:found|saw|identified|noted|observed)|found that|there (?:is|are|was|were)|has been|have been|had been|is (?:not )?(?:good|effective|strong|weak|inadequate|variable|inconsistent)|are (?:not )?(?:good|effective|strong|weak|variable|inconsistent)|requires? improvement|judged|judgement|evidence (?:of|that)|in most cases|in a (?:small )?number of cases|too many|too few|not all|the majority of)\b`;

/** Praise and thanks. */
export const PRAISE = String.raw`\b(?:thanked|thanks?|congratulat\w*|praised?|commended|welcomed?|pleased|proud|excellent|outstanding|impressive|delighted|appreciat\w*)\b`;

/** Opinion and feeling. */
export const OPINION = String.raw`\b(?:felt|believed?|thinks?|thought|considered that|view(?:ed)? that|in (?:my|our|his|her) (?:view|opinion)|concerns? (?:was|were)? ?(?:raised|expressed)|expressed|questioned|queried|asked (?:whether|about|if|what|how|why))\b`;

/** Standing rules: a constitution, terms of reference, a statutory process. */
export const RULE = String.raw`\b(?:constitution|standing orders?|procedure rules?|terms of reference|shall be entitled|may (?:require|request|call)|must be (?:made|given|submitted|received)|is required to|are required to|in accordance with|the regulations|statutory (?:guidance|duty|timescales?)|quorum|any (?:member|councillor|elector|person)|members? may)\b`;

/** A duration describing how a standing process runs, not when something falls due ("within 8 weeks of receipt"). */
export const STANDING_PROCESS = String.raw`\b(?:within|after|of) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|twenty-?\w+|28|20|15|10) (?:working |calendar |clear )?(?:days?|weeks?|months?)(?: of| from| after| following)? (?:the |a |an |their |its )?(?:receipt|request|referral|notification|application|decision|date|publication|assessment|contact|the start|being|becoming|starting|entering|leaving|each|every|any)\b|\b(?:every|each) (?:\d+|two|three|four|six|twelve) (?:days|weeks|months)\b|\b(?:per|a|each|every) (?:year|annum|month|quarter|week)\b|\bannual(?:ly)?\b|\bon an? (?:annual|monthly|quarterly|weekly|regular) basis\b`;

/** Words of progress in a later paper. */
export const PROGRESS = String.raw`\b(?:improved|improving|improvements? (?:in|to|have|has)|strengthened|now (?:in place|has|have|are|is|receive|benefit)|has been (?:addressed|implemented|completed|established|introduced|strengthened|improved|resolved|embedded)|have been (?:addressed|implemented|completed|established|introduced|strengthened|improved|resolved|embedded)|progress has|made (?:good|significant|considerable|steady|strong) progress|better|effective(?:ly)?|timely|consistently|robust|good|strong|well (?:established|embedded|managed)|appropriate(?:ly)?|completed|achieved|delivered|on track|in place)\b`;

/** Words that report a lack of progress in a later paper. */
export const NO_PROGRESS = String.raw`\b(?:still|remains?|remained|continues? to be|not yet|insufficient(?:ly)?|inconsistent(?:ly)?|variable|weak(?:ness(?:es)?)?|poor|not always|lack(?:s|ing)?|limited|too (?:many|few|long|slow)|delays?|delayed|drift|not (?:sufficiently|effective|robust|consistently|been)|requires? (?:further )?improvement|slipped|behind|off track|has not|have not|had not|did not|does not|do not|yet to|deteriorated|declined|worse|under[- ]?developed|too (?:early|soon)|(?:has|have|had) impacted|impacting on|shortfalls?|gaps?|ineffective|inadequate|unclear)\b`;

/** Phrases that mark a later paper as taking up earlier findings. */
export const FOLLOW_UP = String.raw`\b(?:since the (?:last|previous) (?:inspection|visit|report|meeting|update)|at the (?:last|previous) inspection|previous(?:ly)? (?:identified|inspection|recommendations?)|as (?:requested|agreed|promised) (?:at|by|in)|progress (?:against|on|with|made)|update on|the action plan|in response to)\b`;

/** Words of a first-person or corporate future that does not promise ("we will see", "we will need"). */
export const NOT_PROMISE_AFTER_WILL = String.raw`(?:not\b|never\b|always\b|no doubt\b|be able\b|be held\b|have\b|need\b|become\b|dip\b|remain\b|face\b|receive\b|lose\b|fall\b|rise\b|see\b|experience\b|depend\b|vary\b|be (?:a|an|the|more|less|very|too|much|difficult|important|essential|vital|key|good|great|better|safer|possible|likely|unlikely|required|subject)\b)`;

/** Phrases of courtesy that look like intentions ("I would like to thank"). */
export const COURTESY = String.raw`\b(?:would like to|wish to|want to) (?:thank|set out|outline|explain|describe|tell you|update you|welcome|congratulate|record|place on record)\b|\bwe said we would\b`;

/** Words that turn round the few words after them ("not always timely", "do not experience delay"). */
export const NEGATION = String.raw`\b(?:not|no|never|nor|without|cannot|neither)\b|n['’]t\b`;

/** Words of a change for the better, which count as progress even from a low base ("has increased", "now timelier"). */
export const CHANGE_BETTER = String.raw`\b(?:improved|improving|improvements?|increased|increasing|strengthened|strengthening|better|reducing|timelier|(?:has|have) been (?:addressed|resolved)|much (?:more|stronger)|significant progress|(?:is|are|has|have) now)\b`;

/** Words of a change for the worse. */
export const CHANGE_WORSE = String.raw`\b(?:deteriorat(?:ed|ing|ion)|declin(?:ed|ing)|decline|worse(?:ned)?|slipped|fallen)\b`;

/** Words that set what follows against what went before ("good quality, although … not consistently …"). */
export const CONTRAST = String.raw`\b(?:but|although|though|however|while|whilst|despite|nevertheless)\b`;

/** An item addressed to a safeguarding partnership's board rather than to the authority a later inspection judges. */
export const BOARD = String.raw`\b(?:[a-z]{0,3}scb|safeguarding (?:children )?(?:board|partnership)|the board|board['’]s|sub-?groups?)\b`;

/** Work under way without a result yet ("ongoing work to improve", "at the earliest stages"): no progress yet, by the labels' rule. */
export const UNDERWAY = String.raw`\b(?:ongoing|on-going|at (?:an|the) (?:early|earliest) stages?|earliest stages?|(?:is|are) (?:starting|beginning) to|too early to|recently (?:introduced|implemented|launched|relaunched|established|appointed)|plans? to|work (?:is )?(?:under way|underway)|(?:working|work) to (?:improve|address|strengthen|develop)|(?:is|are) being (?:developed|reviewed|implemented|addressed))\b`;
