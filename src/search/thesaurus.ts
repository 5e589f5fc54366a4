/**
 * The product's one thesaurus: groups of phrases and acronyms that name the same thing in council papers, each indexed
 * as one extra concept term so that a question in everyday words finds the papers' own wording. Groups are curated from
 * the sector's public glossaries (named per section) and from how residents and councillors word things; none was added
 * for one paper or one question. A question's phrase is replaced by its concept term, so `asked` holds only everyday
 * wording the papers themselves rarely print (a word papers use literally would lose its own matches). Phrases are matched after the analyser's folding (lowercase, US spelling, stems), so
 * "children looked after" also covers "child looked-after"; acronyms are matched case-sensitively as written.
 */
export interface Concept {
  term: string;
  phrases: string[];
  acronyms: string[];
  /** Phrases only a question uses (everyday words the papers rarely print), matched in questions alone. */
  asked?: string[];
}

/**
 * Children's social care: DfE "Working together to safeguard children" glossary, Ofsted ILACS and SIF frameworks (their
 * wording of workforce stability, private fostering, sufficiency and preparation for independence, and the headings
 * under which a report lists what must improve: "What needs to improve", "Areas for improvement"), DfE statutory
 * guidance "Promoting the health and well-being of looked-after children" (dental and therapeutic care).
 */
