import { checkReportBack, commitmentId, findCommitments, tiersFor, type Commitment, type ReportBackResult, type Verdict } from '../actions/index.ts';
import { paperRef, type Paper, type PaperMeta } from '../domain.ts';
import { foldForCompare, foldWhitespace } from '../quote.ts';
import type { Split } from './split.ts';
import { byAuthority, loadAuthority, readReportBackLabels, readSentenceLabels, type LoadedAuthority, type ReportBackLabel, type SentenceLabel } from './tracker-data.ts';

/** Counts for one split. */
export interface TrackerTally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  notFound: number;
  dueRight: number;
  dueAsked: number;
  ownerRight: number;
  ownerAsked: number;
  kindRight: number;
  kindAsked: number;
  verdictRight: number;
  verdictAsked: number;
  /** Report-back pairs whose item the detector did not find (judged on the labelled item instead). */
  verdictUndetected: number;
  misses: string[];
}

export type TrackerScores = Record<Split, TrackerTally>;

const empty = (): TrackerTally => ({ tp: 0, fp: 0, fn: 0, tn: 0, notFound: 0, dueRight: 0, dueAsked: 0, ownerRight: 0, ownerAsked: 0, kindRight: 0, kindAsked: 0, verdictRight: 0, verdictAsked: 0, verdictUndetected: 0, misses: [] });

/** A found item and a labelled sentence are the same when one holds the other (splitters differ at the edges). */
export function sameText(found: string, want: string): boolean {
  const a = foldForCompare(found);
  const b = foldForCompare(want);
  if (!a || !b) return false;
  if (a.includes(b) || (b.includes(a) && a.length >= 0.6 * b.length)) return true;
  return a.includes(b.slice(0, Math.min(60, b.length))) && b.length > 60;
}

/** True when a labelled sentence is in the paper (on its page where the label gives one). */
export function inPaper(paper: Paper, label: { page: number | null; sentence?: string; item?: string }): boolean {
  const want = foldForCompare(label.sentence ?? label.item ?? '');
  return paper.pages.some((p) => (label.page === null || paper.format !== 'pdf' || p.number === label.page) && foldForCompare(p.text).includes(want.slice(0, 80)));
}

