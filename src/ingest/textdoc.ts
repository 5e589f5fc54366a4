import { decodeText } from './decode.ts';
import { htmlToLines } from './web.ts';
import { joinLines, sortLines } from './clutter.ts';
import type { ExtractedDoc } from './types.ts';

/** A web page or a plain text/Markdown paper as one page: the article's words, then readers' comments. */
export function extractTextDoc(bytes: Buffer, format: 'html' | 'text'): ExtractedDoc {
  const source = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  let lines: string[];
  let extraComments: string[] = [];
  let containerTitle: string | null = null;
  if (format === 'html') {
    const html = htmlToLines(source);
    lines = html.lines;
    extraComments = html.commentLines;
    containerTitle = html.title;
  } else {
    lines = source.split('\n').map((l) => l.replace(/^#{1,6}\s+(?=\S)/, '').replace(/\s+$/, ''));
  }
  const sorted = sortLines(lines);
  const body = joinLines(sorted.body);
  const comments = joinLines([...sorted.comments, ...extraComments]);
  const text = comments ? `${body}\n\n${comments}` : body;
  const commentStart = comments ? body.length + 2 : undefined;
  const head = [...sorted.bylines, ...sorted.body.filter((l) => l.trim()).slice(0, 12)].join('\n');
  return {
    format,
    pages: [{ number: 1, label: null, text, commentStart }],
    headText: head,
    bodyText: [sorted.bylines.join('\n'), body].join('\n'),
    containerTitle,
    metadataDate: null,
    warnings: [],
  };
}
