import { describe, expect, it } from 'vitest';
import { analyzeQuery, analyzeText } from '../../src/search/index.ts';
import { toUsSpelling } from '../../src/search/spelling.ts';

const terms = (text: string) => analyzeText(text);
const queryTerms = (q: string) => analyzeQuery(q).map((t) => t.term);

describe('UK and US spellings', () => {
  const pairs: Array<[string, string]> = [
    ['organise', 'organize'],
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['prioritised', 'prioritized'],
    ['stabilising', 'stabilizing'],
    ['behaviour', 'behavior'],
    ['behavioural', 'behavioral'],
    ['programme', 'program'],
    ['programmes', 'programs'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['licence', 'license'],
    ['defence', 'defense'],
    ['practise', 'practice'],
    ['analyse', 'analyze'],
    ['analysed', 'analyzed'],
    ['paediatric', 'pediatric'],
    ['counselling', 'counseling'],
    ['ageing', 'aging'],
    ['colour', 'color'],
    ['favourite', 'favorite'],
    ['neighbourhood', 'neighborhood'],
    ['travelled', 'traveled'],
    ['catalogue', 'catalog'],
    ['fulfilment', 'fulfillment'],
    ['anaemia', 'anemia'],
  ];
  it.each(pairs)('%s and %s analyse to the same term', (uk, us) => {
    expect(terms(uk)).toEqual(terms(us));
    expect(terms(uk)).toHaveLength(1);
  });

  it('brings UK forms to US spelling and leaves US forms alone', () => {
    expect(toUsSpelling('organisation')).toBe('organization');
    expect(toUsSpelling('realise')).toBe('realize');
    expect(toUsSpelling('organization')).toBe('organization');
    expect(toUsSpelling('behavior')).toBe('behavior');
  });

  const exceptions = [
    'promise', 'premise', 'exercise', 'advise', 'revise', 'supervise', 'compromise', 'enterprise', 'expertise',
    'surprise', 'rise', 'raise', 'wise', 'otherwise', 'likewise', 'arise', 'comprise', 'devise', 'franchise',
    'advertise', 'precise', 'concise', 'noise', 'praise', 'promising', 'revised', 'supervising', 'advertising',
    'surprised', 'exercises', 'compromised', 'unsupervised', 'our', 'hour', 'four', 'your', 'tour', 'pour', 'devour',
    'contour', 'journal', 'resources', 'course',
  ];
  it.each(exceptions)('%s keeps its spelling', (word) => {
    expect(toUsSpelling(word)).toBe(word);
  });
});

describe('numbers, money, percentages and years', () => {
  it('reads irregular past forms and plurals as their base word', () => {
    expect(analyzeText('Who led the inspection?')).toContain('lead');
    expect(analyzeText('She wrote to the Minister; it was written')).toEqual(expect.arrayContaining(['write']));
    expect(analyzeText('money spent').includes('spend')).toBe(true);
    expect(analyzeText('children').includes('child')).toBe(true);
  });

  it('"24000" and "24,000" are one term', () => {
    expect(terms('24000')).toContain('24000');
    expect(terms('24,000')).toContain('24000');
  });

  it('"£9.6m", "£9.6 million", "£9.6M" and "9.6 million" match each other', () => {
    for (const form of ['£9.6m', '£9.6 million', '£9.6M', '9.6 million']) expect(terms(`growth of ${form} this year`)).toContain('9600000');
    expect(terms('£21.5m')).toContain('21500000');
    expect(terms('£150k')).toContain('150000');
  });

  it('"15%", "15 per cent" and "15 percent" match', () => {
    for (const form of ['15%', '15 per cent', '15 percent']) expect(terms(`no more than ${form} overall`)).toContain('15pct');
  });

  it('years and financial years are terms', () => {
    expect(terms('in 2014')).toContain('2014');
    expect(terms('budget for 2016/17')).toContain('2016_17');
    expect(terms('budget for 2016-2017')).toContain('2016_17');
    expect(terms('the 2025/26 budget')).toContain('2025_26');
    expect(terms('Improvement Plan 2014-2017')).toEqual(expect.arrayContaining(['2014', '2017']));
    expect(queryTerms('What is the 2025/26 budget?')).toContain('2025_26');
  });

  it('marks quantities, but not years, dates or section numbers', () => {
    expect(terms('2400 children')).toEqual(['2400', 'c_qty', 'q_child', 'child']);
    expect(terms('in 2014')).not.toContain('c_qty');
    expect(terms('on 19 March 2014')).not.toContain('c_qty');
    expect(terms('Section 47 enquiries')).not.toContain('c_qty');
  });

  it('counts the head of the noun phrase after a figure, with the concept holding it', () => {
    expect(terms('44 social worker vacancies')).toEqual(expect.arrayContaining(['q_social', 'q_c_sw', 'q_vacanc']));
    expect(terms('44 social workers appointed')).not.toContain('q_vacanc');
    const q = analyzeQuery('How many Barsetshire children were in care in July 2016?').map((t) => t.term);
    expect(q).toEqual(expect.arrayContaining(['q_child', 'q_c_lac']));
    expect(terms('At 4 July 2016, 393 children and young people were the subject of a child protection plan.')).not.toContain('q_c_lac');
  });

  it('reads a contraction as the function words it stands for, so it is never what a count counts', () => {
    const q = analyzeQuery("How many young people who've left Barsetshire's care does the council support?").map((t) => t.term);
    expect(q).toEqual(expect.arrayContaining(['q_young', 'q_peopl', 'q_c_cl']));
    expect(q.some((t) => t.includes('whove'))).toBe(false);
    expect(terms("They'll say who's responsible and you'd know what's been agreed")).toEqual(terms('say responsible know agreed'));
  });

  it("reads a function word's contraction as a function word, whatever its letters spell without the apostrophe", () => {
    expect(terms("We'll report back and we'd hoped he'd attend; it mightn't, needn't and won't")).toEqual(terms('report back hoped attend'));
    expect(terms('The service is well led and they wed in June')).toEqual(expect.arrayContaining(['well', 'wed']));
    expect(terms("The council's plan and Barsetshire's children")).toEqual(terms('The council plan and Barsetshire children'));
  });

  it('reads a question that asks how many children a council has in care, or looks after, as asking about children in care', () => {
    for (const question of ['How many kids did Barsetshire have in care in March 2014?', 'How many children does Barsetshire look after?', 'How many unaccompanied children was Barsetshire looking after?']) {
      expect(analyzeQuery(question).map((t) => t.term)).toContain('c_lac');
    }
    expect(analyzeQuery('How many children were on a child protection plan?').map((t) => t.term)).not.toContain('c_lac');
  });

  it('keeps "1st" a word and reads decimals', () => {
    expect(terms('1st')).toEqual(['1st']);
    expect(terms('rate of 9.6')).toContain('9_6');
  });
});

describe('concepts of children\'s services', () => {
  const groups: Array<[string, string[]]> = [
    ['c_lac', ['looked after children', 'looked-after children', 'children looked after', 'child looked after', 'children in care', 'LAC', 'CLA', 'CiC']],
    ['c_cp', ['child protection plan', 'child protection plans', 'CP plan']],
    ['c_cin', ['child in need', 'children in need', 'CIN', 'CiN']],
    ['c_mash', ['MASH', 'multi-agency safeguarding hub', 'Multi-Agency Safeguarding Hub']],
    ['c_s47', ['S47', 's47', 'section 47']],
    ['c_s17', ['S17', 'section 17']],
    ['c_s20', ['S20', 'section 20']],
    ['c_send', ['SEND', 'special educational needs and disabilities']],
    ['c_ehcp', ['EHCP', 'EHCPs', 'education, health and care plan']],
    ['c_uasc', ['UASC', 'unaccompanied asylum seeking children', 'unaccompanied asylum-seeking children']],
    ['c_dcs', ['DCS', "director of children's services", 'Director of Children’s Services']],
    ['c_ofsted', ['Ofsted', 'OFSTED']],
    ['c_os', ['O&S', 'overview and scrutiny']],
    ['c_dfe', ['DfE', 'Department for Education']],
    ['c_camhs', ['CAMHS', 'child and adolescent mental health services']],
    ['c_eet', ['NEET', 'EET', 'not in education, employment or training', 'in employment, education or training', 'education, training and employment']],
    ['c_kpi', ['KPI', 'KPIs', 'key performance indicators']],
    ['c_target', ['target', 'targets', 'no more than']],
    ['c_iro', ['IRO', 'IROs', 'independent reviewing officer']],
    ['c_cl', ['care leavers', 'care leaver', 'CL']],
    ['c_eh', ['EH', 'early help']],
    ['c_sw', ['social worker', 'social workers', 'SW']],
    ['c_agency', ['agency worker', 'agency workers', 'agency staff', 'locum', 'locums']],
  ];
  it.each(groups)('%s is named by each of its phrases and acronyms, in texts and in questions', (concept, names) => {
    for (const name of names) {
      expect(terms(`We discussed ${name} today.`), name).toContain(concept);
      expect(queryTerms(`What about ${name}?`), name).toContain(concept);
    }
  });

  it('takes SEND as the acronym only when written in capitals, and not in a line of capitals', () => {
    expect(terms('SEND provision in Kent')).toContain('c_send');
    expect(terms('we will send the report')).not.toContain('c_send');
    expect(terms('Send it')).not.toContain('c_send');
    expect(terms('PLEASE SEND YOUR VIEWS')).not.toContain('c_send');
  });

  it('detects acronyms case-sensitively', () => {
    expect(terms('lace and lac')).not.toContain('c_lac');
    expect(terms('mash the potatoes')).not.toContain('c_mash');
    expect(terms('low number in LAC/CP')).toEqual(expect.arrayContaining(['c_lac', 'c_cp']));
  });

  it('keeps the words of a concept phrase as terms of the text too', () => {
    expect(terms('children in care')).toEqual(['child', 'care', 'c_lac']);
  });

  it('reads a phrase with auxiliary words between its words, never a negation', () => {
    expect(terms('At 31 March 2014, 443 children are being looked after by the LA')).toEqual(expect.arrayContaining(['c_lac', 'q_c_lac']));
    expect(terms('children who are looked after')).toContain('c_lac');
    expect(terms('young people are in care')).toContain('c_lac');
    expect(terms('children who are not in care')).not.toContain('c_lac');
    expect(terms('children and their families are looked after')).not.toContain('c_lac');
  });

  it('reads a phrase with a possessive between its words: whose care does not change what care means', () => {
    expect(terms("How many children were in Derby's care in March 2017?")).toContain('c_lac');
    expect(terms('children in our care')).toContain('c_lac');
    expect(terms('children in Kent’s care')).toContain('c_lac');
    expect(terms('children not in our care')).not.toContain('c_lac');
  });

  it('reads an ampersand abbreviation and its plural as one word, and B&B as bed and breakfast', () => {
    expect(terms('placed in B&Bs')).toEqual(expect.arrayContaining(['c_bnb']));
    expect(terms('living in bed and breakfast arrangements')).toContain('c_bnb');
    expect(analyzeQuery('are any care leavers ending up in B&Bs?').map((t) => t.term)).toEqual(['c_cl', 'end', 'c_bnb']);
    expect(terms('A&E attendances')).toEqual(terms('AE attendances'));
  });

  it("keeps a question's possessive name that a phrase ran over: whose care is asked about still narrows the papers", () => {
    expect(analyzeQuery("How many children were in Derby's care in March 2017?").map((t) => t.term)).toEqual(expect.arrayContaining(['c_lac', 'derbi', '2017']));
    expect(analyzeQuery("young people who've left Kent’s care").map((t) => t.term)).toEqual(['c_cl', 'kent']);
    expect(analyzeQuery('children in our care').map((t) => t.term)).toEqual(['c_lac']);
    expect(analyzeQuery("director of children's services").map((t) => t.term)).toEqual(['c_dcs']);
  });
});

describe('analyzeText', () => {
  it('lowercases, folds diacritics and typographic apostrophes, drops stop words and stems', () => {
    expect(terms('Children’s Services')).toEqual(terms("children's services"));
    expect(terms('café naïve')).toEqual(terms('cafe naive'));
    expect(terms('The services are improving')).toEqual(['servic', 'improv']);
  });
});

describe('workforce, placement and health concepts of inspection reports', () => {
  it('matches everyday wording to the reports\' own', () => {
    expect(analyzeQuery('do kids keep getting new social workers').map((t) => t.term)).toContain('c_swchange');
    expect(analyzeText('children have too many changes of social worker')).toContain('c_swchange');
    expect(analyzeQuery('are lots of kids sent a long way from home').map((t) => t.term)).toContain('c_distance');
    expect(analyzeText('almost half are placed more than 20 miles from home')).toContain('c_distance');
    expect(analyzeQuery('can children see a dentist').map((t) => t.term)).toContain('c_dental');
    expect(analyzeText('timely access to dentistry')).toContain('c_dental');
    expect(analyzeQuery('children living with family friends').map((t) => t.term)).toContain('c_privfost');
    expect(analyzeText('the response to those in private fostering')).toContain('c_privfost');
  });
});

describe('everyday words in questions', () => {
  it('reads kids, mums and jabs as the papers\' children, mothers and vaccinations, in questions only', () => {
    expect(analyzeQuery('how many kids in care').map((t) => t.term)).toContain('c_lac');
    expect(analyzeQuery('are the kids getting their jabs').map((t) => t.term)).toEqual(expect.arrayContaining(['child', 'vaccin']));
    expect(analyzeText('kids')).not.toContain('child');
  });
});

describe('analyzeQuery', () => {
  it('drops question and stop words and maps phrases to concepts with their source words', () => {
    const q = analyzeQuery('How many children in care are there?');
    expect(q.map((t) => t.term)).toEqual(['c_qty', 'q_child', 'q_c_lac', 'c_lac']);
    expect(q.find((t) => t.term === 'c_lac')).toEqual({ term: 'c_lac', source: 'children in care', concept: true });
    expect(analyzeQuery('Who is the DCS?')).toEqual([{ term: 'c_dcs', source: 'DCS', concept: true }]);
  });

  it('keeps plain words with their source and gives each term once', () => {
    expect(analyzeQuery('Recruitment, recruitment and training')).toEqual([
      { term: 'recruit', source: 'Recruitment', concept: false },
      { term: 'train', source: 'training', concept: false },
    ]);
  });

  it('reads everyday wording as the thesaurus concept the papers use', () => {
    expect(analyzeQuery('temporary staff').map((t) => t.term)).toEqual(['c_agency']);
    // What a report says must improve, asked in everyday words, finds the frameworks' headings.
    expect(analyzeQuery('what does it have to fix?').map((t) => t.term)).toEqual(['c_toimprove']);
    expect(analyzeText('What needs to improve in this local authority?')).toContain('c_toimprove');
    expect(analyzeText('Areas for improvement')).toContain('c_toimprove');
    expect(analyzeQuery('home-schooled children').map((t) => t.term)).toContain('c_ehe');
    expect(analyzeText('Elective home education').includes('c_ehe')).toBe(true);
    expect(analyzeQuery('What did Ofsted rate them').map((t) => t.term)).toContain('c_grade');
    // No word stands inside a phrase after its possessive: "children are home educated" is home education, not a children's home.
    expect(analyzeQuery('How many children are home educated?').map((t) => t.term)).toEqual(expect.arrayContaining(['c_ehe']));
    expect(analyzeQuery('How many children are home educated?').map((t) => t.term)).not.toContain('c_residential');
    expect(analyzeText("children's homes")).toContain('c_residential');
    // "Overall effectiveness" names the judgement, not a grade: the row keeps its words and its grade.
    expect(analyzeText('Overall effectiveness Inadequate').filter((t) => t === 'c_grade')).toHaveLength(1);
    expect(analyzeQuery('What was the overall effectiveness?').map((t) => t.term)).toEqual(expect.arrayContaining(['overal', 'effect']));
    expect(analyzeQuery('How many ex-forces people were homeless?').map((t) => t.term)).toEqual(expect.arrayContaining(['c_veteran', 'c_homeless']));
    expect(analyzeText('19 cases of veteran homelessness')).toEqual(expect.arrayContaining(['c_veteran', 'c_homeless']));
    expect(analyzeQuery('Were social workers overloaded?').map((t) => t.term)).toContain('c_caseload');
    expect(analyzeText('Caseloads are manageable').includes('c_caseload')).toBe(true);
  });

  it('judgement and judgment analyse to the same terms', () => {
    expect(analyzeText('judgement')).toEqual(analyzeText('judgment'));
  });

  it('gives nothing for an empty or stop-word-only question', () => {
    expect(analyzeQuery('')).toEqual([]);
    expect(analyzeQuery('What is there?')).toEqual([]);
    expect(analyzeQuery('How many are there?')).toEqual([]);
  });
});
