/**
 * The identity block, the kop and the six boxes of page 1, read from lines by their printed labels
 * (matched case-insensitively on joined lines, since some producers print one item per word). Where
 * the block is ruled, a value is every line of its label's cell (a Nama SOP centred on its label
 * begins above it; the signer's name sits under the signature image), and a box is bounded by its
 * own rules (labels may be centred in their box).
 */
import type { RulePieces } from './geometry.ts';
import { joinLines, linesOf, listItems, type Line } from './text.ts';
import type { PageParts } from './table.ts';

export type IdentityKey = 'nomor' | 'nama' | 'tanggal_pembuatan' | 'tanggal_revisi' | 'tanggal_efektif' | 'disahkan_oleh' | 'instansi' | 'perangkat_daerah' | 'unit';
export type BoxKey = 'dasar_hukum' | 'kualifikasi_pelaksana' | 'keterkaitan' | 'peralatan_perlengkapan' | 'peringatan' | 'pencatatan_pendataan' | 'maksud_tujuan' | 'ruang_lingkup';

const IDENTITY_LABELS: [IdentityKey, RegExp][] = [
  ['nomor', /^(nomor|no\.?)\s*sop\b/i],
  ['tanggal_pembuatan', /^(tanggal|tgl\.?)\s*pembuatan\b/i],
  ['tanggal_revisi', /^(tanggal|tgl\.?)\s*revisi\b/i],
  ['tanggal_efektif', /^(tanggal|tgl\.?)\s*(efektif|pengesahan|berlaku)\b/i],
  ['disahkan_oleh', /^disahkan\s*oleh\b/i],
  ['nama', /^(nama|judul)\s*sop\b/i],
  ['instansi', /^instansi\b/i],
  ['perangkat_daerah', /^perangkat\s*daerah\b/i],
  ['unit', /^unit(\s*kerja)?\b/i],
];

/** The label each key has in the Permenpan-RB template; another printed label is kept as printed. */
export const STANDARD_LABEL: Partial<Record<IdentityKey, RegExp>> = {
  nomor: /^nomor sop$/i,
  nama: /^nama sop$/i,
  tanggal_pembuatan: /^tanggal pembuatan$/i,
  tanggal_revisi: /^tanggal revisi$/i,
  tanggal_efektif: /^tanggal efektif$/i,
  disahkan_oleh: /^disahkan oleh$/i,
};

/** Box labels; a label alone on its line, or followed by ":" and the box's text on the same line. */
const BOX_LABELS: [BoxKey, RegExp][] = [
  ['dasar_hukum', /^dasar\s*hukum/i],
  ['kualifikasi_pelaksana', /^kualifikasi\s*pelaksana(an)?/i],
  ['keterkaitan', /^keterkaitan/i],
  ['peralatan_perlengkapan', /^peralatan\s*\/\s*perl?e?ng?kapan/i],
  ['peringatan', /^peringatan/i],
  ['pencatatan_pendataan', /^pencatatan\s*(dan|&)\s*pendataan/i],
  ['maksud_tujuan', /^maksud\s*(dan|&)\s*tujuan/i],
  ['ruang_lingkup', /^ruang\s*lingkup/i],
];

/** A box label at the start of a line: the label as printed and the text after it on that line. */
function boxLabelOf(text: string): { key: BoxKey; label: string; rest: string } | undefined {
  for (const [key, re] of BOX_LABELS) {
    const m = re.exec(text.trim());
    if (!m) continue;
    const after = text.trim().slice(m[0].length);
    const colon = /^\s*:\s*/.exec(after);
    if (after.trim() && !colon) return undefined;
    return { key, label: m[0].trim(), rest: colon ? after.slice(colon[0].length).trim() : '' };
  }
  return undefined;
}

/** The template's box labels; another printed label (other words, not only case) is kept as printed. */
export const STANDARD_BOX_LABEL: Record<BoxKey, RegExp> = {
  dasar_hukum: /^dasar hukum$/i,
  kualifikasi_pelaksana: /^kualifikasi pelaksana$/i,
  keterkaitan: /^keterkaitan$/i,
  peralatan_perlengkapan: /^peralatan ?\/ ?perlengkapan$/i,
  peringatan: /^peringatan$/i,
  pencatatan_pendataan: /^pencatatan dan pendataan$/i,
  maksud_tujuan: /^maksud dan tujuan$/i,
  ruang_lingkup: /^ruang lingkup$/i,
};

