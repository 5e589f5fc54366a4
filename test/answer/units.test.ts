import { describe, expect, it } from 'vitest';
import { constraintsOf, datedYears, namedWords, quartersIn, unmet } from '../../src/answer/context.ts';
import { fitsQuestion, looksLikeHeading, spansOf } from '../../src/answer/extract.ts';
import { asksNow, askedGradeFirst, askedYearFirst, datedLead, givesAskedDate, latestFirst, leadingQuote, leadOf } from '../../src/answer/lead.ts';
import { FEATURES, givesOverallGrade, holdsRoot, isGradeRow, localWeights, partTerms } from '../../src/answer/features.ts';
import { decisionFeatures, fittedModel } from '../../src/answer/model.ts';
import { askedRole, namesHolder } from '../../src/answer/people.ts';
import { repeatsTitle } from '../../src/answer/rank.ts';
import { samePlace } from '../../src/answer/focus.ts';
import { answerType, type AnswerType, asksChange, asksYesOrNo, figuresIn, fitsQuantity, fitsType, NOT_A_PART, quantityKind } from '../../src/answer/question.ts';
import { countedHead, countedTerms, countsNear, pointedYears, questionTerms, withoutFrame } from '../../src/answer/terms.ts';
import { analyzeQuery, analyzeText, termSet } from '../../src/search/index.ts';

