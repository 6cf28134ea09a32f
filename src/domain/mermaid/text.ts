/**
 * Text inside a quoted mermaid label `["…"]`, for every diagram we generate. Inside the quotes,
 * brackets, parentheses, braces, slashes, `|`, `;`, `<`, `>` and `&` are plain text (labels are SVG
 * text, so nothing is read as markup). Mermaid's escape codes (`#quot;`, `#34;`) are NOT decoded in
 * SVG-text labels (mermaid 12 shows them literally), so the few characters that cannot stand raw get
 * look-alikes: the double quote becomes typographic quotes “…”, the backtick (it opens a markdown
 * string) an apostrophe, and a `#` that would start an escape code (`#word;`) a full-width ＃. Line
 * breaks and runs of spaces become one space.
 */
export function escapeLabel(text: string): string {
  return mermaidText(text)
    .replace(/"([^"]*)"/g, '\u201c$1\u201d')
    .replace(/"/g, '\u201d')
    .replace(/`/g, "'")
    .replace(/#(?=\w+;)/g, '\uff03');
}

/** Text on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text on one line of mermaid source (a label, accTitle/accDescr, a tooltip). Mermaid reads "%%"
 * anywhere as the start of a comment or of a `%%{init: …}%%` directive, which would let a
 * document's title configure the diagram (turn labels into HTML, change the theme): a word joiner
 * (U+2060, zero width, in every font) goes between two "%", so the reader still sees "%%".
 */
export function mermaidText(text: string): string {
  return oneLine(text).replace(/%(?=%)/g, '%\u2060');
}
