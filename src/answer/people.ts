import type { Paper, PaperMeta, Scope } from '../domain.ts';
import { inScope } from '../domain.ts';
import type { PaperRepo } from '../store/index.ts';
import type { QuestionTerms } from './extract.ts';
import { shareOf } from './extract.ts';
import { titleTermsOf } from './context.ts';

const AUTHORSHIP = /\bwho (?:wrote|authored|signed|issued|prepared|produced|sent|is the author of|was the author of)\b/i;
const NAME = String.raw`(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Professor|Sir|Lord|Lady|Dame)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+`;

/** The role a "who" question asks about: "who chairs …" → chair, "who is the director of …" → director. */
export function askedRole(question: string): string | null {
  const m = /\bwho\s+(?:is|was|are|were)\s+(?:the\s+)?([a-z-]+)/i.exec(question) ?? /\bwho\s+([a-z]+?)(?:e?s)?\b/i.exec(question);
  const word = m?.[1]?.toLowerCase();
  if (!word || ['is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'the'].includes(word)) return null;
  return word.replace(/(ing|ed)$/, '');
}

/**
 * True when a span names the holder of the role asked about: "Shellina Prendergast (Chair)", "Jane Smith, Chair,"
 * or "Chair: Mr Smith". A role followed by another body's name ("Jane Smith, Chair Barsetshire Housing Group") is not it.
 */
export function namesHolder(text: string, role: string): boolean {
  const word = role.replace(/[^a-z]/g, '');
  if (!word) return false;
  const r = `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}\\w*`;
  const after = new RegExp(`${NAME}\\s*(?:\\(\\s*(?:[Tt]he\\s+)?${r}\\s*\\)|,\\s*(?:[Tt]he\\s+)?${r}(?=\\s*[,.;)]|\\s*$))`);
  const before = new RegExp(`(?<![Vv]ice[- ]|[Cc]o[- ])\\b${r}\\s*:\\s*${NAME}`);
  return after.test(text) || before.test(text);
}

export interface AuthorCandidate {
  meta: PaperMeta;
  page: Paper['pages'][number];
  start: number;
  end: number;
}

/**
 * "Who wrote the position statement …?": the author of the paper the question describes, cited where the paper
 * names them (its byline or signature). Null when the question is not about authorship or no paper fits well.
 */
export async function authorOf(repo: PaperRepo, papers: PaperMeta[], q: QuestionTerms, question: string, scope: Scope): Promise<AuthorCandidate | null> {
  if (!AUTHORSHIP.test(question)) return null;
  let best: { meta: PaperMeta; share: number } | null = null;
  for (const meta of papers) {
    if (!meta.author || !inScope(meta, scope)) continue;
    const share = shareOf(titleTermsOf(meta), q);
    if (!best || share > best.share) best = { meta, share };
  }
  if (!best || best.share < 0.3) return null;
  const paper = await repo.load(best.meta);
  const surname = best.meta.author!.split(',')[0]!.split(/\s+/).filter((w) => /^[A-Z][a-z]/.test(w)).at(-1);
  if (!paper || !surname) return null;
  for (const page of [...paper.pages].reverse()) {
    for (const s of [...page.sentences].reverse()) {
      if (s.role !== 'body' || !page.text.slice(s.start, s.end).includes(surname)) continue;
      const next = page.sentences[page.sentences.indexOf(s) + 1];
      const end = next && next.role === 'body' && next.end - s.start < 160 ? next.end : s.end;
      return { meta: best.meta, page, start: s.start, end };
    }
  }
  return null;
}