const CHILDRENS_SOCIAL_CARE: Concept[] = [
  { term: 'c_lac', phrases: ['looked after children', 'looked after child', 'children looked after', 'child looked after', 'children in care', 'child in care', 'children in our care', 'looked after young people', 'children and young people in care', 'young people in care'], acronyms: ['LAC', 'CLA', 'CiC', 'CIC'], asked: ['kids in care', 'youngsters in care', 'children the council looks after', 'kids looked after', 'have in care', 'has in care', 'had in care', 'look after', 'looks after', 'looking after'] },
  { term: 'c_cp', phrases: ['child protection plan', 'cp plan', 'protection plan', 'child protection plans'], acronyms: ['CP'], asked: ['at risk register'] },
  { term: 'c_cin', phrases: ['child in need', 'children in need'], acronyms: ['CIN', 'CiN'] },
  { term: 'c_mash', phrases: ['multi agency safeguarding hub', 'multiagency safeguarding hub', 'front door', 'contact and referral', 'single point of access', 'first response'], acronyms: ['MASH', 'SPA'] },
  { term: 'c_s47', phrases: ['section 47', 's 47', 's47', 'child protection enquiry', 'child protection enquiries', 'strategy meeting', 'strategy discussion'], acronyms: [] },
  { term: 'c_s17', phrases: ['section 17', 's 17', 's17'], acronyms: [] },
  { term: 'c_s20', phrases: ['section 20', 's 20', 's20'], acronyms: [] },
  { term: 'c_uasc', phrases: ['unaccompanied asylum seeking children', 'unaccompanied asylum seeking child', 'unaccompanied asylum seekers', 'unaccompanied children', 'unaccompanied minors', 'unaccompanied young people'], acronyms: ['UASC'], asked: ['asylum seeking children arriving alone', 'child refugees', 'refugee children', 'lone asylum seekers'] },
  { term: 'c_dcs', phrases: ["director of children's services", "director for children's services", 'director of children services'], acronyms: ['DCS'] },
  { term: 'c_iro', phrases: ['independent reviewing officer', 'independent reviewing'], acronyms: ['IRO'] },
  { term: 'c_cl', phrases: ['care leaver', 'care leavers', 'care experienced', 'leaving care', 'left care'], acronyms: ['CL'], asked: ["young people who've left care", 'young people who have left care'] },
  { term: 'c_eh', phrases: ['early help', 'early intervention'], acronyms: ['EH'], asked: ['before problems escalate', 'before things get worse', 'before problems get worse', 'early support'] },
  { term: 'c_sw', phrases: ['social worker', 'social workers'], acronyms: ['SW'] },
  { term: 'c_agency', phrases: ['agency worker', 'agency workers', 'agency staff', 'agency social worker', 'agency social workers', 'agency staffing', 'locum', 'locums', 'locum social worker', 'interim staff', 'interim workers'], acronyms: [], asked: ['temporary staff', 'temporary social workers', 'temp staff', 'temps', 'temporary workers', 'contract staff'] },
  { term: 'c_sgo', phrases: ['special guardianship order', 'special guardianship orders', 'special guardianship', 'special guardians'], acronyms: ['SGO', 'SGOs'], asked: ['legal guardian', 'legal guardians', 'legal guardianship'] },
  { term: 'c_lado', phrases: ['local authority designated officer'], acronyms: ['LADO'] },
  { term: 'c_pep', phrases: ['personal education plan'], acronyms: ['PEP'] },
  { term: 'c_pa', phrases: ['personal adviser', 'personal advisers', 'personal advisor', 'personal advisors'], acronyms: ['PA', 'PAs'], asked: ['leaving care workers', 'leaving care advisers'] },
  { term: 'c_missing', phrases: ['missing from home', 'missing from care', 'go missing', 'goes missing', 'went missing', 'missing children', 'missing episodes', 'return home interview', 'return home interviews'], acronyms: [], asked: ['run away', 'runaways', 'running away', 'ran away'] },
  { term: 'c_exploit', phrases: ['child sexual exploitation', 'child criminal exploitation', 'criminal exploitation', 'sexual exploitation', 'county lines', 'exploitation'], acronyms: ['CSE', 'CCE'] },
  { term: 'c_caseload', phrases: ['caseload', 'caseloads', 'case load', 'case loads', 'number of children they work with', 'workload', 'workloads'], acronyms: [], asked: ['how many cases', 'overloaded', 'overworked', 'stretched too thin', 'too busy', 'too many cases'] },
  { term: 'c_advocacy', phrases: ['advocacy', 'advocate', 'advocates', 'independent visitor', 'independent visitors'], acronyms: [], asked: ['speak up for them', 'someone to speak up', 'speak up for', 'speak on their behalf'] },
  { term: 'c_lifestory', phrases: ['life story work', 'life story', 'later life letters', 'later life letter'], acronyms: [], asked: ['make sense of their past', 'understand their past', 'understand their history', 'their own past', 'their own history'] },
  { term: 'c_interpreter', phrases: ['interpreter', 'interpreters', 'interpreting'], acronyms: [], asked: ['translator', 'translators', 'translation'] },
  { term: 'c_custody', phrases: ['police cells', 'police cell', 'police custody', 'police station'], acronyms: [], asked: ['arrested', 'held by the police', 'kept by the police'] },
  { term: 'c_foster', phrases: ['foster carer', 'foster carers', 'fostering households', 'foster families', 'foster family', 'foster care', 'foster placements', 'foster placement'], acronyms: [], asked: ['foster parents', 'foster parent', 'foster homes', 'take in children', 'families to take in'] },
  { term: 'c_residential', phrases: ["children's homes", "children's home", 'residential homes', 'residential care', 'residential placements'], acronyms: [], asked: ['care homes for children', 'council run homes', 'council-run homes'] },
  { term: 'c_turnover', phrases: ['turnover', 'retention', 'retain', 'staff leaving', 'vacancy rate', 'vacancies', 'stabilising the workforce', 'stable workforce'], acronyms: [], asked: ['staff quitting', 'hang on to staff', 'hang on to social workers', 'keep staff', 'keeping staff', 'losing staff', 'hire and keep', 'staff leaving', 'managers leaving'] },
  { term: 'c_swchange', phrases: ['changes of social worker', 'change of social worker', 'changes in social worker', 'changes of worker', 'consistent social worker', 'consistency of social worker', 'stability of social worker'], acronyms: [], asked: ['keep getting new social workers', 'new social worker', 'new social workers', 'same social worker', 'keep the same social worker'] },
  { term: 'c_nqsw', phrases: ['newly qualified social workers', 'newly qualified social worker', 'newly qualified', 'assessed and supported year in employment', 'early career', 'inexperience', 'inexperienced'], acronyms: ['ASYE', 'NQSW', 'NQSWs'], asked: ['new staff', 'new starters', 'new to the job', 'just qualified'] },
  { term: 'c_privfost', phrases: ['private fostering', 'privately fostered', 'privately arranged fostering', 'private fostering arrangements'], acronyms: [], asked: ['informally with family friends', 'live with family friends', 'living with family friends'] },
  { term: 'c_distance', phrases: ['miles from home', 'out of area', 'outside the local authority area', 'out of borough', 'at a distance from', 'outside the area', 'distant placements'], acronyms: [], asked: ['long way from home', 'far from home', 'far away from home', 'miles away'] },
  { term: 'c_sufficiency', phrases: ['sufficiency', 'placement sufficiency', 'sufficient placements', 'shortage of placements', 'lack of placements', 'placement shortage'], acronyms: [], asked: ['enough homes', 'enough placements', 'enough foster homes', 'not enough places', 'enough places to live'] },
  { term: 'c_independence', phrases: ['independent living', 'living independently', 'independence skills', 'independence programme', 'preparation for independence', 'live independently'], acronyms: [], asked: ['live on their own', 'living on their own', 'learn to live on their own', 'stand on their own feet'] },
  { term: 'c_dental', phrases: ['dental', 'dentistry', 'dentist', 'dentists', 'dental checks', 'dental care'], acronyms: [], asked: ['teeth checked', 'see a dentist'] },
  { term: 'c_clinical', phrases: ['psychologist', 'psychologists', 'clinical psychologist', 'clinical psychology', 'therapist', 'therapists', 'clinician', 'clinicians', 'therapeutic support'], acronyms: [], asked: ['mental health professionals', 'mental health staff', 'mental health workers', 'mental health experts', 'counsellors'] },
  { term: 'c_grade', phrases: ['requires improvement', 'require improvement', 'inadequate', 'outstanding', 'judgement', 'judgment', 'judged', 'graded'], acronyms: [], asked: ['ofsted rate', 'rated', 'rating', 'ratings', 'grade', 'grades', 'verdict', 'how good'] },
  { term: 'c_leadinsp', phrases: ['lead inspector', 'lead inspectors'], acronyms: [], asked: ['who inspected', 'who led the inspection', 'led the inspection', 'led the ofsted inspection', 'in charge of the inspection'] },
  { term: 'c_ofsted', phrases: ['ofsted', 'office for standards in education'], acronyms: [] },
  { term: 'c_toimprove', phrases: ['what needs to improve', 'needs to improve', 'areas for improvement', 'area for improvement', 'areas for development', 'areas for priority action', 'recommendations for improvement'], acronyms: [], asked: ['have to fix', 'has to fix', 'need to fix', 'needs to fix', 'needs fixing', 'needs work', 'still needs work', 'had to get better', 'has to get better', 'have to get better', 'needs to get better', 'must get better', 'must do better'] },
];