export interface Identity {
  values: Partial<Record<IdentityKey, string>>;
  /** Multi-line values (Disahkan oleh: jabatan, nama, NIP), line by line. */
  valueLines: Partial<Record<IdentityKey, string[]>>;
  /** Where a value's lines part around a blank as tall as a signature: the index of the first line after it. */
  valueBreaks: Partial<Record<IdentityKey, number>>;
  /** Labels as printed. */
  labels: Partial<Record<IdentityKey, string>>;
  kop: string[];
  /** The organisation rows printed in the identity block (Instansi, Perangkat Daerah, Unit, Unit…), top down. */
  organisation: string[];
  /** Lines at the top of the page above any label: the end of a box begun on the page before. */
  leading: Line[];
  boxes: Partial<Record<BoxKey, string[]>>;
  /** Box labels as printed (without the trailing colon). */
  boxLabels: Partial<Record<BoxKey, string>>;
  /** Where each box's text starts (x) and ends (the baseline of its last line). */
  boxPlaces: { key: BoxKey; x0: number; bottom: number }[];
}

interface Segment extends Line {}

/**
 * The segments right of a label on its line, up to where another label starts (a block of two
 * label columns): a segment in the label's font when the value has another font, or a known label.
 */
function rightOf(seg: Segment, segments: readonly Segment[], valueInLabelSegment: boolean): Segment[] {
  const onLine = segments.filter((s) => s !== seg && Math.abs(s.y - seg.y) <= 3 && s.x0 > seg.x1).sort((a, b) => a.x0 - b.x0);
  const labelFont = seg.words[0]!.font;
  const valueFont = (valueInLabelSegment ? seg.words[seg.words.length - 1]! : onLine[0]?.words[0])?.font;
  const isLabel = (o: Segment) =>
    (valueFont !== labelFont && o.words[0]!.font === labelFont) ||
    [...IDENTITY_LABELS.map(([, re]) => re), /^pelaksana$/i].some((re) => re.test(o.text));
  const stop = onLine.findIndex(isLabel);
  return stop < 0 ? onLine : onLine.slice(0, stop);
}

/** The rules above and below a label that cross x (its value's column): the label's row, when ruled. */
function ruledRow(rules: RulePieces, seg: Segment, x: number): { top: number; bottom: number } | undefined {
  const across = rules.horizontal.filter((h) => h.x0 <= x && h.x1 >= x);
  const above = across.filter((h) => h.y > seg.y + 0.6 * seg.size).map((h) => h.y);
  const below = across.filter((h) => h.y < seg.y - 0.3 * seg.size).map((h) => h.y);
  if (!above.length || !below.length) return undefined;
  const row = { top: Math.min(...above), bottom: Math.max(...below) };
  // A row taller than a signature block with its name and NIP is no row of this block.
  return row.top - row.bottom <= 150 ? row : undefined;
}

