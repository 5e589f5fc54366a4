import { createHash } from 'node:crypto';
import path from 'node:path';

/** sha256 hex of bytes: a paper version. */
export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Lower-case words joined by dashes, at most `max` characters. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '') || 'paper';
}

/** Stable id of a paper: slug of the base name + 6 hex of sha256(committee/base name); the same across versions. */
export function paperId(committee: string, file: string): string {
  const base = path.basename(file);
  const stem = base.replace(/\.[^.]+$/, '');
  return `${slugify(stem)}-${sha256(`${committee}/${base}`).slice(0, 6)}`;
}

/** A committee name from a file's folder: "barsetshire/cabinet_2025-01-30/x.pdf" -> "cabinet". */
export function committeeFromPath(p: string): string {
  const folder = path.basename(path.dirname(path.resolve(p)));
  const name = folder
    .replace(/[\s_-]*\d{4}-\d{2}-\d{2}$/, '')
    .replace(/[\s_-]+\d{1,2}[.\-]\d{1,2}[.\-]\d{2,4}$/, '')
    .replace(/[\s_-]+\d{8}$/, '')
    .trim();
  return name || folder || 'general';
}
