/** Separates a web article's own words from the page furniture around it, keeping readers' comments apart. */

export interface SortedLines {
  body: string[];
  bylines: string[];
  comments: string[];
}

const NAV = /(\|\s*home(page)?$)|^(home|menu|search|skip to (main )?content|main menu|navigation|log ?in|sign in|share|print|email|tweet|like)$/i;
const DROP = /^(top|back to top|comments?|link to\b.*|tags:.*|\* = required field|powered by mailchimp!?|read more|advertisement)$/i;
const BYLINES = [/^by\b.{0,60}\bon\b.{0,80}$/i, /^in \p{Lu}[\p{L}\d ,&'’]{0,60}$/u, /^🕔.{0,40}$/u, /^posted (on|by|in)\b.{0,80}$/i, /^published:?\s.{0,60}$/i];
const TAIL = [
  /^(similar|related|more|latest) (articles|posts|stories|news)$/i,
  /^about( the)? author$/i,
  /^our latest tweets$/i,
  /sign up for our (free )?(weekly|daily|monthly)?\s*(summary|newsletter)/i,
  /^published by$/i,
  /^tags:/i,
  /^if you enjoyed this article/i,
  /^trackback url/i,
  /comments rss feed/i,
  /^there (is|are) (\d+|no|one) .*comments?$/i,
  /^\d+ (brilliant )?(comments?|responses?)$/i,
  /^(leave a (reply|comment)|share this( article| page)?:?|comments)$/i,
  /^(follow us|our community|you may also like|recommended for you)$/i,
];
const COMMENT_HEAD = /^(\d+\.\s+)?[^.!?]{2,80}\s(says|wrote):?\s*$/i;

/** Sorts a web or text paper's lines into its body, bylines (kept for dates and authors), comments, and dropped clutter. */
export function sortLines(lines: string[]): SortedLines {
  const out: SortedLines = { body: [], bylines: [], comments: [] };
  let inTail = false;
  let inComments = false;
  let lastKept = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const t = line.trim().replace(/\s+/g, ' ');
    if (!t) {
      if (inComments) out.comments.push('');
      else if (!inTail) out.body.push('');
      continue;
    }
    if (COMMENT_HEAD.test(t)) {
      inComments = true;
      inTail = true;
      out.comments.push(line);
      continue;
    }
    if (TAIL.some((re) => re.test(t))) {
      inTail = true;
      inComments = false;
      continue;
    }
    if (inComments) {
      out.comments.push(line);
      continue;
    }
    if (inTail || DROP.test(t) || (out.body.every((l) => !l.trim()) && NAV.test(t))) continue;
    if (BYLINES.some((re) => re.test(t))) {
      out.bylines.push(t);
      continue;
    }
    if (t === lastKept) continue;
    out.body.push(line);
    lastKept = t;
  }
  return out;
}

/** Joins kept lines: blank-line runs fold to one, and the whole is trimmed. */
export function joinLines(lines: string[]): string {
  return lines.join('\n').replace(/\n[ \t]*\n(\s*\n)*/g, '\n\n').trim();
}