/**
 * "Education, employment or training" as papers print it: the three in any order, with "or" or "and". Being in it and
 * not being in it (NEET) are one measure seen from either side, so both are one concept.
 */
const EDUCATION_EMPLOYMENT_TRAINING = [
  ['education', 'employment', 'training'], ['education', 'training', 'employment'], ['employment', 'education', 'training'],
  ['employment', 'training', 'education'], ['training', 'education', 'employment'], ['training', 'employment', 'education'],
].flatMap(([a, b, c]) => [`${a} ${b} or ${c}`, `${a} ${b} and ${c}`]);

/** Education and SEND: DfE SEND code of practice glossary. */
const EDUCATION_AND_SEND: Concept[] = [
  { term: 'c_send', phrases: ['special educational needs and disabilities', 'special educational needs and disability', 'special educational needs'], acronyms: ['SEND', 'SEN'] },
  { term: 'c_ehcp', phrases: ['education health and care plan', 'education health care plan', 'ehc plan', 'education health and care plans'], acronyms: ['EHCP', 'EHC', 'EHCPs'] },
  { term: 'c_ehe', phrases: ['elective home education', 'electively home educated', 'home educated', 'home education', 'education outside the school', 'educated at home'], acronyms: ['EHE'], asked: ['home schooled', 'home-schooled', 'home schooling', 'homeschooled', 'homeschooling'] },
  { term: 'c_eet', phrases: EDUCATION_EMPLOYMENT_TRAINING, acronyms: ['EET', 'NEET'], asked: ['in work or training', 'in work education or training', 'working or studying', 'in jobs or training', 'jobs or college', 'jobs and college', 'jobs and courses', 'jobs or courses', 'helped into jobs', 'getting jobs'] },
  { term: 'c_exclusion', phrases: ['permanent exclusion', 'permanently excluded', 'permanent exclusions', 'fixed term exclusion', 'suspensions', 'excluded from school'], acronyms: [], asked: ['expelled', 'kicked out of school'] },
  { term: 'c_camhs', phrases: ['child and adolescent mental health services', 'child and adolescent mental health service', 'emotional wellbeing and mental health'], acronyms: ['CAMHS', 'CAMHs'] },
];