describe('reading a question', () => {
  /** The index a question is read against: every term known, each weighing 1. */
  const index = { idf: (t: string[]) => new Map(t.map((x) => [x, 1])), known: (t: string[]) => new Set(t) };

  it('knows what kind of answer is wanted', () => {
    expect(answerType('How many children in care are there?')).toBe('quantity');
    expect(answerType('What is the salary of the Corporate Director?')).toBe('quantity');
    expect(answerType('How often do the quartet meet?')).toBe('frequency');
    expect(answerType('Who chairs the panel?')).toBe('person');
    expect(answerType('When did the inspection take place?')).toBe('date');
    expect(answerType('What did the 2016 report say about the MASH?')).toBe('open');
    expect(answerType('What did Cabinet decide when it reconsidered the decision?')).toBe('decision');
    expect(fitsType('decision', 'CONFIRM the decision will be progressed to Full Council unchanged')).toBe(true);
    expect(fitsType('decision', 'Cabinet met on 4 March 2025')).toBe(false);
    expect(fitsType('date', 'The inspection took place from 6 to 10 November 2023.')).toBe(true);
    expect(fitsType('date', 'Inspected under section 136 of the Education and Inspections Act 2006 in 2019.')).toBe(true);
    // A statute's year names it; it is not when anything happened.
    expect(fitsType('date', 'Ofsted produces this report under section 152 of the Education and Inspections Act 2006.')).toBe(false);
    expect(quantityKind('What share of children are placed out of county?')).toBe('share');
    expect(quantityKind('How much does the council spend on agency staff?')).toBe('money');
    expect(quantityKind('How many adoptions were there?')).toBe('count');
    expect(quantityKind("How much of Barsetshire's rubbish goes to landfill?")).toBe('share');
    expect(quantityKind('How much of the core budget depends on insecure funding?')).toBe('money');
    expect(answerType('FOI requests answered within 20 working days - latest figure vs target?')).toBe('quantity');
    expect(answerType('Foster households against the target, Q3?')).toBe('quantity');
  });

  it('tells a question asking yes or no from one asking for a fact, by its last sentence', () => {
    for (const q of ['Is the front door working?', "barsetshire 2022 - are children being passed from worker to worker?", 'In Barsetshire, do wider families get to draw up their own plans?', 'care leavers: are they in work?', "and hasn't it improved since then?", 'Who led it? Did the same person lead the 2016 inspection?']) {
      expect(asksYesOrNo(q), q).toBe(true);
    }
    for (const q of ['How many children are in care?', 'What did Ofsted say, and is it improving?', 'Barsetshire 2019 Ofsted result', 'Did it improve? What was it rated in 2024?', 'Who is the chair?', 'What is the state-of-the-art?']) {
      expect(asksYesOrNo(q), q).toBe(false);
    }
  });

  it('gives the decision whether a question asks yes or no, and nothing else differs', () => {
    const ranked = [0.9, 0.4].map((p, i) => ({ p, x: FEATURES.map((_, j) => ((i + j) % 3) / 2), paperId: `p${i}`, page: 1 }));
    const polar = decisionFeatures(ranked, { type: 'open', polar: true });
    const other = decisionFeatures(ranked, { type: 'open', polar: false });
    expect(polar.length).toBe(fittedModel().decision.weights.length);
    expect(polar.at(-1)).toBe(1);
    expect(other.at(-1)).toBe(0);
    expect(polar.slice(0, -1)).toEqual(other.slice(0, -1));
  });

  it('reads a question whether a grade held, or no longer holds, as asking for the grade', () => {
    for (const q of ['did Barsetshire stay outstanding in 2024?', 'were they still inadequate in 2018?', 'which bit was still not good?', 'Is it no longer rated inadequate?']) {
      expect(answerType(q)).toBe('judgement');
    }
    expect(answerType('Are care leavers still getting good support?')).toBe('open');
    expect(answerType('Is the front door good at spotting risk?')).toBe('open');
  });

  it('asks for a person only with a "who" that opens a clause, never a relative "who" after a noun', () => {
    expect(answerType('Is Barsetshire picking up children who live informally with family friends?')).toBe('open');
    expect(answerType('Do young people who have left care get enough emotional support?')).toBe('open');
    expect(answerType('barsetshire 2014 - who led the inspection?')).toBe('person');
    expect(answerType('And who chairs the panel now?')).toBe('person');
    expect(answerType('Can you tell me who wrote the position statement?')).toBe('person');
    expect(answerType('To whom does the director report?')).toBe('person');
    expect(answerType("Whose responsibility is the children's improvement plan?")).toBe('person');
  });

  it('reads the kind of answer from "since when", "which … chief" and questions typed as searches', () => {
    const kinds: Array<[string, AnswerType]> = [
      ['Since when has the director been in post?', 'date'],
      ['From when do the new rules apply?', 'date'],
      ['Which Barsetshire social care chief signed the plan?', 'person'],
      ["Which councillors' motion was carried?", 'person'],
      ['Which year did the director start?', 'date'],
      ['Which area of the council was inspected?', 'open'],
      ['barsetshire 2022 lead inspector?', 'person'],
      ['Director of children’s services in Barsetshire?', 'person'],
      ['barsetshire inspection dates', 'date'],
      ['barsetshire inspection when?', 'date'],
      ['children in care numbers 2024', 'quantity'],
      ['barsetshire ofsted 2022 overall?', 'judgement'],
      ['Barsetshire 2019 Ofsted result', 'judgement'],
      ['barsetshire early help 2019', 'open'],
      ['How did Ofsted judge the help and protection of children?', 'judgement'],
      ['What % of care leavers are in education?', 'quantity'],
      ['How old are the youngest children placed in unregistered homes?', 'quantity'],
    ];
    for (const [question, kind] of kinds) expect(answerType(question), question).toBe(kind);
    expect(quantityKind('What % of care leavers are in education?')).toBe('share');
    expect(quantityKind('What is the contract worth?')).toBe('money');
  });

  it('reads "what did X say about" the budget as asking for words, not a figure', () => {
    expect(answerType("What did the s151 officer say about the robustness of the budget estimates?")).toBe('open');
    expect(answerType('What forecast overspend on the budget did Cabinet note on 30 January?')).toBe('quantity');
    expect(answerType('How much did the officer say the budget would overspend by?')).toBe('quantity');
  });

  it('reads a figure asked for by its measure, and a name asked for as a name', () => {
    expect(answerType('What was the average caseload for social workers in 2019?')).toBe('quantity');
    expect(answerType("What was Barsetshire's rate of children in care per 10,000?")).toBe('quantity');
    expect(quantityKind('What was the turnout in the May elections?')).toBe('share');
    expect(answerType('What did Ofsted rate Barsetshire in 2019?')).toBe('judgement');
    expect(answerType("What is the name of Barsetshire's interim director of children's services?")).toBe('person');
  });

  it('takes a count as the answer only when it counts the head of what was asked', () => {
    const vacancies = questionTerms(index, 'How many social worker vacancies did Barsetshire have?');
    expect(fitsQuestion(vacancies, 'Senior managers have appointed 44 social workers, who are due to start imminently.')).toBe(false);
    expect(fitsQuestion(vacancies, 'There were 31 social worker vacancies at the end of March.')).toBe(true);
    const kids = questionTerms(index, 'How many kids in care were placed out of borough?');
    expect(fitsQuestion(kids, '298 children (66%) live outside the local authority area.')).toBe(true);
    const inCare = questionTerms(index, 'How many children in care are there?');
    expect(fitsQuestion(inCare, "The council will invest a further £21.5m in children's services.")).toBe(false);
    expect(fitsQuestion(inCare, 'Of the children in care, 12 weeks is the longest that children waited.')).toBe(false);
    expect(fitsQuestion(inCare, 'Of the children in care, 450 children are placed with foster carers.')).toBe(true);
  });

  it('takes a span of time as the answer to "how long"', () => {
    const q = questionTerms(index, "How long had Barsetshire's DCS been in post at the 2016 inspection?");
    expect(q.quantity).toBe('duration');
    expect(fitsQuantity('duration', 'The new DCS, in post for 18 months, focused initially on creating firm foundations.')).toBe(true);
    expect(fitsQuantity('duration', 'The DCS has been in post since June 2010.')).toBe(true);
    expect(fitsQuantity('duration', 'The DCS leads 240 social workers.')).toBe(false);
    expect(leadOf('The new DCS, in post for 18 months, focused initially on creating firm foundations.', q)).toBe('18 months');
  });

  it('leads with the level a measure reached, named before the commas that set the figure off, not with its target', () => {
    // Kent's Quarter 3 performance report 2024/25, p. 46.
    const quote = 'The percentage of care leavers in education, employment or training, at 53.6%, remained below the target of 65.0%.';
    const q = questionTerms(index, "What percentage of Kent's care leavers are in education, employment or training?");
    expect(leadOf(quote, q)).toBe('The percentage of care leavers in education, employment or training, at 53.6%');
  });

  it('takes a name as the answer only with the post asked about', () => {
    const dcs = questionTerms(index, "Who was the director of children's services at the 2023 inspection?");
    expect(dcs.posts).toEqual([['c_dcs']]);
    expect(fitsQuestion(dcs, 'Inspection dates: 10 to 21 July 2023 Lead inspector: Jane Smith, His Majesty’s Inspector')).toBe(false);
    expect(fitsQuestion(dcs, 'The director of children’s services, Mary Jones, has led the improvement since 2021.')).toBe(true);
    const chair = questionTerms(index, 'Who chairs the corporate parenting panel?');
    expect(fitsQuestion(chair, 'RESOLVED that Mr Paul Bartlett be duly elected Chairman of the Panel.')).toBe(true);
    expect(questionTerms(index, 'Which councillor asked about potholes?').posts).toEqual([]);
    expect(fitsQuestion(chair, 'RESOLVED that Mr Paul Bartlett be duly elected Vice Chair of the Panel.')).toBe(false);
    expect(fitsQuestion(chair, 'Chairman’s Announcements (Item 2) 1. RESOLVED that the minutes be noted.')).toBe(false);
    const vice = questionTerms(index, 'Who is the vice chair of the panel?');
    expect(fitsQuestion(vice, 'RESOLVED that Mr Paul Bartlett be duly elected Vice Chair of the Panel.')).toBe(true);
  });

  it('leads a "who" answer with the post asked about and the name beside it', () => {
    const lead = questionTerms(index, "Who led Barsetshire's 2018 inspection?");
    const header = 'Barsetshire Inspection of services for children in need of help and protection, children looked after and care leavers Inspection dates: 17 September 2018 to 28 September 2018 Lead inspector: Jane Smith Her Majesty’s Inspector';
    expect(leadOf(header, lead)).toBe('Lead inspector: Jane Smith');
    const chair = questionTerms(index, 'Who chairs the corporate parenting panel?');
    expect(leadOf('Present: Mrs Anne Brown (Chair), Mr Paul Bartlett (Vice Chair), Mr Tom Green', chair)).toBe('Mrs Anne Brown (Chair)');
    expect(leadOf('Present: Mr Paul Bartlett (Vice-Chair), Mr Tom Green', chair)).toBe('Present: Mr Paul Bartlett (Vice-Chair), Mr Tom Green');
    const report = { id: 'barsetshire-2018' };
    const cited = [{ quote: header.replace(/ Lead inspector.*$/, ''), paper: report }, { quote: 'Lead inspector: Jane Smith, HMI Deputy lead inspector: Tom Green, HMI', paper: report }];
    expect(leadingQuote(cited, lead)).toBe(1);
    expect(leadOf(cited[1]!.quote, lead)).toBe('Lead inspector: Jane Smith');
    expect(leadingQuote(cited, questionTerms(index, 'How many children are in care?'))).toBe(0);
    expect(leadingQuote([cited[0]!, { ...cited[1]!, paper: { id: 'barsetshire-2014' } }], lead)).toBe(0);
    const named = questionTerms(index, 'Who was lead inspector in Barsetshire in 2022?');
    expect(leadOf('Inspection dates: 21 February to 4 March 2022 Lead inspector: Jane Smith, Her Majesty’s Inspector', named)).toBe('Lead inspector: Jane Smith');
    expect(leadOf('Inspection dates: 15 July 2019 Lead inspector: Brenda McLaughlin Her Majesty’s Inspector', named)).toBe('Lead inspector: Brenda McLaughlin');
  });

  it('leads a "when" answer with a quote that dates the event asked about', () => {
    // Sentences of St Helens' reports of 2019 and 2023, Hammersmith and Fulham's of 2019, and Bexley's of 2014.
    const lookingBack = 'Since the last inspection in 2014, there has been a decline in the quality of services for children in St Helens.';
    const ownDates = 'Inspection dates: 23 September 2019 to 4 October 2019 Lead inspector: Lorna Schlechte Her Majesty’s Inspector';
    expect(givesAskedDate(lookingBack)).toBe(false);
    expect(givesAskedDate('35. Since the Ofsted focused visit in September 2018, targeted improvements to the delivery of services have been made.')).toBe(false);
    expect(givesAskedDate(ownDates)).toBe(true);
    // A start date is the event asked about.
    expect(givesAskedDate('The director of children’s services has been in post since April 2011.')).toBe(true);
    expect(givesAskedDate('In 2014 we and our partners launched the Multi-Agency Safeguarding Hub (MASH).')).toBe(true);
    expect(givesAskedDate('Duties under the Children Act 1989 are met.')).toBe(false);
    const when = questionTerms(index, 'When did the 2019 St Helens inspection happen?');
    const report = { id: 'st-helens-2019' };
    expect(leadingQuote([{ quote: lookingBack, paper: report }, { quote: ownDates, paper: report }], when)).toBe(1);
    expect(leadingQuote([{ quote: ownDates, paper: report }, { quote: lookingBack, paper: report }], when)).toBe(0);
    // With no quote that dates it among the first three, the best leads.
    expect(leadingQuote([{ quote: lookingBack, paper: report }, { quote: lookingBack, paper: report }, { quote: lookingBack, paper: report }, { quote: ownDates, paper: report }], when)).toBe(0);
  });

  it('finds what the question pins down: names, years and compounds', () => {
    expect(namedWords('How many children in care does Medway Council have?')).toEqual(['Medway', 'Council']);
    const c = constraintsOf('What is the school-level funding for the 2025/26 budget?');
    expect(c.years).toEqual(['2025']);
    expect(c.phrases).toEqual([{ text: 'school level', concepts: [] }]);
    expect(constraintsOf('What must improve for homeless 16- and 17-year-olds?').phrases).toEqual([]);
    expect(constraintsOf('What did Barsetshire get from the November-December 2016 inspection?').phrases).toEqual([]);
    expect(constraintsOf('How many calls in Oct-Dec 2024 were about fly-tipping?').phrases.map((p) => p.text)).toEqual(['fly tipping']);
  });

  it("meets a compound that is the asker's word for a thesaurus concept by a paper on that concept", async () => {
    const c = constraintsOf('How many ex-forces people were homeless in 2024?');
    expect(c.phrases).toEqual([{ text: 'ex forces', concepts: ['c_veteran'] }]);
    const onVeterans = { terms: termSet('There were 19 cases of veteran homelessness in 2024.'), titleTerms: new Set<string>(), folded: async () => 'there were 19 cases of veteran homelessness in 2024.', years: async () => new Set<string>() };
    const onSchools = { ...onVeterans, terms: termSet('Schools funding in 2024.'), folded: async () => 'schools funding in 2024.' };
    const meta = { date: '2024-06-01', title: 'Annual report', file: 'annual.pdf' } as never;
    expect(await unmet(c, onVeterans, meta, 'in 2024')).toEqual([]);
    expect(await unmet(c, onSchools, meta, 'in 2024')).toEqual(['ex forces']);
    expect(await unmet(constraintsOf('What is the school-level funding in 2024?'), onSchools, meta, 'in 2024')).toEqual(['school level']);
  });

  it('finds the quarter a question asks about, and an answer whose paper never names it fails to meet it', async () => {
    expect(constraintsOf('How many KPIs were red in quarter 4 2024/25?').quarters).toEqual(['4']);
    expect(constraintsOf('Barsetshire Q3 complaints').quarters).toEqual(['3']);
    expect(constraintsOf('What share of plans were for neglect in quarter three?').quarters).toEqual(['3']);
    expect(constraintsOf('What was spent in the second quarter?').quarters).toEqual(['2']);
    expect(constraintsOf('How many quarterly reports were there?').quarters).toEqual([]);
    expect(quartersIn('KPIs were reported in Quarters 1 & 2; the Quarter 3 report')).toEqual(['3']);
    const paper = { terms: new Set<string>(), titleTerms: new Set<string>(), folded: async () => 'quarterly performance report, quarter 3 2024/25: 38 kpis', years: async () => new Set(['2025']) };
    const meta = { date: '2025-03-04', title: 'Quarterly Performance Report', file: 'qpr.pdf' } as never;
    expect(await unmet(constraintsOf('How many KPIs were red in quarter 4 2024/25?'), paper, meta, '38 KPIs in 2024/25')).toEqual(['quarter 4']);
    expect(await unmet(constraintsOf('How many KPIs were red in Q3 2024/25?'), paper, meta, '38 KPIs in 2024/25')).toEqual([]);
  });

  it('dates a paper by the full dates on its first page as well as its own date, not by a year it only mentions', () => {
    const first = 'Inspection date: 14 November 2016 – 8 December 2016\nReport published: 13 February 2017\nSince the last inspection in 2012, leaders have';
    expect([...datedYears(first)].sort()).toEqual(['2016', '2017']);
  });

  it('takes out the frame of a question', () => {
    expect(withoutFrame('Can you tell me when the 2014 Ofsted inspection was, please?')).toBe('when the 2014 Ofsted inspection was, ?');
    expect(withoutFrame('What share of care leavers are in work, according to the report?')).toBe('care leavers are in work ?');
    expect(withoutFrame("What did Ofsted say about Barsetshire's care leavers in 2024?")).toBe("about Barsetshire's care leavers in 2024?");
    expect(withoutFrame('What did inspectors think of the front door?')).toBe('of the front door?');
    expect(withoutFrame('Did Ofsted visit the MASH?')).toBe('Did Ofsted visit the MASH?');
  });

  it('reads which paper to look in as no part of what to find in it', () => {
    expect(withoutFrame("When did Barsetshire's DCS start, per the 2017 report?")).toBe("When did Barsetshire's DCS start ?");
    expect(withoutFrame("How many children were in care according to Ofsted's 2024 report?")).toBe('How many children were in care ?');
    expect(withoutFrame('What did the chair say in the minutes about the budget?')).toBe('What did the chair say about the budget?');
    expect(pointedYears('When did the DCS start, according to the 2017 report?')).toEqual(['2017']);
    expect(pointedYears('How many children were in care in 2017?')).toEqual([]);
    // The inspection itself may be what is asked about, and a report's subject is kept.
    expect(withoutFrame('What grade did Barsetshire get in the 2019 inspection?')).toBe('What grade did Barsetshire get in the 2019 inspection?');
    expect(withoutFrame('Who wrote the report on agency staff?')).toBe('Who wrote the report on agency staff?');
  });

  it('reads what a count must count, leaving names out', () => {
    expect(countedTerms('How many Kent care leavers are at university?')).toContain('c_cl');
    expect(countedTerms('How many Kent care leavers are at university?')).not.toContain('kent');
  });
});

