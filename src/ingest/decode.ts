const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252's characters for bytes 0x80-0x9F (Latin-1 has control codes there); the rest is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes the bytes of a text or HTML file: UTF-8 when they are valid UTF-8 (a byte-order mark dropped),
 * otherwise Windows-1252, the superset of Latin-1 that older council systems save in.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    let text = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
      text += String.fromCharCode(...chunk);
    }
    return { text, encoding: 'windows-1252' };
  }
}
