/**
 * Words and lines from text runs. Producers place text as one run per line, per word, or per
 * fragment ("Kelen"|"gkapan"); the words are rebuilt by geometry: fragments closer than a space
 * join, wider gaps separate.
 */
import type { Box, TextRun } from './page.ts';

export interface Word {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  font: string;
}

/** A gap narrower than this (pt, or this share of the font size) is inside a word, not a space. */
const FRAGMENT_GAP = 0.9;
const FRAGMENT_GAP_EM = 0.1;

export const wordBox = (w: Word): Box => ({ x0: w.x0, x1: w.x1, y0: w.y - w.size * 0.2, y1: w.y + w.size * 0.75 });
export const wordCentre = (w: Word) => ({ x: (w.x0 + w.x1) / 2, y: w.y + w.size * 0.3 });

/** The e-signing service's footer, printed on every page; never part of the document. */
const ESIGN_FOOTER = /ditandatangani secara elektronik|Pindai kode QR|Balai Sertifikasi Elektronik|BSrE/i;

/** A page number printed in the margin ("Halaman 2 dari 5", "Hal. 2/5"): never content either. */
const PAGE_NUMBER = /^\s*(Halaman|Hal\.?)\s*\d+\s*(dari|\/)\s*\d+\s*$/i;

export function isEsignFooter(text: string): boolean {
  return ESIGN_FOOTER.test(text) || PAGE_NUMBER.test(text);
}

/** Splits runs into words (positions shared out by character count) and re-joins fragments. */
export function wordsOf(runs: readonly TextRun[]): Word[] {
  interface Piece extends Word {
    /** Whether a space in the run separated it from the piece before / after. */
    openLeft: boolean;
    openRight: boolean;
  }
  const pieces: Piece[] = [];
  for (const run of runs) {
    const chars = run.str.length;
    if (chars === 0) continue;
    const perChar = run.width / chars;
    const re = /\S+/g;
    for (let m = re.exec(run.str); m; m = re.exec(run.str)) {
      const x0 = run.x + m.index * perChar;
      pieces.push({
        text: m[0],
        x0,
        x1: x0 + m[0].length * perChar,
        y: run.y,
        size: run.size,
        font: run.font,
        openLeft: m.index > 0,
        openRight: m.index + m[0].length < chars,
      });
    }
  }
  // Lines first (same baseline), then left to right within a line.
  pieces.sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: Piece[][] = [];
  for (const p of pieces) {
    const line = lines.find((l) => Math.abs(l[0]!.y - p.y) <= Math.max(1, 0.3 * p.size));
    if (line) line.push(p);
    else lines.push([p]);
  }
  const words: Word[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x0 - b.x0);
    let current: Piece | undefined;
    for (const p of line) {
      const gap = current ? p.x0 - current.x1 : Infinity;
      if (current && !current.openRight && !p.openLeft && gap < Math.max(FRAGMENT_GAP, FRAGMENT_GAP_EM * p.size) && gap > -p.size) {
        current.text += p.text;
        current.x1 = Math.max(current.x1, p.x1);
        current.openRight = p.openRight;
      } else {
        if (current) words.push(current);
        current = { ...p };
      }
    }
    if (current) words.push(current);
  }
  return words.map(({ text, x0, x1, y, size, font }) => ({ text, x0, x1, y, size, font }));
}

export interface Line {
  words: Word[];
  text: string;
  y: number;
  x0: number;
  x1: number;
  size: number;
}

/** Groups words into lines, top to bottom; `maxGap` splits a line where words are further apart. */
export function linesOf(words: readonly Word[], maxGap = Infinity): Line[] {
  const sorted = [...words].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const rows: Word[][] = [];
  for (const w of sorted) {
    const row = rows.find((r) => Math.abs(r[0]!.y - w.y) <= Math.max(1.2, 0.3 * w.size));
    if (row) row.push(w);
    else rows.push([w]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x0 - b.x0);
    let current: Word[] = [];
    const flush = () => {
      if (!current.length) return;
      lines.push({
        words: current,
        text: current.map((w) => w.text).join(' '),
        y: current[0]!.y,
        x0: current[0]!.x0,
        x1: current[current.length - 1]!.x1,
        size: Math.max(...current.map((w) => w.size)),
      });
      current = [];
    };
    for (const w of row) {
      if (current.length && w.x0 - current[current.length - 1]!.x1 > maxGap) flush();
      current.push(w);
    }
    flush();
  }
  return lines.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}

const LIST_ITEM = /^(\d{1,2}[.,)]|[a-z][.)]|[-•·*])\s/;

/**
 * Two wrapped lines of one value joined: no space after a "/" or after a hyphen that ends a line inside
 * a word ("prosedur-" | "prosedur" → "prosedur-prosedur"); a space otherwise.
 */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return /\/$/.test(a) || (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) ? a + b : `${a} ${b}`;
}

export interface CellTextOptions {
  /**
   * Header text (actor names): lines join with a space, and a word counts as broken by the cell only
   * when its line runs from edge to edge (a centred name's widest line always "fills" its padding).
   */
  header?: boolean;
}

/**
 * The text of a cell from its lines: wrapped lines join (joinLines), a line that starts a list item
 * begins a new line. With the cell's edges, a word broken because it was wider than a narrow cell
 * ("konsulta" | "si") is re-joined: its first part is alone on its line and fills it to the right edge,
 * the rest starts in lower case.
 */
export function cellText(lines: readonly Line[], cell?: { x0: number; x1: number }, options: CellTextOptions = {}): string {
  // The cell's padding as the left margin of its text, at most 6 pt (centred text shows more).
  const padding = cell && lines.length ? Math.min(6, Math.max(0, Math.min(...lines.map((l) => l.x0)) - cell.x0)) : 0;
  const right = cell ? cell.x1 - padding : Infinity;
  const fills = (l: Line) => (options.header ? !!cell && l.x0 - cell.x0 <= 2 && cell.x1 - l.x1 <= 2 : l.x1 >= right - 0.6 * l.size);
  let out = '';
  let prev: Line | undefined;
  for (const line of lines) {
    const t = line.text.trim();
    if (!t) continue;
    const brokenWord =
      prev !== undefined &&
      prev.words.length === 1 &&
      /^[\p{L}/-]*\p{L}{2}$/u.test(prev.text) &&
      fills(prev) &&
      (/\p{Ll}$/u.test(prev.text) ? /^\p{Ll}/u.test(t) : /^\p{Lu}{2}/u.test(t));
    if (!out) out = t;
    else if (LIST_ITEM.test(t)) out += '\n' + t;
    else if (brokenWord) out += t;
    else out = joinLines(out, t);
    prev = line;
  }
  return out;
}

/** Splits a box's lines into its list items ("1. …", "a. …", "- …"); a text without markers is one item. */
export function listItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    const m = /^(\d{1,2}[.,)]|[a-z][.)]|[-•·*])\s*(.*)$/.exec(t);
    if (m && m[2]) items.push(m[2]);
    else if (items.length) items[items.length - 1] = joinLines(items[items.length - 1]!, t);
    else items.push(t);
  }
  return items;
}