describe('weighing question terms among the candidates', () => {
  it('weighs a term by how few of the candidate spans hold it, and a term none holds not at all', () => {
    const rows = [['31', 'march', '2014', 'c_cp'], ['31', 'march', '2014', 'c_lac'], ['31', 'march', '2014', 'c_need']].map((t) => new Set(t));
    const w = localWeights(['c_lac', '31', 'march', 'c_dental'], rows);
    expect(w.get('c_dental')).toBe(0);
    expect(w.get('31')).toBeCloseTo(Math.log(2));
    expect(w.get('c_lac')).toBeCloseTo(Math.log(4));
    expect(w.get('c_lac')!).toBeGreaterThan(w.get('march')!);
  });
});

describe('reading a candidate answer', () => {
  it('reads on from a heading that asks or introduces to what it introduces', () => {
    const index = { idf: (t: string[]) => new Map(t.map((x) => [x, 1])), known: (t: string[]) => new Set(t) };
    const text = 'What needs to improve?\nThe timely response to risk at the front door.\nThe quality of plans for children in care.';
    const sentences: Array<[number, number]> = [[0, 22], [23, 69], [70, text.length]];
    const hit = { passageId: 'p', paperId: 'x', page: 2, pageLabel: null, start: 0, end: text.length, role: 'body' as const, text, sentences, score: 1, matched: [], coverage: 1 };
    const [first] = spansOf(hit, questionTerms(index, 'what does it have to fix?'), 1);
    expect(first!.text).toBe('What needs to improve?\nThe timely response to risk at the front door.');
  });

  it("reads a KPI's values back to its name, over a RAG status on its own line", () => {
    const index = { idf: (t: string[]) => new Map(t.map((x) => [x, 1])), known: (t: string[]) => new Set(t) };
    // The layout of a council's quarterly performance report: the KPI's name, its RAG status, then its values.
    const lines = ['Key Performance Indicators', 'Freedom of Information requests completed within 20 working days', 'RED', 'Latest: 84% Target: 92%, Floor 90% Previous: 77% (Red)'];
    const text = lines.join('\n');
    let at = 0;
    const sentences = lines.map((l): [number, number] => [(at = text.indexOf(l, at)), at + l.length]);
    const hit = { passageId: 'p', paperId: 'x', page: 15, pageLabel: null, start: 0, end: text.length, role: 'body' as const, text, sentences, score: 1, matched: [], coverage: 1 };
    const [first] = spansOf(hit, questionTerms(index, 'What is the latest figure against target?'), 1);
    expect(first!.text).toBe(lines.slice(1).join('\n'));
    // One "Label: figure" pair is not a row of values: "Inspection dates: 6 to 10 February" stays alone.
    const dates = ['Inspection of Barsetshire children’s services', 'Inspection dates: 6 to 10 February 2023'];
    const t2 = dates.join('\n');
    const hit2 = { ...hit, text: t2, end: t2.length, sentences: [[0, dates[0]!.length], [dates[0]!.length + 1, t2.length]] as Array<[number, number]> };
    expect(spansOf(hit2, questionTerms(index, 'What were the inspection dates?'), 1)[0]!.text).toBe(dates[1]);
  });

  it('takes figures but not years, list numbers or section numbers', () => {
    expect(figuresIn('26. Social workers are engaged').map((f) => f.value)).toEqual([]);
    expect(figuresIn('budget proposals for 2025-26').map((f) => f.value)).toEqual([]);
    expect(figuresIn('We have 24000 children in need, 2400 children in care').map((f) => f.value)).toEqual(['24000', '2400']);
    expect(fitsQuantity('money', 'a further £21.5m for this year')).toBe(true);
    expect(fitsQuantity('money', 'the budget rose')).toBe(false);
    expect(fitsQuantity('share', 'placed out of county: 15%')).toBe(true);
  });

  it('wants the figure beside the thing counted', () => {
    expect(countsNear('A significant number of children (144) are missing from education', ['child'])).toBe(true);
    expect(countsNear('In 2023 the council reviewed 56 hubs; children were consulted', ['child'])).toBe(false);
  });

  it('tells the holder of a role from someone near the word', () => {
    expect(askedRole('Who chairs the Kent Corporate Parenting Panel?')).toBe('chair');
    expect(namesHolder('PRESENT: Shellina Prendergast (Chair), Paul Bartlett (Vice-Chair)', 'chair')).toBe(true);
    expect(namesHolder('Brian Horton, Chair Kent Housing Group (KHG)', 'chair')).toBe(false);
    expect(namesHolder('Panel Members had joined the Chair in congratulating Nathan Moody', 'chair')).toBe(false);
  });

  it('treats title blocks as headings but labelled values as answers', () => {
    expect(looksLikeHeading('Subject: Cabinet reconsideration of Decision 24/00093 - Future of Commissioned Services')).toBe(true);
    expect(looksLikeHeading('Inspection dates: 12 May 2014 to 3 June 2014')).toBe(false);
    expect(looksLikeHeading('We have 24000 children in need, 2400 children in care and 1400 children with a protection plan.')).toBe(false);
  });

  it("takes a line that mostly repeats its paper's title for a title block, and a sentence about the same services for a statement", () => {
    const title = new Set(analyzeText('Barsetshire – Inspection of services for children in need of help and protection, children looked after and care leavers'));
    const repeats = (text: string) => repeatsTitle(text, new Set(analyzeText(text)), title);
    expect(repeats('Barsetshire Inspection of services for children in need of help and protection, children looked after and care leavers and Review of the effectiveness of the Local Safeguarding Children Board1')).toBe(true);
    expect(repeats('Services for children looked after in Barsetshire are improving.')).toBe(false);
    expect(repeats('Most care leavers in Barsetshire get the support they need at the right time')).toBe(false);
  });
});

