import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors.ts';

/** The folder holding the prompt files: `prompts/` at the project root. */
export const PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prompts');

/** A prompt file parsed: its declared variables and its system and user templates. */
export interface Prompt {
  name: string;
  variables: string[];
  system: string;
  user: string;
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const cache = new Map<string, Prompt>();

/** Loads `prompts/<name>.md`: front matter declaring `variables:`, then `## System` and `## User` sections. Throws CONFIG on a bad file. */
export function loadPrompt(name: string, dir: string = PROMPTS_DIR): Prompt {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new AppError('CONFIG', `Prompt name "${name}" is not valid: use lower-case letters, digits and dashes`);
  const file = path.join(dir, `${name}.md`);
  const cached = cache.get(file);
  if (cached) return cached;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('CONFIG', `Prompt "${name}" not found: expected ${file}`);
  }
  const prompt = parsePrompt(name, raw.replace(/\r\n/g, '\n'));
  cache.set(file, prompt);
  return prompt;
}

/** Parses a prompt file's text; every placeholder must be declared and every declared variable used. */
export function parsePrompt(name: string, raw: string): Prompt {
  const fm = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
  if (!fm) throw new AppError('CONFIG', `Prompt "${name}" has no front matter: start it with ---, a "variables:" line, then ---`);
  const line = /^variables:\s*(.*)$/m.exec(fm[1]!);
  if (!line) throw new AppError('CONFIG', `Prompt "${name}" front matter does not declare "variables:"`);
  const variables = line[1]!.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
  const bad = variables.find((v) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v));
  if (bad) throw new AppError('CONFIG', `Prompt "${name}" declares an invalid variable name "${bad}"`);
  const sections = /^##\s*System\s*\n([\s\S]*?)^##\s*User\s*\n([\s\S]*)$/im.exec(fm[2]!);
  if (!sections) throw new AppError('CONFIG', `Prompt "${name}" needs a "## System" section followed by a "## User" section`);
  const system = sections[1]!.trim();
  const user = sections[2]!.trim();
  const used = new Set([...`${system}\n${user}`.matchAll(PLACEHOLDER)].map((m) => m[1]!));
  const undeclared = [...used].filter((v) => !variables.includes(v));
  if (undeclared.length > 0) throw new AppError('CONFIG', `Prompt "${name}" uses undeclared variable(s): ${undeclared.join(', ')}`);
  const unused = variables.filter((v) => !used.has(v));
  if (unused.length > 0) throw new AppError('CONFIG', `Prompt "${name}" declares variable(s) it never uses: ${unused.join(', ')}`);
  return { name, variables, system, user };
}

/** Renders a prompt in one pass (values are never re-expanded). Throws BAD_INPUT on a missing or undeclared variable. */
export function renderPrompt(name: string, vars: Record<string, string>, dir: string = PROMPTS_DIR): RenderedPrompt {
  const prompt = loadPrompt(name, dir);
  const missing = prompt.variables.filter((v) => typeof vars[v] !== 'string');
  if (missing.length > 0) throw new AppError('BAD_INPUT', `Prompt "${name}" is missing variable(s): ${missing.join(', ')}`);
  const extra = Object.keys(vars).filter((v) => !prompt.variables.includes(v));
  if (extra.length > 0) throw new AppError('BAD_INPUT', `Prompt "${name}" does not declare variable(s): ${extra.join(', ')}`);
  const fill = (template: string) => template.replace(PLACEHOLDER, (_m, v: string) => vars[v]!);
  return { system: fill(prompt.system), user: fill(prompt.user) };
}
