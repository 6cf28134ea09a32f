/** What the official table component renders besides markup (src/domain/flowchart/table-view.ts, drawing.ts). */
import { describe, expect, it } from 'vitest';
import {
  ACTOR_COLUMN_MIN_WIDTH,
  actorHeadStyle,
  arrowheadPath,
  breaksAfter,
  flowchartTable,
  guessedSymbol,
  isBlank,
  labelLineText,
  pentagonPath,
  printTableWidth,
  svgX,
  svgY,
  symbolOutline,
  tableHeads,
  tableStyle,
  type ConnectorRow,
  type StepRow,
} from '../../src/domain/flowchart/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';

const flow = await readCorpus('tests/fixtures/corpus-flow');
const sop = (slug: string) => flow.sops.get(slug)!.data;
const stepRows = (view: ReturnType<typeof flowchartTable>) => view.chart.rows.filter((r): r is StepRow => r.kind === 'step');
const connectorRows = (view: ReturnType<typeof flowchartTable>) => view.chart.rows.filter((r): r is ConnectorRow => r.kind !== 'step');

describe('the words of the table', () => {
  it('heads its columns with the words the source prints, else the template’s', () => {
    expect(tableHeads(sop('verifikasi-berkas-izin'))).toEqual({ no: 'No.', activity: 'Kegiatan', actors: 'Pelaksana', quality: 'Mutu Baku', inputs: 'Kelengkapan', time: 'Waktu', output: 'Output', notes: 'Ket.' });
    const printed = { identity: { labels: { kegiatan: 'Uraian Prosedur', mutu_baku: 'Mutu Buku', keterangan: 'Ket' } } };
    expect(tableHeads(printed as never)).toMatchObject({ activity: 'Uraian Prosedur', quality: 'Mutu Buku', notes: 'Ket', no: 'No.' });
  });

  it('reads a symbol aloud: who, which step, its role, and where the flow goes, each exit as printed', () => {
    const view = flowchartTable(sop('tindak-lanjut-hasil-audit'));
    const said = stepRows(view).flatMap((r) => r.columns.map((c) => view.symbolText(r, c)));
    expect(said).toEqual([
      'Auditor: langkah 1 (mulai), lanjut ke langkah 2.',
      'Auditor: langkah 2 (keputusan), Jika Lengkap: lanjut ke langkah 5, Jika Ada aksi koreksi: lanjut ke langkah 3, Jika Tak ada aksi koreksi: lanjut ke langkah 4.',
      'Unit Kerja Auditi: langkah 3, kembali ke langkah 2.',
      'Auditor (dugaan): langkah 4, lanjut ke langkah 5.',
      'Inspektur: langkah 5 (selesai).',
    ]);
    expect(guessedSymbol(stepRows(view)[3]!.step)).toBe(true);
  });

  it('names steps by their printed numbers, and says who shares a step and the arrows its symbol sends inside the row', () => {
    const izin = flowchartTable(sop('verifikasi-berkas-izin'));
    const row = (n: number) => stepRows(izin).find((r) => r.step.number === n)!;
    expect(izin.symbolText(row(3), row(3).columns[0]!)).toBe('Petugas Loket: langkah 3, lanjut ke langkah 4 (No. 5), lanjut ke langkah 5 (No. 4).');
    expect(izin.symbolText(row(6), row(6).columns[0]!)).toBe('Kepala Bidang: langkah 6 (tanpa nomor) (keputusan), Jika Y: lanjut ke langkah 8 (No. 7), Jika T: lanjut ke langkah 7 (No. 6).');
    const pbg = flowchartTable(sop('penerbitan-persetujuan-bangunan-gedung'));
    const first = stepRows(pbg)[0]!;
    expect(pbg.symbolText(first, 0)).toBe(
      'Pemohon / Kuasa Pemohon: langkah 1 (mulai) bersama Petugas Front Office, Verifikator Berkas Administrasi, Pemohon / Kuasa Pemohon → Petugas Front Office, Pemohon / Kuasa Pemohon → Verifikator Berkas Administrasi, lanjut ke langkah 2.',
    );
    expect(pbg.symbolText(first, 1)).toBe('Petugas Front Office: langkah 1 (mulai) bersama Pemohon / Kuasa Pemohon, Verifikator Berkas Administrasi, lanjut ke langkah 2.');
  });

  it('writes what a page break interrupts in its connector rows, down the page and back up', () => {
    const izin = flowchartTable(sop('verifikasi-berkas-izin'));
    const [end, start] = connectorRows(izin);
    expect(izin.connectorText(end!)).toBe(
      'Bersambung ke langkah 6 (tanpa nomor) di halaman berikutnya; bersambung ke langkah 9 (tanpa nomor) di halaman berikutnya; bersambung ke langkah 6 (tanpa nomor) di halaman berikutnya; kembali ke langkah 1 dari halaman berikutnya',
    );
    expect(izin.connectorText(start!)).toMatch(/^Sambungan ke langkah 6 \(tanpa nomor\) dari halaman sebelumnya; .*; kembali ke langkah 1 di halaman sebelumnya$/);
  });
});

