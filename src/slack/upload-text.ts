import { isCalendarDate } from '../clock.ts';

/** What a clerk's message beside an uploaded file says about it. */
export interface UploadDirectives {
  committee: string | null;
  /** YYYY-MM-DD as typed (check with isCalendarDate), or null. */
  date: string | null;
  dateValid: boolean;
  confidential: boolean;
}

/**
 * Reads `committee: <name>`, a YYYY-MM-DD date and the word "confidential" from a message, wherever they stand:
 * "committee: cabinet confidential 2025-03-13" is committee "cabinet", confidential, dated 13 March 2025.
 */
export function uploadDirectives(text: string): UploadDirectives {
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? null;
  const confidential = /\bconfidential\b/i.test(text);
  const raw = /committee\s*:\s*([^\n]+)/i.exec(text)?.[1] ?? '';
  const committee = raw
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(/\bconfidential\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.-]+|[\s,;:.-]+$/g, '')
    .trim();
  return { committee: committee || null, date, dateValid: date === null || isCalendarDate(date), confidential };
}