/** Reads page 1 down to `stopY` (the top of the table, when the table starts on this page). */
export function readIdentity(parts: PageParts, stopY = -Infinity): Identity {
  const { rules } = parts;
  const words = parts.words.filter((w) => w.y > stopY);
  const segments: Segment[] = linesOf(words, 12);
  const values: Identity['values'] = {};
  const valueLines: Identity['valueLines'] = {};
  const valueBreaks: Identity['valueBreaks'] = {};
  const labels: Identity['labels'] = {};
  const found: { key: IdentityKey; seg: Segment; valueX: number; rest: string }[] = [];
  for (const seg of segments) {
    for (const [key, re] of IDENTITY_LABELS) {
      if (found.some((f) => f.key === key)) continue;
      const m = re.exec(seg.text);
      if (!m) continue;
      labels[key] = m[0].trim();
      const rest = seg.text.slice(m[0].length).replace(/^\s*:\s*/, '').trim();
      const right = rightOf(seg, segments, !!rest);
      // The value column: right of the label (after a ":" item when there is one).
      const parts = [rest, ...right.map((s) => s.text.replace(/^:\s*/, ''))].filter((t) => t && t !== ':');
      const firstRight = right.find((s) => s.text.replace(/^:\s*/, '').trim());
      // Nothing but ":" on the label's line (a value centred on a tall row): the value starts after it.
      const colon = right.find((s) => s.text.trim() === ':');
      const valueX = rest ? seg.x0 + (seg.x1 - seg.x0) * (1 - rest.length / seg.text.length) : firstRight ? firstRight.x0 + (firstRight.text.startsWith(':') ? 3 : 0) : colon ? colon.x1 + 2 : seg.x1 + 5;
      values[key] = parts.join(' ').trim();
      found.push({ key, seg, valueX, rest });
      break;
    }
  }
  // Organisation rows: every one, in order (a tree may print several "Unit" rows).
  const organisation = segments
    .filter((seg) => /^(instansi|perangkat\s*daerah|unit(\s*kerja)?)$/i.test(seg.text.replace(/\s*:$/, '').trim()))
    .map((seg) => rightOf(seg, segments, false).map((o) => o.text.replace(/^:\s*/, '')).join(' ').trim())
    .filter((t) => t && !/^[-—–]$/.test(t));
  // Values that wrap: in a ruled block, every line of the label's row in the value's column.
  const labelYs = found.map((f) => f.seg.y);
  const isLabel = (s: Segment) => found.some((g) => g.seg === s);
  const inColumn = (s: Segment, f: (typeof found)[number]) => s.x0 >= f.valueX - 6 && s.x0 <= f.valueX + 40;
  for (const f of found) {
    const row = ruledRow(rules, f.seg, f.valueX + 2);
    // Rules around the whole block, not each row: another label inside means no row of its own.
    if (!row || found.some((g) => g !== f && g.seg.y < row.top && g.seg.y > row.bottom)) continue;
    const lines = [
      ...(f.rest ? [{ y: f.seg.y, text: f.rest }] : []),
      ...segments
        // A remark in smaller type under the value (a print's "tertulis di naskah: …") is not part of it.
        .filter((s) => s !== f.seg && !isLabel(s) && s.y < row.top && s.y > row.bottom && inColumn(s, f) && s.size >= 0.95 * f.seg.size && !(f.rest && Math.abs(s.y - f.seg.y) <= 2))
        .map((s) => ({ y: s.y, text: s.text.replace(/^:\s*/, '') })),
    ]
      .filter((l) => l.text && l.text !== ':')
      .sort((a, b) => b.y - a.y);
    valueLines[f.key] = lines.map((l) => l.text);
    values[f.key] = lines.find((l) => Math.abs(l.y - f.seg.y) <= 2)?.text ?? lines[0]?.text ?? '';
    // A blank taller than two lines among them: the signature between the jabatan and the name.
    const pitch = 1.25 * f.seg.size;
    const gap = lines.findIndex((l, i) => i > 0 && lines[i - 1]!.y - l.y > 2.2 * pitch);
    if (gap > 0) valueBreaks[f.key] = gap;
    if (f.key === 'nama') values.nama = lines.map((l) => l.text).reduce(joinLines, '');
  }
  // Without rules: the lines under the value, in its column, down to the next label.
  for (const f of found) {
    if (f.key in valueLines) continue;
    // Down to the next label, or to any line that starts left of the value column (another row).
    const leftLines = segments.filter((s) => s.y < f.seg.y - 2 && s.x0 < f.valueX - 6 && s.x1 > f.seg.x0 - 2).map((s) => s.y);
    const nextLabel = Math.max(...labelYs.filter((y) => y < f.seg.y - 2), ...leftLines, stopY, -Infinity);
    const candidates = segments.filter((s) => s.y < f.seg.y - 2 && s.y > nextLabel + 2 && s.x0 >= f.valueX - 6 && s.x0 <= f.valueX + 40 && !found.some((g) => g.seg === s));
    // Only lines that follow closely: a page footer further down is not part of the value.
    const more: Segment[] = [];
    let lastY = f.seg.y;
    const valueSize = f.seg.size;
    for (const c of candidates.sort((a, b) => b.y - a.y)) {
      // A note in smaller type under the value (a print's remark) is not part of it.
      if (lastY - c.y > 2.2 * c.size || c.size < 0.95 * valueSize) break;
      more.push(c);
      lastY = c.y;
    }
    const first = values[f.key] ?? '';
    const lines = [first, ...more.map((s) => s.text.replace(/^:\s*/, ''))].filter((t) => t && t !== ':');
    valueLines[f.key] = lines;
    if (f.key === 'nama') values.nama = lines.reduce(joinLines, '');
  }
  // The six boxes (and the extra rows some templates add).
  const boxLabels: { key: BoxKey; seg: Segment; label: string; rest: string }[] = [];
  for (const seg of segments) {
    const hit = boxLabelOf(seg.text);
    if (hit && !boxLabels.some((b) => b.key === hit.key)) boxLabels.push({ ...hit, seg });
  }
  // Each box's columns: the vertical rules on either side of its label, when no other label stands
  // between them (a box row may centre its labels); else from the label to the next label on the right.
  const cells = boxLabels.map((b) => {
    const y = b.seg.y + 0.3 * b.seg.size;
    const xs = rules.vertical.filter((v) => v.y0 - 1 <= y && v.y1 + 1 >= y).map((v) => v.x);
    const left = Math.max(...xs.filter((x) => x <= b.seg.x0 + 1));
    const right = Math.min(...xs.filter((x) => x >= b.seg.x1 - 1));
    const between = boxLabels.some((o) => o !== b && Math.abs(o.seg.y - b.seg.y) <= 3 && (o.seg.x0 + o.seg.x1) / 2 > left && (o.seg.x0 + o.seg.x1) / 2 < right);
    if (Number.isFinite(left) && Number.isFinite(right) && !between) return { x0: left, x1: right, ruled: true };
    const rightNeighbour = boxLabels.filter((o) => o.seg.x0 > b.seg.x0 + 20).map((o) => o.seg.x0);
    return { x0: b.seg.x0 - 6, x1: rightNeighbour.length ? Math.min(...rightNeighbour) - 3 : Infinity, ruled: false };
  });
  const boxes: Identity['boxes'] = {};
  const printedBoxLabels: Identity['boxLabels'] = {};
  const boxPlaces: Identity['boxPlaces'] = [];
  boxLabels.forEach((b, i) => {
    const cell = cells[i]!;
    printedBoxLabels[b.key] = b.label;
    // Down to the next label below whose box shares these columns (a full-width row under two boxes
    // ends both), else to the top of the table.
    const below = boxLabels
      .filter((o, k) => o.seg.y < b.seg.y - 2 && Math.min(cells[k]!.x1, cell.x1) - Math.max(cells[k]!.x0, cell.x0) > 10)
      .map((o) => o.seg.y);
    const yEnd = below.length ? Math.max(...below) + 2 : stopY;
    const inCell = (x0: number, x1: number) => (cell.ruled ? (x0 + x1) / 2 > cell.x0 && (x0 + x1) / 2 < cell.x1 : x0 >= cell.x0 && x1 <= cell.x1 + 40 && (x0 + x1) / 2 < cell.x1);
    const content = linesOf(words.filter((w) => w.y < b.seg.y - 2 && w.y > yEnd && inCell(w.x0, w.x1)));
    const texts = [...(b.rest ? [b.rest] : []), ...content.map((l) => l.text)];
    boxPlaces.push({ key: b.key, x0: content.length ? Math.min(...content.map((l) => l.x0)) : b.seg.x0, bottom: content.length ? content[content.length - 1]!.y : b.seg.y });
    boxes[b.key] = boxItems(texts);
  });
  // The kop: lines left of the identity labels, above the boxes.
  const labelX = found.length ? Math.min(...found.filter((f) => ['nomor', 'nama', 'disahkan_oleh'].includes(f.key)).map((f) => f.seg.x0), Infinity) : Infinity;
  const topOfBoxes = boxLabels.length ? Math.max(...boxLabels.map((b) => b.seg.y)) : stopY;
  const kop = Number.isFinite(labelX)
    ? segments.filter((s) => s.x1 < labelX - 5 && s.y > topOfBoxes + 2 && !found.some((f) => f.seg === s)).map((s) => s.text.trim())
    : [];
  const firstLabel = Math.max(...found.map((f) => f.seg.y), ...boxLabels.map((b) => b.seg.y), stopY);
  const leading = linesOf(words.filter((w) => w.y > firstLabel + 2), 12);
  return { values, valueLines, valueBreaks, labels, organisation, kop: kop.filter((t) => t.length > 1), leading, boxes, boxLabels: printedBoxLabels, boxPlaces };
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
const monthOf = (word: string) => {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'agt' && m === 'agustus') || (w === 'okt' && m === 'oktober') || (w === 'des' && m === 'desember') || (w === 'nop' && m === 'november'));
  return i + 1;
};
const realDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
const pad = (n: number) => String(n).padStart(2, '0');