describe('the widths and page breaks of the table', () => {
  it('prints a table too wide for the page smaller, at the sum of its columns’ widths', () => {
    const { chart } = flowchartTable(sop('penerbitan-persetujuan-bangunan-gedung'));
    const c = chart.print.columns;
    expect(c.scale).toBeLessThan(1);
    // Every column once: each actor column's own width, not the plain one; the scale is no width.
    expect(printTableWidth({ no: 10, activity: 100, actor: 50, actors: [60, 70], scale: 0.5, gutter: 20, inputs: 5, time: 6, output: 7, notes: 8 })).toBe(286);
    expect(tableStyle(chart)).toContain(`;--fc-print-scale:${c.scale};--fc-print-width:${printTableWidth(c)}px`);
    const { chart: small } = flowchartTable(sop('tindak-lanjut-hasil-audit'));
    expect(tableStyle(small)).toMatch(/^--fc-gutter:\d+px;--fc-actors-w:\d+px$/);
  });

  it('widens a column header only where the labels need more than the least width', () => {
    const chart = { columnWidths: [ACTOR_COLUMN_MIN_WIDTH, ACTOR_COLUMN_MIN_WIDTH + 40, 10] };
    expect([0, 1, 2].map((c) => actorHeadStyle(chart, c))).toEqual([undefined, `width:${ACTOR_COLUMN_MIN_WIDTH + 40}px;min-width:${ACTOR_COLUMN_MIN_WIDTH + 40}px`, undefined]);
    expect(tableStyle({ columnWidths: chart.columnWidths, print: { columns: { gutter: 30, scale: 1 } } } as never)).toBe(`--fc-gutter:30px;--fc-actors-w:${3 * ACTOR_COLUMN_MIN_WIDTH + 40}px`);
  });

  it('breaks the page after the last row of each printed page but the last', () => {
    expect(breaksAfter([{ page: 1 }, { page: 1 }, { page: 2 }, { page: 2 }, { page: 3 }] as never)).toEqual([false, true, false, true, false]);
    const izin = flowchartTable(sop('verifikasi-berkas-izin'));
    const breaks = breaksAfter(izin.chart.rows);
    expect(breaks.filter(Boolean).length).toBe(izin.chart.print.pages.length - 1);
    expect(izin.chart.rows[breaks.indexOf(true)]!.kind).toBe('page-end');
  });
});

describe('the drawing as SVG', () => {
  it('turns cell edges into percentages around the cell’s origin, the gutter’s at its left edge', () => {
    expect([svgX('left', false), svgX('right', false), svgX('left', true), svgX('right', true), svgX(-12.5, false)]).toEqual(['-50%', '50%', '0', '100%', '-12.5']);
    expect([svgY('top'), svgY('bottom'), svgY(8)]).toEqual(['-50%', '50%', '8']);
  });

  it('draws arrowheads with their tip on the point, connectors and symbols centred on the origin', () => {
    expect(arrowheadPath(0, -13, 'down')).toBe('M0 -13l-4 -7h8z');
    expect(arrowheadPath(26, 'top', 'left')).toBe('M26 0l7 -4v8z');
    expect(pentagonPath(0)).toBe('M-9 -9H9V3L0 9L-9 3Z');
    expect(symbolOutline('decision')).toEqual({ points: '0,-18 22,0 0,18 -22,0' });
    expect(symbolOutline('terminator')).toEqual({ x: -26, y: -13, width: 52, height: 26, rx: 13 });
    expect(symbolOutline('process')).toMatchObject({ rx: 0 });
  });

  it('leaves a cell with nothing in it undrawn, and keeps a label’s words apart across its lines', () => {
    expect(isBlank({ wires: [], connectors: [], labels: [] })).toBe(true);
    expect(isBlank({ wires: [], connectors: [], labels: [], symbol: {} as never })).toBe(false);
    const lines = ['Berkas belum', 'lengkap/valid'];
    expect(lines.map((_, k) => labelLineText({ anchor: 'start', lines }, k))).toEqual(['Berkas belum ', 'lengkap/valid']);
    expect(lines.map((_, k) => labelLineText({ anchor: 'end', lines }, k))).toEqual(['Berkas belum', ' lengkap/valid']);
  });
});