describe('figures, counts and years in answers', () => {
  it('takes typed figures and counts written as words, never a paragraph number, a period or a year', () => {
    expect(figuresIn('Nine family hubs operate across Gateshead').map((f) => f.value)).toEqual(['Nine']);
    expect(figuresIn('after three weeks no potholes had been repaired')).toEqual([]);
    expect(figuresIn('116. The Workforce Strategy is comprehensive and detailed.')).toEqual([]);
    expect(figuresIn('Requests are completed within 20 working days.')).toEqual([]);
    const [count] = figuresIn('The number of potholes repaired within 28 days this quarter was 3,058 out of a possible 3,243.');
    expect(count?.value).toBe('3,058');
    expect(count?.measureTerms).toEqual(expect.arrayContaining(['pothol', 'repair']));
  });

  it('counts by the head noun of what is asked', () => {
    expect(countedTerms('How many unaccompanied asylum-seeking children did Coventry look after?')).toEqual(expect.arrayContaining(['c_uasc', 'child']));
    expect(countedTerms('How many potholes were repaired?')).toContain('pothol');
    // What is counted ends at its verb or at what opens the rest of the question; "people" counts anyone.
    expect(countedHead('How many social workers left in 2023?')).toEqual(['worker']);
    expect(countedTerms('How many people came to the drop-in?')).toEqual([]);
    expect(countedHead('How many complaints about children\'s services were there?')).toEqual(['complaint']);
    expect(countedTerms('How many children looked after are there?')).toContain('c_lac');
  });

  it('knows a paper by the year of its date, its title or its file name', async () => {
    const { namesYear } = await import('../../src/answer/context.ts');
    const meta = { date: '2018-12-14', title: 'Birmingham City Council – Inspection of children\'s social care services', file: 'ofsted-2019.pdf' };
    expect(namesYear(meta, '2018')).toBe(true);
    expect(namesYear(meta, '2019')).toBe(true);
    expect(namesYear(meta, '2020')).toBe(false);
    expect(namesYear({ ...meta, file: 'report-120190.pdf' }, '2019')).toBe(false);
  });
});