/** Local government finance: CIPFA and LGA finance glossaries. */
const FINANCE: Concept[] = [
  { term: 'c_overspend', phrases: ['overspend', 'overspent', 'over spend', 'budget pressure', 'budget pressures', 'forecast pressure'], acronyms: [], asked: ['over budget', 'spent too much', 'in the red'] },
  { term: 'c_saving', phrases: ['savings', 'saving', 'efficiencies', 'budget reductions'], acronyms: [], asked: ['cutting costs'] },
  { term: 'c_ctax', phrases: ['council tax', 'council tax precept', 'precept'], acronyms: [], asked: ['council tax going up', 'rates bill'] },
  { term: 'c_reserves', phrases: ['reserves', 'general fund balance', 'earmarked reserves'], acronyms: [], asked: ['rainy day fund', 'savings pot'] },
  { term: 'c_s106', phrases: ['developer contributions', 'section 106', 's106', 'community infrastructure levy'], acronyms: ['CIL'], asked: ['money from developers', 'money it asks developers for', 'developer money'] },
  { term: 'c_dsg', phrases: ['dedicated schools grant', 'high needs block', 'high needs'], acronyms: ['DSG'] },
];

/**
 * Governance, scrutiny and performance management: LGA and CfGS (Centre for Governance and Scrutiny) guides; a target
 * as plans and performance reports set one, with or without the word ("no more than 15% by March 2017").
 */
const GOVERNANCE: Concept[] = [
  { term: 'c_os', phrases: ['overview and scrutiny', 'scrutiny committee'], acronyms: ['O&S', 'OSC'] },
  { term: 'c_callin', phrases: ['call in', 'called in', 'call-in'], acronyms: [] },
  { term: 'c_kpi', phrases: ['key performance indicator', 'key performance indicators', 'performance indicator', 'performance indicators'], acronyms: ['KPI', 'KPIs'] },
  { term: 'c_target', phrases: ['target', 'targets', 'no more than'], acronyms: [] },
  { term: 'c_foi', phrases: ['freedom of information'], acronyms: ['FOI', 'FoI'] },
  { term: 'c_dfe', phrases: ['department for education', 'department for children schools and families'], acronyms: ['DfE', 'DFE', 'DCSF'] },
];

