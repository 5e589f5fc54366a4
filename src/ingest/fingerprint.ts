/** How many minimum hashes a text's fingerprint keeps. */
const HASHES = 32;
/** Words per shingle. */
const SHINGLE = 5;
/** Share of equal minimum hashes from which two papers count as the same text. */
export const SAME_TEXT = 0.9;

function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A paper's text fingerprint: the minimum hashes of its five-word shingles (MinHash), as hex. Two fingerprints
 * agree in about the share of shingles the texts have in common, so a re-saved or lightly edited copy of a
 * paper is recognised whatever its bytes and name. Null when the text is too short to tell.
 */
export function textFingerprint(text: string): string | null {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SHINGLE * 4) return null;
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const base = fnv1a(shingle, 0);
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(base ^ (k * 0x9e3779b9), 0x85ebca6b) ^ (k + 1) * 0xc2b2ae35) >>> 0;
      const mixed = (h ^ (h >>> 13)) >>> 0;
      if (mixed < mins[k]!) mins[k] = mixed;
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, '0')).join('');
}

/** The estimated share of text two fingerprints have in common (0..1). */
export function sameTextShare(a: string, b: string): number {
  if (a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}
