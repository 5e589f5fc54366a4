import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain.ts';
import { loadDocument } from '../../src/ingest/index.ts';

const now = new Date('2026-01-01T00:00:00Z');
const seedFile = (prefix: string) => path.resolve('seeds', fs.readdirSync('seeds').find((f) => f.startsWith(prefix))!);
const loadSeed = (prefix: string) => loadDocument({ file: seedFile(prefix), bytes: fs.readFileSync(seedFile(prefix)) }, { committee: 'seeds', now });
const sentences = (p: Paper, role?: 'body' | 'comment') =>
  p.pages[0]!.sentences.filter((s) => !role || s.role === role).map((s) => p.pages[0]!.text.slice(s.start, s.end));

describe('seed papers (plain text scraped from web pages)', () => {
  it('strips the clutter around the article', async () => {
    const all = await Promise.all(['000', '001', '002', '003', '004'].map(loadSeed));
    const text = all.map((p) => p.pages[0]!.text).join('\n');
    for (const clutter of [
      'Similar Articles', 'Picking up food', 'Our latest tweets', 'Sign up for our free weekly summary', 'About Author', 'Published by',
      'Tags:', 'LINK TO', 'Trackback URL', 'If you enjoyed this article', 'powered by MailChimp', 'The Chamberlain Files | Homepage', 'Brilliant Comment',
    ]) {
      expect(text, clutter).not.toContain(clutter);
    }
    expect(text).not.toMatch(/^(Top|Comments)$/m);
    for (const p of all) expect(p.pages).toHaveLength(1);
  });

  it('keeps the article’s own words, first to last', async () => {
    const p = await loadSeed('003');
    const s = sentences(p);
    expect(s[0]).toBe('‘We’ve still no idea about needs of all children at risk’ admits Birmingham social services chief');
    expect(s.at(-1)).toBe('If we can’t get the basics right we have to be concerned.”');
    const first = await loadSeed('000');
    expect(sentences(first).at(-1)).toMatch(/valued for the work they do\.$/);
  });

  it('keeps the comment section as comments, not the paper’s own words', async () => {
    const p = await loadSeed('004');
    const comments = sentences(p, 'comment');
    expect(comments[0]).toBe('1. David John Owen says:');
    expect(comments).toContain('Fair play Brigid.');
    expect(sentences(p, 'body').some((s) => s.includes('David John Owen'))).toBe(false);
    expect(sentences(p, 'body').at(-1)).toMatch(/^We have set out a vision/);
  });

  it('makes list items and headings their own sentences, without the bullets', async () => {
    const p = await loadSeed('001');
    const s = sentences(p);
    expect(s).toContain('We have stabilised staffing and begun to fill the substantial number of vacancies, particularly in the key practice supervisor posts');
    expect(s).toContain('Current position of children\'s services in Birmingham');
    expect(s.some((x) => /^3\.\s+Single Assessments/.test(x))).toBe(true);
    expect(s).toContain('Peter Hay');
    for (const x of s) expect(x).not.toMatch(/^[•\s]/);
  });
});

describe('web pages', () => {
  const html = `<!DOCTYPE html><html><head><title>Scrutiny update | Council News</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Scrutiny update on children&rsquo;s services</h1>
<p class="byline">By Jo Bloggs on 12/03/2015</p>
<p>The committee met on Tuesday. Cllr. Smith asked about No. 10 Downing St. and the plan, e.g. the budget.</p>
<ul><li>We will report back by March 2017.</li><li>Caseloads will fall.</li></ul>
<table><tr><td>Vacancies</td><td>120</td><td>95</td></tr></table>
</article>
<aside><h3>Similar Articles</h3><p>Another story</p></aside>
<div id="comments"><ol><li>Ann says: Good news at last.</li></ol></div>
<footer>Copyright</footer></body></html>`;

  it('reads the article, drops navigation and furniture, keeps comments as comments', async () => {
    const p = await loadDocument({ file: 'update.html', bytes: Buffer.from(html) }, { committee: 'web', now });
    expect(p).toMatchObject({ format: 'html', title: 'Scrutiny update on children’s services', date: '2015-03-12', pageCount: 1 });
    const body = sentences(p, 'body');
    expect(body).toContain('Cllr. Smith asked about No. 10 Downing St. and the plan, e.g. the budget.');
    expect(body).toContain('We will report back by March 2017.');
    expect(body).toContain('Vacancies\t120\t95');
    expect(p.pages[0]!.text).not.toMatch(/var x|Home|Another story|Copyright/);
    expect(sentences(p, 'comment').join(' ')).toContain('Good news at last.');
  });
});
