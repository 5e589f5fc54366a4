import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, segmentSentences } from '../../src/ingest/index.ts';
import { chooseOwnDate, dateFromFileName, findDates } from '../../src/ingest/dates.ts';

const split = (text: string, lineBreaksAreBoundaries = false) =>
  segmentSentences(text, { lineBreaksAreBoundaries }).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split at abbreviations or initials', () => {
    expect(split('Cllr. Jones and Mr. Hay met Dr. Smith, e.g. on housing, i.e. homes. See para. 4 and No. 10 for R. Smith. Next point.')).toEqual([
      'Cllr. Jones and Mr. Hay met Dr. Smith, e.g. on housing, i.e. homes.',
      'See para. 4 and No. 10 for R. Smith.',
      'Next point.',
    ]);
  });

  it('joins PDF lines that wrap mid-sentence, and keeps headings and list items apart', () => {
    const text = 'Introduction\n1.1 The County Council is the Strategic Commissioner of Education Provision in\nKent. This Plan sets out how we will carry out our responsibility for ensuring\nthere are sufficient places.\n• First bullet point here\n• Second bullet point\n2. A numbered item.';
    expect(split(text)).toEqual([
      'Introduction',
      '1.1 The County Council is the Strategic Commissioner of Education Provision in\nKent.',
      'This Plan sets out how we will carry out our responsibility for ensuring\nthere are sufficient places.',
      'First bullet point here',
      'Second bullet point',
      '2. A numbered item.',
    ]);
  });

  it('keeps a KPI block whole: its name, its status and its values, and the next KPI apart (real Kent performance report)', async () => {
    const file = path.resolve('../shared/corpus/kent/cabinet_2025-03-04/QPR Q3 Cabinet appendix 1.pdf');
    const paper = await loadDocument({ file, bytes: fs.readFileSync(file) }, { committee: 'cabinet', now: new Date('2026-01-01T00:00:00Z') });
    const page = paper.pages.find((p) => p.number === 48)!;
    const sentences = page.sentences.map((s) => page.text.slice(s.start, s.end).replace(/\s+/g, ' '));
    expect(sentences).toContain('Number of foster households RED Latest: 613 Target: 700 Floor: 650 Previous: 612 (Red)');
    expect(sentences).toContain(
      'Percentage of care leavers in education, employment or training (of those KCC is in touch with) RED Latest: 53.6% Target: 65%, Floor: 55% Previous: 54.3% (Red)',
    );
    // A sentence with a full stop before the values is not a KPI's name.
    expect(split('The figures improved this quarter.\nLatest: 10% Target: 12%')).toEqual(['The figures improved this quarter.', 'Latest: 10% Target: 12%']);
  });

  it('treats every line of a text paper as its own paragraph, unless it plainly continues', () => {
    expect(split('A heading\nA sentence here and a\ncontinuation.\nPeter Hay', true)).toEqual(['A heading', 'A sentence here and a\ncontinuation.', 'Peter Hay']);
  });

  it('caps runaway table dumps at line breaks', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Row ${i} value ${i * 3} and ${i * 7} more`).join('\n');
    const out = split(`A table\n${rows.replace(/\n/g, ' x\n')}`);
    expect(Math.max(...out.map((s) => s.length))).toBeLessThanOrEqual(420);
    expect(out.join(' ')).toContain('Row 39');
  });

  it('keeps each row of a judgement table together, its label wrapped over lines and its grade alone on the next', () => {
    const text = [
      'Lead inspector: A Person, His Majesty’s Inspector', 'Judgement Grade', 'The impact of leaders on social work', 'practice with children and families', 'Good',
      'The experiences and progress of care', 'leavers', 'Requires improvement', 'to be good', 'Overall effectiveness Good',
      'Since the last inspection in 2018, much progress has been made by the council in improving the experiences and outcomes',
      'of their children.',
    ].join('\n');
    const s = segmentSentences(text, { lineBreaksAreBoundaries: false }).map((x) => text.slice(x.start, x.end).replace(/\n/g, ' / '));
    expect(s).toContain('The impact of leaders on social work / practice with children and families / Good');
    expect(s).toContain('The experiences and progress of care / leavers / Requires improvement / to be good');
    expect(s).toContain('Overall effectiveness Good');
    expect(s.some((x) => x.startsWith('Since the last inspection') && x.endsWith('of their children.'))).toBe(true);
  });

  it('keeps each numbered row of a judgement table whole, with its number, when the rows carry no full stop', () => {
    const text = [
      'Many ordinary sentences run the full width of the page, so that the typical line is long enough to tell a row from it.',
      'The judgements on areas of the service that contribute to overall effectiveness are:',
      '1. Children who need help and protection Requires improvement', '2. Children looked after and achieving', 'permanence Good',
      '2.1 Adoption performance Good', '2.2 Experiences and progress of care leavers Good', '3. Leadership, management and governance Requires improvement',
    ].join('\n');
    expect(split(text).slice(2).map((x) => x.replace(/\n/g, ' / '))).toEqual([
      '1. Children who need help and protection Requires improvement',
      '2. Children looked after and achieving / permanence Good',
      '2.1 Adoption performance Good',
      '2.2 Experiences and progress of care leavers Good',
      '3. Leadership, management and governance Requires improvement',
    ]);
    // The first row opens the list even after a summary line with no full stop.
    const summary = ['Many ordinary sentences of a report run over several lines of the page,', 'so that the typical line is long enough to tell a short line from it, and', 'a summary line is no shorter than most of them are here.',
      'Children’s services in Barsetshire are inadequate', '1. Children who need help and protection Inadequate', '2. Children looked after Good'].join('\n');
    expect(split(summary).slice(1)).toEqual(['Children’s services in Barsetshire are inadequate', '1. Children who need help and protection Inadequate', '2. Children looked after Good']);
    // A numbered paragraph that wraps onto a line starting in lower case stays one sentence.
    expect(split('12. The council has agreed the plan set out in paragraph\n2.1 of the report, which follows.')).toHaveLength(1);
  });

  it('marks sentences after the comment start as comments', () => {
    const text = 'The article.\n\n1. Ann says:\nGreat.';
    const s = segmentSentences(text, { lineBreaksAreBoundaries: true, commentStart: text.indexOf('1. Ann') });
    expect(s.map((x) => x.role)).toEqual(['body', 'comment', 'comment']);
  });
});

describe('dates', () => {
  it('reads the forms papers use, UK day first', () => {
    expect(findDates('19 March 2014; Tuesday, 29th October, 2024; 03/06/2015; 🕔26.Jun 2014; 2025-03-13; 29.10.24').map((d) => d.iso)).toEqual([
      '2014-03-19', '2024-10-29', '2015-06-03', '2014-06-26', '2025-03-13', '2024-10-29',
    ]);
    expect(findDates('31/02/2020 and 1.5 million')).toEqual([]);
  });

  it('reads dates in file names', () => {
    expect(dateFromFileName('Printed minutes 13th-Mar-2025 10.00 Cabinet.pdf')).toBe('2025-03-13');
    expect(dateFromFileName('CPP Minutes 29.10.24.pdf')).toBe('2024-10-29');
    expect(dateFromFileName('report_2025-03-13.pdf')).toBe('2025-03-13');
    expect(dateFromFileName('000_8329802debfad264.txt')).toBeNull();
  });

  it('prefers the paper’s own date to the dates it mentions', () => {
    expect(chooseOwnDate('Report title\nThe contracts end on 31 March 2025 and began in 2019.\nPeter Hay\n27 March 2014')).toBe('2014-03-27');
    expect(chooseOwnDate('Inspection dates: 3 December 2018 to 14 December 2018\nReport published: 2 February 2019')).toBe('2019-02-02');
    expect(chooseOwnDate('MINUTES of a meeting of the Cabinet held at County Hall on Thursday, 9 January 2025.\nMinutes of the Meeting held on 28 November 2024')).toBe('2025-01-09');
    expect(chooseOwnDate(`${'Some text line.\n'.repeat(30)}The deadline was 1 May 2020.`)).toBeNull();
  });
});
