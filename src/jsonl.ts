import fs from 'node:fs';
import type { z } from 'zod';
import { AppError } from './errors.ts';

/** Reads a JSON-lines file, each line checked against the schema; a bad line is named with the reason. */
export function readJsonLines<S extends z.ZodType>(file: string, schema: S): Array<z.output<S>> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('NOT_FOUND', `${file}: cannot read the file (${(err as Error).message})`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new AppError('BAD_INPUT', `${file}:${i + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new AppError('BAD_INPUT', `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    return [parsed.data];
  });
}
