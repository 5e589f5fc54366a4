/** A file name on one line: newlines and other control characters escaped, so each file's message is one line. */
export function oneLine(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
