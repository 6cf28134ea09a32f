/**
 * Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, a lone half of a
 * surrogate pair): one of them makes a whole SVG or BPMN file unreadable. Reading refuses them in
 * documents (karakter-tersembunyi); a writer still never emits one, and shows U+FFFD instead.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with every character XML forbids replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

/** Text for HTML or SVG, in element content or a double-quoted attribute: &, <, > and " escaped. */
export function escapeMarkup(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
