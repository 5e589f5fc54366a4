import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from '../../src/briefing/index.ts';

describe('toWinAnsi', () => {
  it('keeps every WinAnsi character, including typographic quotes, dashes, £ and the bullet', () => {
    const text = 'We’ve “praised” – £21.5m — 15% • café ½ € ™';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('maps the non-WinAnsi characters the corpus holds to printable ones', () => {
    expect(toWinAnsi('\uF06E Strengthen the MASH')).toBe('• Strengthen the MASH');
    expect(toWinAnsi('\u25FC item')).toBe('• item');
    expect(toWinAnsi('\u2212 5%')).toBe('- 5%');
    expect(toWinAnsi('of\uFB01ce')).toBe('office');
    expect(toWinAnsi('a\uFFFCb')).toBe('ab');
    expect(toWinAnsi('🕔26.Jun 2014')).toBe('?26.Jun 2014');
  });

  it('leaves nothing unprintable in any seed text', () => {
    const dir = path.resolve('seeds');
    for (const f of fs.readdirSync(dir)) {
      const out = toWinAnsi(fs.readFileSync(path.join(dir, f), 'utf8'));
      for (const ch of out.replace(/[\r\t]/g, ' ')) expect(isWinAnsi(ch), `${f}: U+${ch.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });
});
