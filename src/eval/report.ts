import type { EvalTotals, QuestionScore } from './score.ts';

const pct = (n: number, d: number) => (d === 0 ? '   -' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

/** One line per question: what was expected and what came back. */
export function questionLines(scores: QuestionScore[]): string[] {
  return scores.map((s) => {
    const mark = s.correct && s.verbatim ? 'ok  ' : 'MISS';
    const what = s.unanswerable ? (s.answered ? 'answered (should refuse)' : 'refused') : s.found ? (s.rightPage === false ? 'found, wrong page' : 'found') : s.answered ? 'not in top 3' : 'refused (should answer)';
    const quote = s.firstQuote ? ` | ${s.firstQuote.slice(0, 90)}` : '';
    return `${mark} ${s.id.padEnd(5)} ${what.padEnd(24)} ${s.question.slice(0, 60)}${quote}${s.verbatim ? '' : '  [NOT VERBATIM]'}`;
  });
}

/** The totals as a small table; with two columns when a model run is compared. */
export function totalsTable(columns: Array<{ name: string; t: EvalTotals }>): string[] {
  const rows: Array<[string, (t: EvalTotals) => string]> = [
    ['questions (answerable / unanswerable)', (t) => `${t.questions} (${t.answerable}/${t.unanswerable})`],
    ['found in top 3 citations', (t) => `${t.foundTop3}/${t.answerable} ${pct(t.foundTop3, t.answerable)}`],
    ['right page (where a page is given)', (t) => `${t.rightPage}/${t.withPage} ${pct(t.rightPage, t.withPage)}`],
    ['every quote verbatim', (t) => `${t.verbatim}/${t.questions} ${pct(t.verbatim, t.questions)}`],
    ['refused when it should be', (t) => `${t.refusedCorrectly}/${t.unanswerable} ${pct(t.refusedCorrectly, t.unanswerable)}`],
    ['refused when it should answer', (t) => `${t.falseRefusals}/${t.answerable}`],
    ['correct overall', (t) => `${t.correct}/${t.questions} ${pct(t.correct, t.questions)}`],
  ];
  const header = `| ${'measure'.padEnd(38)} | ${columns.map((c) => c.name.padEnd(16)).join(' | ')} |`;
  return [header, `|${'-'.repeat(40)}|${columns.map(() => '-'.repeat(18)).join('|')}|`, ...rows.map(([label, f]) => `| ${label.padEnd(38)} | ${columns.map((c) => f(c.t).padEnd(16)).join(' | ')} |`)];
}
