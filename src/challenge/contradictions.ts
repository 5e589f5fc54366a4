import type { Paper } from '../domain.ts';
import { analyzeText } from '../search/index.ts';
import { clauseWith, IMPROVEMENT } from './signals.ts';
import { isInspection, isIntent, sentencesOf, withAntecedent } from './text.ts';
import type { Contradiction, SentenceSpan } from './types.ts';

const PRAISE = /\b(praised|commended|effective(?:ly)?|good|strong|robust|successful(?:ly)?|working well|welcomed|well received)\b/i;
const NEGATIVE =
  /\b(not|inadequate|weak|poor(?:ly)?|ineffective|fail(?:s|ed|ing|ures?)?|too many|too few|too slow|insufficient|lack(?:s|ing)?|inconsistent(?:ly)?|requires improvement|serious|unclear)\b/i;
const NEGATION = /\b(not|no|never|fail(?:s|ed|ing)?|lack|without)\b/i;
const ACRONYM = /\b[A-Z]{3,6}\b/g;

/**
 * Pairs a positive claim in an earlier paper of the council with a negative finding on the same subject in a later
 * inspection report. Subjects match on shared distinctive terms: terms rare across the papers, or acronyms.
 */
export function findContradictions(papers: Paper[], limit = 5): Contradiction[] {
  const dated = papers.filter((p) => p.date);
  const claims = dated.filter((p) => !isInspection(p)).flatMap((p) => positiveClaims(p));
  const findings = dated.filter(isInspection).flatMap((p) => sentencesOf(p).filter((s) => NEGATIVE.test(s.text)));
  if (claims.length === 0 || findings.length === 0) return [];
  const all = papers.flatMap((p) => sentencesOf(p));
  const df = new Map<string, number>();
  for (const s of all) for (const t of new Set(analyzeText(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(all.length / (1 + (df.get(t) ?? 0)));
  const rare = Math.log(all.length / (1 + all.length * 0.02));
  const findingTerms = findings.map((f) => ({ f, terms: new Set(analyzeText(f.text)), acr: acronyms(f.text) }));
  const pairs: Contradiction[] = [];
  for (const c of claims) {
    const terms = new Set(analyzeText(c.text));
    const acr = acronyms(c.text);
    for (const { f, terms: ft, acr: fa } of findingTerms) {
      if ((f.paper.date ?? '') <= (c.paper.date ?? '')) continue;
      const shared = [...terms].filter((t) => ft.has(t) && (idf(t) >= rare || acr.has(t) || fa.has(t)));
      const sharedAcronym = shared.some((t) => acr.has(t) && fa.has(t));
      if (shared.length < 3 && !sharedAcronym) continue;
      const score = shared.reduce((n, t) => n + idf(t), 0) + (sharedAcronym ? 3 : 0) - f.page.number * 0.02;
      pairs.push({ claim: c, finding: f, shared, score });
    }
  }
  return pickDistinct(pairs.sort((a, b) => b.score - a.score), limit);
}

/** Positive statements of the council's own, with the sentence before when they open with "This" or "It". */
function positiveClaims(p: Paper): SentenceSpan[] {
  return sentencesOf(p).flatMap((s) => {
    if (isIntent(s.text) || s.text.endsWith('?')) return [];
    const clause = clauseWith(s.text, IMPROVEMENT) ?? clauseWith(s.text, PRAISE);
    if (!clause || NEGATION.test(clause)) return [];
    return [withAntecedent(s)];
  });
}

/** Acronyms of a sentence as analysed terms (MASH -> its analysed form). */
function acronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.match(ACRONYM) ?? []) for (const t of analyzeText(m)) out.add(t);
  return out;
}

/** Keeps the best pair per claim and per finding, so each contradiction is one issue. */
function pickDistinct(sorted: Contradiction[], limit: number): Contradiction[] {
  const out: Contradiction[] = [];
  const key = (s: SentenceSpan) => `${s.paper.id}:${s.page.number}:${s.start}`;
  const used = new Set<string>();
  for (const p of sorted) {
    const acronym = p.shared.find((t) => acronyms(p.claim.text).has(t));
    const subject = acronym ?? p.shared.slice().sort().join(' ');
    if (used.has(key(p.claim)) || used.has(key(p.finding)) || used.has(subject)) continue;
    used.add(key(p.claim)).add(key(p.finding)).add(subject);
    out.push(p);
    if (out.length >= limit) break;
  }
  return out;
}