/** Housing and the armed forces community: MHCLG homelessness code of guidance, the Armed Forces Covenant. */
const HOUSING_AND_COMMUNITY: Concept[] = [
  { term: 'c_homeless', phrases: ['homeless', 'homelessness', 'present as homeless', 'rough sleeping', 'rough sleepers', 'temporary accommodation'], acronyms: [], asked: ['nowhere to live', 'sofa surfing', 'on the streets', 'without a home'] },
  { term: 'c_bnb', phrases: ['bed and breakfast', 'bed and breakfasts', 'bed and breakfast accommodation'], acronyms: ['B&B', 'B&Bs'] },
  { term: 'c_veteran', phrases: ['veteran', 'veterans', 'armed forces community', 'service leavers', 'ex service personnel'], acronyms: [], asked: ['ex forces', 'ex-forces', 'ex service', 'ex-service', 'former soldiers', 'ex military', 'ex-military'] },
];

/** Highways, waste and planning: DfT and DEFRA terms, and how residents ask. */
const PLACE: Concept[] = [
  { term: 'c_flytip', phrases: ['fly tipping', 'flytipping', 'fly tips', 'fly tip'], acronyms: [], asked: ['illegal dumping', 'dumped rubbish', 'rubbish dumping'] },
  { term: 'c_pothole', phrases: ['pothole', 'potholes', 'carriageway defects', 'road defects'], acronyms: [], asked: ['holes in the road', 'broken roads'] },
  { term: 'c_bins', phrases: ['waste collection', 'refuse collection', 'household waste', 'recycling'], acronyms: [], asked: ['bin collections', 'rubbish collection'] },
];

/** Every concept of the thesaurus. */
export const CONCEPTS: Concept[] = [...CHILDRENS_SOCIAL_CARE, ...EDUCATION_AND_SEND, ...FINANCE, ...GOVERNANCE, ...HOUSING_AND_COMMUNITY, ...PLACE];

/**
 * Everyday single words a question uses for the papers' own word, read as that word in questions only (a concept would
 * add a term to every "children" of every paper): how residents and councillors talk, not the papers' register.
 */
export const EVERYDAY_WORDS: Record<string, string> = {
  kid: 'child', kids: 'children', youngster: 'young person', youngsters: 'young people',
  mum: 'mother', mums: 'mothers', dad: 'father', dads: 'fathers', jab: 'vaccination', jabs: 'vaccinations',
};

/**
 * The grades an inspection gives (Ofsted's four-point scale), and the grade the frameworks before 2013 gave between
 * good and inadequate. A judgement table's value line, an answer's fit to a grade question and the words searched
 * alongside one are all read from here.
 */
export const GRADES = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;
export const FORMER_GRADES = ['adequate'] as const;

/**
 * Posts a "who" question may ask for the holder of (the titles of local government, inspection and national office,
 * from the LGA's and Ofsted's own usage): a name given as the answer must come with the post asked about. General
 * words for any member or officer ("councillor", "officer", "member") are not posts here, since papers name people
 * without them.
 */
export const POSTS = [
  'chair', 'chairman', 'chairwoman', 'chairperson', 'vice chair', 'director', "director of children's services", 'executive director',
  'strategic director', 'corporate director', 'chief executive', 'leader', 'deputy leader', 'mayor', 'lead inspector', 'inspector',
  'minister', 'secretary of state', 'commissioner', 'headteacher', 'head teacher', 'principal', 'clerk', 'auditor', 'monitoring officer',
  'section 151 officer', 'cabinet member', 'portfolio holder', 'lead member', 'chief constable', 'coroner', 'ombudsman',
] as const;

/** Words that make a post someone else's: a vice-chair, deputy, co-chair, assistant or former holder is not the holder. */
export const POST_QUALIFIERS = ['vice', 'deputy', 'co', 'assistant', 'former'] as const;

/** Acronyms that are also English words: not taken as acronyms inside a line written in capitals. */
export const AMBIGUOUS_ACRONYMS = new Set(['SEND', 'MASH', 'CL', 'SW', 'EH', 'SPA', 'PA', 'CIL']);