/** A printed date as ISO text (day or month precision), undefined when it is not a real date as printed. */
export function readDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return realDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` : undefined;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return realDay(+m[3]!, +m[2]!, +m[1]!) ? `${m[3]}-${pad(+m[2]!)}-${pad(+m[1]!)}` : undefined;
  m = /^(\d{1,2}) ([A-Za-z.]+) (\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return month && realDay(+m[3]!, month, +m[1]!) ? `${m[3]}-${pad(month)}-${pad(+m[1]!)}` : undefined;
  }
  m = /^([A-Za-z.]+) (\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? `${m[2]}-${pad(month)}` : undefined;
  }
  return undefined;
}

/**
 * Splits "Disahkan oleh" lines into jabatan, nama and NIP. `breakAt`: the first line after the
 * signature's blank, when one was seen: the jabatan is above it, the name (and NIP) below.
 */
export function readSignatory(lines: readonly string[], breakAt?: number): { jabatan: string; nama: string; nip: string } | undefined {
  const isNip = (l: string) => /^NIP\b/i.test(l) || /^\d[\d ]{16,}\d$/.test(l);
  const printed = (l: string) => l.trim() && !/^[-—–]$/.test(l.trim());
  const clean = lines.map((l) => l.trim()).filter(printed);
  if (!clean.length) return undefined;
  const nipLine = clean.find(isNip);
  const nip = nipLine ? nipLine.replace(/^NIP\.?\s*:?\s*/i, '').trim() : '';
  if (breakAt !== undefined && breakAt > 0 && breakAt < lines.length) {
    const above = lines.slice(0, breakAt).map((l) => l.trim()).filter(printed);
    const under = lines.slice(breakAt).map((l) => l.trim()).filter((l) => printed(l) && !isNip(l));
    return { jabatan: above.filter((l) => !isNip(l)).reduce(joinLines, ''), nama: under.reduce(joinLines, ''), nip };
  }
  const rest = clean.filter((l) => l !== nipLine);
  if (rest.length === 1) return { jabatan: rest[0]!, nama: '', nip };
  return { jabatan: rest.slice(0, -1).reduce(joinLines, ''), nama: rest[rest.length - 1] ?? '', nip };
}

/**
 * A box cut by a page break: the list on the next page goes on with the next number ("6." after five
 * items). Only then are the lines taken; anything else at the top of a page is not a box's end.
 */
export function continuedItems(leadingAll: readonly Line[], previous: readonly string[], x0: number): string[] {
  const leading = leadingAll.filter((l) => l.x0 >= x0 - 6 && l.x0 <= x0 + 60);
  const first = leading[0]?.text.trim() ?? '';
  const m = /^(\d{1,2})[.,)]/.exec(first);
  if (!m || Number(m[1]) !== previous.length + 1) return [];
  return boxItems(leading.filter((l) => !/^(nomor|tanggal|disahkan|nama)\b/i.test(l.text)).map((l) => l.text));
}

/**
 * A box's list items. This portal's own print says "Tidak diisi dalam dokumen sumber." in an empty
 * box and marks a title not published here "(belum tersedia)": marks, not content.
 */
function boxItems(lines: readonly string[]): string[] {
  return listItems(lines)
    .map((t) => t.replace(/\s*\(belum tersedia\)$/, ''))
    .filter((t) => t && t !== '-' && t !== '—' && t !== 'Tidak diisi dalam dokumen sumber.');
}
