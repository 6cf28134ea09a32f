/**
 * Values as messages quote them. A message goes to a terminal, a CI log and the compliance report:
 * it never carries a whole value (a file read by mistake, a pasted page) and never a character that
 * a terminal would run (ESC starts a sequence that can retitle the window or clear the screen) or
 * that reorders the line around it (bidirectional controls).
 */

const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Control and direction characters written as `\u001b`; everything else as it is. */
export function showControls(text: string): string {
  return text.replace(UNSHOWABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first `max` characters of a value, without splitting a character made of two code units. */
function head(value: string, max: number): string {
  const cut = value.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * A value quoted in a message: `"Ketua Tim Kerja"`; past `max` characters its start and its length,
 * `"Ketua Tim Kerja Ketua Tim Kerja …" (16000 karakter)`; control characters shown as escapes.
 */
export function excerpt(value: string, max = 60): string {
  const quoted = showControls(JSON.stringify(value.length > max ? `${head(value, max)}…` : value));
  return value.length > max ? `${quoted} (${value.length} karakter)` : quoted;
}

/** The longest message a finding carries (the longest real ones, a time total with its variable steps, run to ~1,000); what is longer is cut, with its length said. */
export const MESSAGE_MAX = 2000;

/** A message as it is shown: at most MESSAGE_MAX characters, controls shown as escapes. */
export function shownMessage(message: string): string {
  const shown = message.length > MESSAGE_MAX ? `${head(message, MESSAGE_MAX)}… (pesan dipotong, ${message.length} karakter)` : message;
  return showControls(shown);
}
