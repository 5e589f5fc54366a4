import type { Split } from './split.ts';
import { totals, type EvalTotals, type QuestionScore } from './score.ts';

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(0)}%`);
const cell = (n: number, d: number) => (d === 0 ? '-' : `${pct(n, d)} (${n}/${d})`);

/** One line per question: what was expected and what came back. */
export function questionLines(scores: QuestionScore[]): string[] {
  return scores.map((s) => {
    const mark = s.correct && s.verbatim && s.leadRight !== false ? 'ok  ' : 'MISS';
    const what = s.unanswerable
      ? s.answered ? 'answered (should refuse)' : 'refused'
      : s.found ? (s.rightPage === false ? 'found, wrong page' : s.leadRight === false ? 'found, lead wrong' : 'found') : s.answered ? 'not in top 3' : 'refused (should answer)';
    const quote = s.firstQuote ? ` | ${s.firstQuote.replace(/\s+/g, ' ').slice(0, 90)}` : '';
    return `${mark} ${s.split === 'held-out' ? 'H' : 'T'} ${s.id.padEnd(6)} ${what.padEnd(24)} ${s.question.slice(0, 60)}${quote}${s.verbatim ? '' : '  [NOT VERBATIM]'}`;
  });
}

const SPLITS: Split[] = ['tuning', 'held-out'];

/** The side-by-side table: one row per kind of question, then the totals, for the tuning and held-out parts. */
export function splitTable(scores: QuestionScore[], label = 'offline'): string[] {
  const kinds = [...new Set(scores.map((s) => s.kind))].sort((a, b) => (a === 'unanswerable' ? 1 : b === 'unanswerable' ? -1 : a.localeCompare(b)));
  const of = (split: Split) => scores.filter((s) => s.split === split);
  const rows: Array<[string, (t: EvalTotals) => string]> = [];
  const header = `| ${label.padEnd(44)} | ${SPLITS.map((s) => s.padEnd(16)).join(' | ')} |`;
  const line = (name: string, f: (ss: QuestionScore[]) => string) => `| ${name.padEnd(44)} | ${SPLITS.map((s) => f(of(s)).padEnd(16)).join(' | ')} |`;
  const out = [header, `|${'-'.repeat(46)}|${SPLITS.map(() => '-'.repeat(18)).join('|')}|`];
  for (const kind of kinds) {
    const name = kind === 'unanswerable' ? 'unanswerable: refused' : `${kind}: quote in top 3, right page`;
    out.push(line(name, (ss) => {
      const k = ss.filter((s) => s.kind === kind);
      return cell(k.filter((s) => s.correct).length, k.length);
    }));
  }
  rows.push(
    ['ALL answerable: quote in top 3, right page', (t) => cell(t.foundTop3, t.answerable)],
    ['ALL unanswerable: refused', (t) => cell(t.refusedCorrectly, t.unanswerable)],
    ['lead line right (expectLead)', (t) => cell(t.leadRight, t.withLead)],
    ['answerable but refused', (t) => cell(t.falseRefusals, t.answerable)],
    ['every quote verbatim', (t) => cell(t.verbatim, t.questions)],
  );
  for (const [name, f] of rows) out.push(line(name, (ss) => f(totals(ss))));
  return out;
}
