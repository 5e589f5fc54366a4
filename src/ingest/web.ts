import { parse, type HTMLElement, type Node } from 'node-html-parser';

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'template', 'head', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'thead', 'tbody',
  'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'address', 'hr', 'caption',
]);
const COMMENTS = /(^|[\s_-])(comments?|commentlist|comment-list|responses)([\s_-]|$)/i;

export interface HtmlText {
  title: string | null;
  lines: string[];
  commentLines: string[];
}

/** The readable lines of a web page: its article (or body) without scripts, navigation and furniture; comments apart. */
export function htmlToLines(html: string): HtmlText {
  const root = parse(html, { comment: false });
  const h1 = root.querySelector('h1')?.text.replace(/\s+/g, ' ').trim();
  const docTitle = root.querySelector('title')?.text.replace(/\s+/g, ' ').trim();
  const title = h1 || docTitle?.split(/\s+[|–—-]\s+/)[0]?.trim() || null;
  const commentLines: string[] = [];
  for (const el of root.querySelectorAll('[id], [class]')) {
    const id = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    if (COMMENTS.test(id) && el.parentNode && !hasCommentAncestor(el)) {
      commentLines.push(...render(el));
      el.remove();
    }
  }
  const main = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('[role=main]') ?? root.querySelector('body') ?? root;
  return { title, lines: render(main), commentLines };
}

function hasCommentAncestor(el: HTMLElement): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) {
    const id = `${p.getAttribute?.('id') ?? ''} ${p.getAttribute?.('class') ?? ''}`;
    if (COMMENTS.test(id)) return true;
  }
  return false;
}

function render(el: Node): string[] {
  const parts: string[] = [];
  walk(el, parts);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t').trim());
}

function walk(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.text.replace(/[\r\n\t ]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
  if (SKIP.has(tag)) return;
  if (tag === 'br') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n');
  for (const child of node.childNodes) walk(child, out);
  if (tag === 'td' || tag === 'th') out.push('\t');
  if (block) out.push('\n');
}
