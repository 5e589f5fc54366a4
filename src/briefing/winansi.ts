/**
 * pdfkit's standard fonts (Helvetica) encode text as WinAnsi; characters outside it would print as garbage.
 * The corpus holds only a few such characters, all of them list markers or symbols (private-use bullets
 * from Symbol/Wingdings fonts, U+25FC, U+2212 minus, one emoji in a web dateline, U+FFFC). Quotes are
 * trimmed of leading markers when cited, so what remains inside quotes is mapped here for print only:
 * compatibility forms (ligatures, non-breaking hyphens) to their plain letters, the minus sign to a
 * hyphen, bullets and box symbols to a WinAnsi bullet, invisible characters removed, anything else to "?".
 */
const EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** True when a character prints in pdfkit's standard fonts. */
export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || EXTRA.has(c);
}

const BULLETS = /[\u2023\u2043\u2219\u25A0-\u25FF\u2B1B-\u2B1C\uE000-\uF8FF]/u;
const INVISIBLE = /[\u200B-\u200F\u2060\uFE00-\uFE0F\uFEFF\uFFFC\u00AD]/u;

/** Text as it can be printed in Helvetica: WinAnsi characters unchanged, the rest mapped as described above. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isWinAnsi(ch)) out += ch;
    else if (ch === '\t' || ch === '\r') out += ' ';
    else if (INVISIBLE.test(ch)) continue;
    else if (ch === '\u2212' || ch === '\u2010' || ch === '\u2011') out += '-';
    else if (BULLETS.test(ch)) out += '\u2022';
    else {
      const plain = ch.normalize('NFKC');
      out += plain !== ch && [...plain].every(isWinAnsi) ? plain : '?';
    }
  }
  return out;
}