const TITLES = /\b(?:mr|mrs|ms|miss|dr|cllr|councillor|professor|sir|the)\b\.?/g;
const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(TITLES, ' ').replace(/[^a-z0-9&' ]+/g, ' ').replace(/\s+/g, ' ').trim();

const surnames = (s: string) => new Set([...s.replace(/\([^)]*\)/g, ' ').split(/,| and |;/).map((part) => part.trim().split(/\s+/).filter((w) => /^[A-Z][a-z'’-]+$/.test(w))).filter((ws) => ws.length >= 2 || (ws.length === 1 && /^(?:Mr|Mrs|Ms|Miss|Dr|Cllr)/.test(s))).map((ws) => ws[ws.length - 1]!.toLowerCase())]);

/** An owner is right when the product's names the labelled person or body: one holds the other (titles aside), or they name the same people. */
export function ownerMatches(got: string | null, want: string | null): boolean {
  if (!want) return !got;
  if (!got) return false;
  const g = fold(got);
  const w = fold(want);
  if (!g || !w) return false;
  if (g.includes(w) || w.includes(g)) return true;
  const gs = surnames(got);
  const ws = surnames(want);
  return gs.size > 0 && [...gs].some((n) => ws.has(n));
}

/** Scores detection, kind, due date, owner and report-back verdict on the labels, per split. */
export async function trackerScores(sentences = readSentenceLabels(), pairs = readReportBackLabels(), log: (s: string) => void = () => {}): Promise<TrackerScores | null> {
  if (sentences.length === 0 && pairs.length === 0) return null;
  const scores: TrackerScores = { tuning: empty(), 'held-out': empty() };
  const sByA = byAuthority(sentences);
  const pByA = byAuthority(pairs);
  const authorities = [...new Set([...sByA.keys(), ...pByA.keys()])].sort();
  for (const authority of authorities) {
    const s = sByA.get(authority) ?? [];
    const p = pByA.get(authority) ?? [];
    const files = [...s.map((l) => l.file), ...p.flatMap((l) => [l.file, l.laterFile ?? ''].filter(Boolean))];
    const loaded = await loadAuthority(authority, files);
    try {
      const t = scores[loaded.split];
      scoreSentences(loaded, s, t);
      await scorePairs(loaded, p, t);
      log(`  ${authority} (${loaded.split}): ${s.length} sentences, ${p.length} pairs${loaded.missing.length ? `; missing ${loaded.missing.join(', ')}` : ''}`);
    } finally {
      loaded.close();
    }
  }
  return scores;
}

function paperFor(loaded: LoadedAuthority, file: string): Paper | null {
  return loaded.papers.get(file.split('/').pop()!) ?? null;
}

/** The commitments of every paper of an authority, with "the next meeting" from its committee's next paper. */
export function commitmentsByPaper(loaded: LoadedAuthority): Map<string, Commitment[]> {
  const all = [...loaded.papers.values()];
  const out = new Map<string, Commitment[]>();
  for (const paper of all) {
    const next = all.filter((p) => p.committee === paper.committee && p.date && paper.date && p.date > paper.date).map((p) => p.date!).sort()[0] ?? null;
    out.set(paper.file, findCommitments(paper, { nextMeetingDate: next }));
  }
  return out;
}

function scoreSentences(loaded: LoadedAuthority, labels: SentenceLabel[], t: TrackerTally): void {
  const found = commitmentsByPaper(loaded);
  for (const l of labels) {
    const paper = paperFor(loaded, l.file);
    if (!paper || !inPaper(paper, l)) {
      t.notFound++;
      t.misses.push(`not-found ${l.id} ${l.file} p${l.page}: ${l.sentence.slice(0, 80)}`);
      if (l.commitment) t.fn++;
      continue;
    }
    const hit = (found.get(paper.file) ?? []).find((c) => sameText(c.text, l.sentence) && (l.page === null || c.page === null || c.page === l.page));
    if (hit && l.commitment) {
      t.tp++;
      if (l.kind) {
        t.kindAsked++;
        if (hit.kind === l.kind) t.kindRight++;
        else t.misses.push(`wrong-kind ${l.id}: got ${hit.kind} want ${l.kind}: ${l.sentence.slice(0, 80)}`);
      }
      if (l.due !== undefined) {
        t.dueAsked++;
        if ((hit.due?.date ?? null) === (l.due ?? null)) t.dueRight++;
        else t.misses.push(`wrong-due ${l.id}: got ${hit.due?.date ?? null} (${hit.due?.text ?? ''}) want ${l.due ?? null} (${l.dueText ?? ''}): ${l.sentence.slice(0, 80)}`);
      }
      if (l.owner !== undefined) {
        t.ownerAsked++;
        if (ownerMatches(hit.owner, l.owner ?? null)) t.ownerRight++;
        else t.misses.push(`wrong-owner ${l.id}: got "${hit.owner}" want "${l.owner}": ${l.sentence.slice(0, 80)}`);
      }
    } else if (hit) {
      t.fp++;
      t.misses.push(`false-positive ${l.id} (${l.lookalike ?? 'not a commitment'}) ${l.file} p${l.page}: ${l.sentence.slice(0, 100)}`);
    } else if (l.commitment) {
      t.fn++;
      t.misses.push(`false-negative ${l.id} (${l.kind ?? ''}) ${l.file} p${l.page}: ${l.sentence.slice(0, 100)}`);
    } else t.tn++;
  }
}

/** The product's verdict on a labelled pair: its own item where it found one, else the labelled item judged the same way. */
export async function verdictFor(loaded: LoadedAuthority, l: ReportBackLabel, found: Map<string, Commitment[]>, reportedThreshold?: number): Promise<{ verdict: Verdict; detected: boolean; share: number; features: Record<string, number>; seen: ReportBackResult['seen']; evidence: string | null } | null> {
  const paper = paperFor(loaded, l.file);
  if (!paper) return null;
  const hit = (found.get(paper.file) ?? []).find((c) => sameText(c.text, l.item));
  const c = hit ?? asCommitment(paper, l);
  const metas = await loaded.deps.papers.list();
  const meta = metas.find((m) => m.id === paper.id)!;
  const laterSame = metas.filter((m) => m.committee === meta.committee && m.date && meta.date && m.date > meta.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const laterOther = metas.filter((m) => m.committee !== meta.committee && m.date && meta.date && m.date > meta.date);
  const rb = await checkReportBack({ index: loaded.deps.index, load: async (m: PaperMeta) => loaded.deps.papers.load(m) }, c, tiersFor(c, meta, laterSame, laterOther), { allowConfidential: true }, { reportedThreshold });
  return { verdict: rb.verdict, detected: hit !== undefined, share: rb.share, features: rb.features, seen: rb.seen, evidence: rb.evidence[0]?.quote ?? null };
}

function asCommitment(paper: Paper, l: ReportBackLabel): Commitment {
  const text = foldWhitespace(l.item);
  const inspection = paper.kind === 'inspection-report';
  return {
    id: commitmentId(paper.id, text), kind: inspection ? 'required-action' : 'commitment', text, paper: paperRef(paper), committee: paper.committee,
    page: l.page, pageLabel: null, madeOn: paper.date, owner: null, due: null, target: null, topic: text, leadIn: null, confidence: 0,
  };
}

async function scorePairs(loaded: LoadedAuthority, labels: ReportBackLabel[], t: TrackerTally): Promise<void> {
  if (labels.length === 0) return;
  const found = commitmentsByPaper(loaded);
  for (const l of labels) {
    const got = await verdictFor(loaded, l, found);
    t.verdictAsked++;
    if (!got) {
      t.misses.push(`verdict-paper-missing ${l.id} ${l.file}`);
      continue;
    }
    if (!got.detected) t.verdictUndetected++;
    if (got.verdict === l.verdict) t.verdictRight++;
    else t.misses.push(`wrong-verdict ${l.id}: got ${got.verdict} want ${l.verdict}: ${l.item.slice(0, 70)} || got evidence: ${got.evidence?.slice(0, 90) ?? '-'} || want: ${l.evidence?.slice(0, 90) ?? '-'}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   -   ' : `${((100 * a) / b).toFixed(1).padStart(5)}% `);

/** The tracker's figures as a table: tuning and held-out side by side. */
export function trackerLines(s: TrackerScores): string[] {
  const row = (name: string, f: (t: TrackerTally) => string) => `| ${name.padEnd(30)} | ${f(s.tuning).padEnd(24)} | ${f(s['held-out']).padEnd(24)} |`;
  return [
    'Promise tracker (eval/tracker/: labelled sentences and report-back pairs; split by authority, src/eval/split.ts)',
    '',
    `| ${'measure'.padEnd(30)} | ${'tuning'.padEnd(24)} | ${'held-out'.padEnd(24)} |`,
    `|${'-'.repeat(32)}|${'-'.repeat(26)}|${'-'.repeat(26)}|`,
    row('labelled sentences (pos/neg)', (t) => `${t.tp + t.fn + t.fp + t.tn} (${t.tp + t.fn}/${t.fp + t.tn})`),
    row('detection precision', (t) => `${pct(t.tp, t.tp + t.fp)}(${t.tp}/${t.tp + t.fp})`),
    row('detection recall', (t) => `${pct(t.tp, t.tp + t.fn)}(${t.tp}/${t.tp + t.fn})`),
    row('kind', (t) => `${pct(t.kindRight, t.kindAsked)}(${t.kindRight}/${t.kindAsked})`),
    row('due date', (t) => `${pct(t.dueRight, t.dueAsked)}(${t.dueRight}/${t.dueAsked})`),
    row('owner', (t) => `${pct(t.ownerRight, t.ownerAsked)}(${t.ownerRight}/${t.ownerAsked})`),
    row('report-back verdict', (t) => `${pct(t.verdictRight, t.verdictAsked)}(${t.verdictRight}/${t.verdictAsked})`),
    row('  of which item not detected', (t) => `${t.verdictUndetected}`),
    row('labels not found in paper', (t) => `${t.notFound}`),
  ];
}
