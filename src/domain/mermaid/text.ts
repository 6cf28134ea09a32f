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
  return oneLine(text)
    .replace(/"([^"]*)"/g, '\u201c$1\u201d')
    .replace(/"/g, '\u201d')
    .replace(/`/g, "'")
    .replace(/#(?=\w+;)/g, '\uff03');
}

/**
 * Text on one line of mermaid source (accTitle/accDescr, which run to the end of the line, and
 * inside labels). Mermaid reads "%%" anywhere as the start of a comment or of a `%%{init: …}%%`
 * directive, which would let a document's title configure the diagram (turn labels into HTML,
 * change the theme): the second "%" becomes a full-width ％.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/(?<=%)%/g, '\uff05');
}
