/** Header, footer and printed page-number handling for the pages of one PDF. */

export interface CleanPage {
  number: number;
  label: string | null;
  text: string;
}

interface Edge {
  page: number;
  line: number;
  text: string;
  /** Where on the page: 't0' first non-empty line, 'b0' last, and so on. */
  pos: string;
}

const EDGE = 3;
const LABEL_PATTERNS: Array<[RegExp, boolean]> = [
  [/^page\s+(\d{1,4})(?:\s+of\s+\d{1,4})?$/i, true],
  [/^[-–—]\s*(\d{1,4})\s*[-–—]$/, true],
  [/^(\d{1,4})(?:\s*(?:\/|of)\s*\d{1,4})?$/i, false],
];

/**
 * Finds each page's printed label and drops lines that repeat near the top or bottom of many pages
 * (running headers, footers, page numbers). What is left is the page's own words, line by line.
 */
export function cleanPdfPages(raw: string[]): CleanPage[] {
  const lines = raw.map((t) => t.replace(/\r/g, '').split('\n').map((l) => l.trimEnd()));
  const edges = lines.flatMap((ls, i) => edgeLines(ls, i + 1));
  const drop = new Set<string>();
  const labels = findLabels(edges, raw.length, drop);
  const repeatedLabels = findRepeated(edges, raw.length, drop, labels);
  return lines.map((ls, i) => {
    const number = i + 1;
    const kept = ls.filter((_, j) => !drop.has(`${number}:${j}`));
    return { number, label: labels.get(number) ?? repeatedLabels.get(number) ?? null, text: kept.join('\n').trim() };
  });
}

function edgeLines(ls: string[], page: number): Edge[] {
  const idx = ls.flatMap((l, j) => (l.trim() ? [j] : []));
  const picked = new Set([...idx.slice(0, EDGE), ...idx.slice(-EDGE)]);
  return [...picked].map((j) => {
    const k = idx.indexOf(j);
    const pos = k < EDGE ? `t${k}` : `b${idx.length - 1 - k}`;
    return { page, line: j, text: ls[j]!.trim().replace(/\s+/g, ' '), pos };
  });
}

function findLabels(edges: Edge[], total: number, drop: Set<string>): Map<number, string> {
  const cands = edges.flatMap((e) => {
    for (const [re, explicit] of LABEL_PATTERNS) {
      const m = re.exec(e.text);
      if (m) return [{ ...e, value: Number(m[1]), explicit }];
    }
    return [];
  });
  const offsetPages = new Map<number, Set<number>>();
  for (const c of cands) {
    const off = c.value - c.page;
    offsetPages.set(off, (offsetPages.get(off) ?? new Set()).add(c.page));
  }
  const freq = (c: { value: number; page: number }) => offsetPages.get(c.value - c.page)?.size ?? 0;
  const accepted = cands.filter((c) => c.explicit || freq(c) >= 2 || (total <= 2 && c.value === c.page));
  const labels = new Map<number, string>();
  const best = new Map<number, (typeof accepted)[number]>();
  for (const c of accepted) {
    drop.add(`${c.page}:${c.line}`);
    const cur = best.get(c.page);
    const score = (x: typeof c) => freq(x) * 4 + (x.explicit ? 2 : 0) + (x.line > 3 ? 1 : 0);
    if (!cur || score(c) > score(cur)) best.set(c.page, c);
  }
  for (const [page, c] of best) labels.set(page, String(c.value));
  return labels;
}

function findRepeated(edges: Edge[], total: number, drop: Set<string>, labels: Map<number, string>): Map<number, string> {
  const threshold = Math.max(3, Math.ceil(total * 0.5));
  const groups = new Map<string, Edge[]>();
  for (const e of edges) {
    if (drop.has(`${e.page}:${e.line}`)) continue;
    const key = e.text.replace(/\d+/g, '#');
    if (key === '#' || key.length < 2) continue;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const linkedLabels = new Map<number, string>();
  for (const group of groups.values()) {
    if (new Set(group.map((e) => e.page)).size < threshold) continue;
    const byText = new Map<string, Set<number>>();
    for (const e of group) byText.set(e.text, (byText.get(e.text) ?? new Set()).add(e.page));
    const [modeText, modePages] = [...byText].sort((a, b) => b[1].size - a[1].size)[0]!;
    const offsets = new Map<string, Set<number>>();
    for (const e of group) {
      const n = lastNumber(e.text);
      if (n !== null) offsets.set(`${n - e.page} ${e.pos}`, (offsets.get(`${n - e.page} ${e.pos}`) ?? new Set()).add(e.page));
    }
    const topOffset = [...offsets].sort((a, b) => b[1].size - a[1].size)[0];
    const pagesInGroup = new Set(group.map((e) => e.page)).size;
    const linked = topOffset && topOffset[1].size >= threshold && topOffset[1].size >= pagesInGroup * 0.8 ? Number(topOffset[0].split(' ')[0]) : null;
    if (modePages.size < threshold && linked === null) continue;
    for (const e of group) {
      const isLinked = linked !== null && lastNumber(e.text) === e.page + linked;
      if (e.text !== modeText && !isLinked) continue;
      drop.add(`${e.page}:${e.line}`);
      if (isLinked && !labels.has(e.page)) linkedLabels.set(e.page, String(e.page + linked));
    }
  }
  return linkedLabels;
}

function lastNumber(text: string): number | null {
  const m = /(\d{1,4})\D*$/.exec(text);
  return m ? Number(m[1]) : null;
}
