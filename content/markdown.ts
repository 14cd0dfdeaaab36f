/**
 * A person's own text, made safe to put into Markdown: whatever they typed stays text where the Markdown is pasted
 * (a wiki, a project document, an e-mail). No image, link, HTML, heading, list or emphasis can come out of it:
 * `![x](https://example.org/p.png)` and `<img onerror=…>` are shown as written, never loaded or run. Pure, no DOM.
 */

/** Characters Markdown (and the HTML it allows) reads as syntax inside a line. */
const INLINE = /[\\`*_{}[\]()<>#+!|~]/g;

/**
 * One line of the person's text as plain Markdown text: inline syntax escaped; a line start that would make a block
 * (indentation, a list number, "-", "=" or a table's ":-") defused; and bare addresses that a renderer would turn into links
 * (https://…, www.…) broken with an escape, so they stay text.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/&/g, '&amp;')
    .replace(INLINE, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/([a-z])(:)(?=\/\/)/gi, '$1\\$2')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^(-|=|:)/, '\\$1'); // ":-" under a line would make it a table's head (GFM)
}

/** The person's text, of one or more lines, as Markdown text (lines kept apart with a hard break). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(escapeMarkdownLine)
    .join('  \n');
}
