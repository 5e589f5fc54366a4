import { describe, expect, it } from 'vitest';
import { uploadDirectives } from '../../src/slack/upload-text.ts';

describe('what a clerk says beside an uploaded file', () => {
  it.each([
    ['committee: kent confidential', { committee: 'kent', confidential: true, date: null }],
    ['committee: Corporate Parenting Panel 2025-03-13 confidential', { committee: 'Corporate Parenting Panel', confidential: true, date: '2025-03-13' }],
    ['Confidential. committee: kent', { committee: 'kent', confidential: true, date: null }],
    ['committee: Children and Young People', { committee: 'Children and Young People', confidential: false, date: null }],
    ['no committee here', { committee: null, confidential: false, date: null }],
  ])('reads %j', (text, expected) => {
    expect(uploadDirectives(text)).toMatchObject(expected);
  });

  it('flags a date that is not a real date', () => {
    expect(uploadDirectives('committee: kent 2025-02-31')).toMatchObject({ committee: 'kent', date: '2025-02-31', dateValid: false });
  });
});