describe('the lead line', () => {
  const q = (question: string, terms: string[], counted: string[] = []) => ({ terms, idf: new Map(terms.map((t) => [t, 1])), type: answerType(question), quantity: quantityKind(question), counted, head: [], known: new Set(terms), posts: [], change: asksChange(question) });

  it('gives the figure asked for, never one the question itself gives', () => {
    const question = 'How many requests were completed within 20 working days?';
    const terms = analyzeQuery(question).map((t) => t.term);
    expect(leadOf('During the quarter, 1,204 requests were completed within 20 working days.', q(question, terms))).toBe('1,204 requests were completed within 20 working days');
    expect(leadOf('Requests completed within 20 working days and reported to the board', q(question, terms))).not.toMatch(/^20 working days/);
  });

  it('leads with the figure that counts what was asked, never a KPI label\'s period', () => {
    const question = 'How many potholes were repaired?';
    const asked = q(question, analyzeQuery(question).map((t) => t.term), countedTerms(question));
    // Kent's Quarterly Performance Report, Q3 2024/25: the sentence that gives the count, and a KPI table row.
    expect(leadOf('The number of potholes repaired within 28 days this quarter was 3,058 out of a possible 3,243 giving a Green RAG rating of 94%.', asked)).toMatch(/^3,058 out of a possible 3,243/);
    expect(leadOf('Environment & Transport KPIs Latest Previous DoT % of routine pothole repairs completed within 28 days GREEN GREEN', asked)).not.toMatch(/^28 days/);
  });

  it('leads with the level a figure reached, not its earlier value nor its change, unless the change is asked', () => {
    const lead = (question: string, quote: string) => leadOf(quote, q(question, analyzeQuery(question).map((t) => t.term), countedTerms(question)));
    // Kent's Quarterly Performance Report, Q3 2024/25, p. 44 and p. 45.
    const permanent = 'The percentage of case-holding social worker posts held by permanent qualified social workers employed by Kent County Council (75.2%) has improved from 74.7% in September 2024 and is just above the floor standard of 75.0%.';
    expect(lead("What percentage of Kent's children's social workers are permanent?", permanent)).toMatch(/\(75\.2%\)$/);
    const placed = 'The number of children in care placed in Kent by other local authorities (OLA) increased by 12 children over the Quarter to 1,238.';
    expect(lead('How many children in care are placed in Kent by other authorities?', placed)).toBe('increased by 12 children over the Quarter to 1,238');
    expect(lead('By how much did the number of children placed in Kent by other authorities increase?', placed)).toMatch(/^12 children/);
    // Kent County Council, questions put and answers given, 13 March 2025, p. 7.
    const moved = 'Since the emergency closure of Blackburn Lodge on 10 November 2023 there have been 57 Sheppey residents who have moved into a residential care home, with 37 (74%) remaining on the Isle of Sheppey.';
    expect(lead('How many Sheppey residents went into a care home?', moved)).toBe('57 Sheppey residents');
  });

  it('says the date of the paper a figure comes from, and leads a question about now with the latest paper cited', () => {
    const question = 'How many children in care are there?';
    const asked = { ...q(question, analyzeQuery(question).map((t) => t.term), countedTerms(question)), head: countedHead(question) };
    const cite = (quote: string, date: string | null) => ({ paper: { id: quote.slice(0, 8), title: 'T', file: 'f.pdf', date }, page: 1, pageLabel: null, quote });
    const undated = cite('We have 24000 children in need, 2400 children in care and 1400 children with a protection plan.', null);
    const newer = cite('At 31 August 2016, 1,816 children were in care.', '2016-11-25');
    const older = cite('At 31 March 2014, 1,826 children were in care.', '2014-05-23');
    expect(asksNow(question)).toBe(true);
    expect(asksNow('How many children were in care in 2014?')).toBe(false);
    expect(asksNow('How many children are in care in 2014?')).toBe(false);
    const cited = [undated, older, newer];
    const i = latestFirst(cited, asked, true);
    expect(i).toBe(2);
    expect(latestFirst(cited, asked, false)).toBe(0);
    // A later paper's sum spent on children's services is not a count of children.
    const money = cite('We have made children’s services the top priority, making a further £21.5m available for this year.', '2015-06-03');
    expect(latestFirst([undated, money], asked, true)).toBe(0);
    // Nor is a later count of children in need a count of children in care.
    const inNeed = cite('At the point of the inspection over 400 children in need cases had still not been seen.', '2014-06-26');
    expect(latestFirst([undated, inNeed], asked, true)).toBe(0);
    const lead = datedLead(leadOf(newer.quote, asked), [newer, undated, older], asked, undated);
    expect(lead).toMatch(/^1,816 children were in care \(25 November 2016, the latest of the papers cited; an undated paper gives 2400 children in care\)$/);
    expect(datedLead('1,826 children', [older], asked, null)).toBe('1,826 children (23 May 2014)');
  });

  it('leads without a heading that only asks what the quote answers', () => {
    const question = 'What does Barsetshire need to improve?';
    const quote = 'What needs to improve?\n◼ The timely response to risk at the front door.';
    expect(leadOf(quote, q(question, analyzeQuery(question).map((t) => t.term)))).toBe('◼ The timely response to risk at the front door.');
    expect(leadOf('The local authority should: ◼ improve plans.', q(question, ['plan']))).toBe('The local authority should: ◼ improve plans.');
  });

  it('leads a rate question with the rate, not the count beside it', () => {
    const question = "What was Barsetshire's rate of looked after children per 10,000 in 2014?";
    expect(quantityKind(question)).toBe('share');
    expect(quantityKind("What was Barsetshire's rate of permanent exclusions?")).toBe('share');
    expect(fitsQuantity('share', 'a rate of 152.4 per 10,000 children')).toBe(true);
    expect(fitsQuantity('share', '443 children are being looked after')).toBe(false);
    const asked = q(question, analyzeQuery(question).map((t) => t.term), countedTerms(question));
    expect(leadOf('At 31 March 2014, 443 children are being looked after by the LA (a rate of 152.4 per 10,000 children).', asked)).toBe('152.4 per 10,000 children');
  });

  describe('a grade question about one part of the service', () => {
    const row = (text: string, fits = true) => ({ text, fits, terms: new Set(analyzeText(text)) });
    const rows = [
      row('Overall effectiveness Good'),
      row('The impact of leaders on social work practice with children and families Good'),
      row('The experiences and progress of children who need help and protection Requires improvement to be good'),
      row('The experiences and progress of children in care Good'),
      row('The experiences and progress of care leavers Outstanding'),
      row('Children in Barsetshire are helped and protected well.', false),
    ];
    const core = (question: string) => analyzeQuery(question).map((t) => t.term).filter((t) => !t.startsWith('q_') && t !== 'c_qty');

    it('is named by words that stand in a part\'s row and not in the overall row, other than words of the whole', () => {
      expect(partTerms(core('care leavers'), rows)).toEqual(expect.arrayContaining(['c_cl']));
      expect(partTerms(core('help and protection'), rows)).toEqual(expect.arrayContaining(['help', 'protect']));
      expect(partTerms(core('overall effectiveness'), rows)).toEqual([]);
      expect(partTerms(core("children's services").filter((t) => !NOT_A_PART.has(t)), rows)).toEqual([]);
      expect(partTerms(core('care leavers').filter((t) => !NOT_A_PART.has(t)), rows)).toEqual(expect.arrayContaining(['c_cl']));
    });

    it('is named by a word of the same root as the row\'s ("leadership" for "the impact of leaders"), not by a short one', () => {
      expect(partTerms(core('leadership'), rows)).toEqual(['leadership']);
      expect(holdsRoot(rows[1]!.terms, 'leadership')).toBe(true);
      expect(holdsRoot(rows[0]!.terms, 'leadership')).toBe(false);
      expect(holdsRoot(new Set(['career']), 'care')).toBe(false);
    });

    it('knows the whole service\'s grade in each framework\'s wording, and not one part\'s', () => {
      expect(givesOverallGrade('Overall effectiveness Requires improvement to be good')).toBe(true);
      expect(givesOverallGrade('The overall judgement is that children’s services are inadequate')).toBe(true);
      // The 2014-2018 reports have no "Overall effectiveness" row: their summary line is the overall grade.
      expect(givesOverallGrade('Children’s services in Barsetshire County Council are inadequate')).toBe(true);
      expect(givesOverallGrade('Executive summary Children’s services in the Royal Borough of Barchester are good')).toBe(true);
      expect(givesOverallGrade('Services for children in Barsetshire are good')).toBe(true);
      expect(givesOverallGrade('Services to children and families in Barchester upon Avon are good')).toBe(true);
      expect(givesOverallGrade('Barchester and Plumstead children’s services are outstanding')).toBe(true);
      expect(givesOverallGrade('Children’s services in Barchester require improvement to be good')).toBe(true);
      expect(givesOverallGrade('Services for children in need of help and protection are inadequate')).toBe(false);
      expect(givesOverallGrade('Services for children looked after are inadequate')).toBe(false);
      expect(givesOverallGrade('Services for care leavers are good')).toBe(false);
      expect(givesOverallGrade('Leaders must ensure that children’s services are good.')).toBe(false);
    });

    it('knows a row of a judgement table or its one-line summary from a sentence that mentions a grade', () => {
      expect(isGradeRow('The experiences and progress of care leavers Requires improvement to be good')).toBe(true);
      expect(isGradeRow('The experiences and progress of children in care: good 20.')).toBe(true);
      expect(isGradeRow('2.1 Adoption performance Requires Improvement')).toBe(true);
      expect(isGradeRow('Children have access to an interpreter and get good legal advice to help them understand their rights.')).toBe(false);
    });

    it('leads with the grade asked for from the first citation\'s paper', () => {
      const c = (id: string, paperId: string, givesAsked: boolean) => ({ id, givesAsked, hit: { paperId } });
      expect(askedGradeFirst([c('overall', 'a', false), c('other', 'a', false), c('part', 'a', true)]).map((x) => x.id)).toEqual(['part', 'overall', 'other']);
      expect(askedGradeFirst([c('overall', 'a', false), c('part', 'b', true)]).map((x) => x.id)).toEqual(['overall', 'part']);
      expect(askedGradeFirst([c('overall', 'a', false), c('x', 'a', false), c('y', 'a', false), c('part', 'a', true)]).map((x) => x.id)).toEqual(['part', 'overall', 'x', 'y']);
      expect(askedGradeFirst([c('part', 'a', true), c('overall', 'a', false)]).map((x) => x.id)).toEqual(['part', 'overall']);
    });

    it("takes the inspection from the year asked about: that year's report, not a later one recalling it", () => {
      const c = (id: string, paperId: string, givesAsked: boolean) => ({ id, givesAsked, hit: { paperId } });
      const of2019 = (paperId: string) => paperId === 'r2019';
      const recalled = [c('recalled', 'r2024', false), c('later-overall', 'r2024', true), c('x', 'r2019', false), c('overall', 'r2019', true)];
      expect(askedGradeFirst(recalled, of2019).map((x) => x.id)).toEqual(['overall', 'recalled', 'later-overall', 'x']);
      expect(askedGradeFirst([c('later-overall', 'r2024', true), c('summary', 'r2019', false)], of2019).map((x) => x.id)).toEqual(['summary', 'later-overall']);
      expect(askedGradeFirst([c('overall', 'r2019', true), c('later', 'r2024', true)], of2019).map((x) => x.id)).toEqual(['overall', 'later']);
      expect(askedGradeFirst(recalled).map((x) => x.id)).toEqual(['later-overall', 'recalled', 'x', 'overall']);
    });

    it('answers "who" and "when" from a report of the year asked about', () => {
      const c = (id: string, paperId: string) => ({ id, hit: { paperId } });
      const of2016 = (paperId: string) => paperId === 'r2016';
      expect(askedYearFirst([c('later', 'r2019'), c('x', 'r2019'), c('asked', 'r2016')], of2016).map((x) => x.id)).toEqual(['asked', 'later', 'x']);
      expect(askedYearFirst([c('asked', 'r2016'), c('later', 'r2019')], of2016).map((x) => x.id)).toEqual(['asked', 'later']);
      expect(askedYearFirst([c('later', 'r2019'), c('x', 'r2022')], of2016).map((x) => x.id)).toEqual(['later', 'x']);
    });
  });
});

