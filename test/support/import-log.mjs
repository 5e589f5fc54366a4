// Loaded with `node --import`: records every module a process imports (one URL a line) in the file IMPORT_LOG names.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import fs from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.IMPORT_LOG && !r.url.startsWith('node:')) fs.appendFileSync(process.env.IMPORT_LOG, r.url + '\\n');
  return r;
}`)}`,
);
