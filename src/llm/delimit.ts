/** Paper text goes to the model as data inside tagged blocks; these helpers keep it from breaking out. */

/** Escapes `<` and `>` so paper text cannot open or close a tag; nothing else changes. */
export function escapeData(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value for a double-quoted attribute. */
export function escapeAttr(text: string): string {
  return escapeData(text).replace(/"/g, '&quot;').replace(/\s+/g, ' ');
}

/** Undoes escapeData (and &quot;/&amp;) on text the model copied out of a block. */
export function unescapeData(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Wraps text in a tag with attributes, the text escaped as data: `<tag a="1">text</tag>`. */
export function dataBlock(tag: string, attrs: Record<string, string | number | null>, text: string): string {
  const attrText = Object.entries(attrs)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  return `<${tag}${attrText}>\n${escapeData(text)}\n</${tag}>`;
}