describe('a place with a compass word is another place', () => {
  const bare = { title: 'Barsetshire County Council Inspection of services for children', file: 'barsetshire-2019-07-01.pdf' };
  const north = { title: 'Inspection of North Barsetshire local authority children’s services', file: 'north-barsetshire-2022-11-25.pdf' };
  const northEast = { title: 'Inspection of services', file: 'north-east-barsetshire-2021-11-26.pdf' };
  const minutes = { title: 'CABINET – Minutes', file: 'Printed minutes.pdf' };

  it('keeps the papers of the place asked about, as the question words it', () => {
    const q = "What did Ofsted rate North Barsetshire's children's services in 2019?";
    expect([bare, north, northEast].map((p) => samePlace(q, 'Barsetshire', p))).toEqual([false, true, false]);
    expect([bare, north, northEast].map((p) => samePlace('barsetshire ofsted 2019', 'barsetshire', p))).toEqual([true, false, false]);
    expect([bare, north, northEast].map((p) => samePlace('north east barsetshire care leavers', 'barsetshire', p))).toEqual([false, false, true]);
  });

  it('keeps a paper whose title does not give the place (it is about it by its committee or first page)', () => {
    expect(samePlace('How did North Barsetshire vote?', 'Barsetshire', minutes)).toBe(true);
  });
});
