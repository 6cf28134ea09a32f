import pixelWidth from 'string-pixel-width';

/**
 * Text measured without a browser, so the swimlane and the flowchart table's branch labels are laid
 * out at build time in plain TypeScript.
 * Widths come from string-pixel-width's Arial table (per-character advance widths, accents folded);
 * the SVG asks for Arial first and Liberation Sans (metric-compatible with Arial, on Linux) or
 * Helvetica (nearly so) next. A fallback font (Roboto, DejaVu Sans) runs up to ~10 % wider, so
 * every width is padded by SAFETY and boxes keep air around their text.
 */

export const FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, sans-serif';
export const SAFETY = 1.08;

export function textWidth(text: string, size: number, bold = false): number {
  return pixelWidth(text, { font: 'arial', size, bold }) * SAFETY;
}

/**
 * Word-wraps `text` into lines no wider than `maxWidth` px. Lines break at spaces, and after a "/"
 * or "-" inside a word ("Masyarakat/Koperasi/UMKM"); a piece still wider than a line is cut between
 * characters. Whitespace runs count as one space.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, size, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Pieces of the word: "Masyarakat/", "Koperasi/", "UMKM"; the first after a space, the rest glued.
    word.split(/(?<=[/-])(?=.)/).forEach((piece, i) => {
      const candidate = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (fits(candidate)) return void (line = candidate);
      if (line) lines.push(line);
      line = fits(piece) ? piece : cutToLines(piece, maxWidth, size, bold, lines);
    });
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A piece wider than a line, cut between characters: each full line goes to `lines`, the last part
 * is returned. Widths add up character by character (the width table has no kerning), so one pass
 * does it: a pasted 100,000-character "word" costs as much as its length, not its square.
 */
function cutToLines(piece: string, maxWidth: number, size: number, bold: boolean, lines: string[]): string {
  let start = 0;
  let width = 0;
  for (let i = 0; i < piece.length; i++) {
    const w = textWidth(piece[i]!, size, bold);
    if (i > start && width + w > maxWidth) {
      lines.push(piece.slice(start, i));
      start = i;
      width = 0;
    }
    width += w;
  }
  return piece.slice(start);
}
