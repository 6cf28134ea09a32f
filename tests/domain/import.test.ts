// The importer's pure recognition: words from fragments, symbols by geometry whatever their encoding,
// dates as printed, the signatory, the organisation file.
import { describe, expect, it } from 'vitest';
import { readDrawing, rulePieces } from '../../src/domain/import/geometry.ts';
import { symbolEdges } from '../../src/domain/import/wires.ts';
import { readDate, readIdentity, readSignatory } from '../../src/domain/import/identity.ts';
import { placeUnit } from '../../src/domain/import/organisation.ts';
import type { PaintedPath, Point, TextRun } from '../../src/domain/import/page.ts';
import { cellText, joinLines, linesOf, listItems, wordsOf } from '../../src/domain/import/text.ts';

const run = (str: string, x: number, y = 100, size = 8): TextRun => ({ str, x, y, width: str.length * size * 0.5, size, font: 'f1' });
const ring = (pts: Point[]) => ({ points: pts, closed: true, curved: false });
const black = [0, 0, 0] as const, white = [255, 255, 255] as const;
const path = (subs: ReturnType<typeof ring>[], paint: { stroke?: boolean; fill?: boolean; fillColor?: readonly [number, number, number] }): PaintedPath => ({
  subpaths: subs,
  stroke: paint.stroke ?? false,
  fill: paint.fill ?? false,
  lineWidth: 0.75,
  fillColor: paint.fillColor ?? black,
  strokeColor: black,
});
const rect = (x0: number, y0: number, x1: number, y1: number): Point[] => [{ x: x0, y: y0 }, { x: x1, y: y0 }, { x: x1, y: y1 }, { x: x0, y: y1 }];
const area = { area: { x0: 0, y0: 0, x1: 500, y1: 500 }, boundaries: [0, 100, 200], rowRules: [] };

describe('words and lines', () => {
  it('joins mid-word fragments (gap under a space) and keeps real spaces', () => {
    const a = run('Kelen', 10);
    const b = run('gkapan', a.x + a.width + 0.3);
    const c = run('data', b.x + b.width + 2);
    expect(wordsOf([a, b, c]).map((w) => w.text)).toEqual(['Kelengkapan', 'data']);
  });
  it('a cell wrapped after "/" joins without a space; list items start new lines', () => {
    const lines = linesOf(wordsOf([run('Konsep Bahan/', 10, 100), run('Materi Diklat', 10, 90), run('1. Disposisi', 10, 80)]));
    expect(cellText(lines)).toBe('Konsep Bahan/Materi Diklat\n1. Disposisi');
  });
});

describe('symbols by geometry, whatever the encoding', () => {
  it('a process box: stroked rectangle after a white fill, counted once', () => {
    const box = rect(120, 100, 156, 114);
    const d = readDrawing([path([ring(box)], { fill: true, fillColor: white }), path([ring(box)], { stroke: true })], area);
    expect(d.symbols).toEqual([{ shape: 'process', box: { x0: 120, y0: 100, x1: 156, y1: 114 } }]);
  });
  it('a filled ring (outline converted to a fill) is a symbol; a cell rectangle is not', () => {
    const outer = rect(120, 100, 156, 114), inner = rect(120.5, 100.5, 155.5, 113.5);
    const d = readDrawing([path([ring(outer), ring(inner)], { fill: true }), path([ring(rect(100, 100, 200, 140))], { stroke: true })], area);
    expect(d.symbols.map((s) => s.shape)).toEqual(['process']);
  });
  it('a diamond, a pentagon, a flattened rounded rectangle, a curved one', () => {
    const diamond = [{ x: 150, y: 100 }, { x: 172, y: 111 }, { x: 150, y: 122 }, { x: 128, y: 111 }];
    const pentagon = [{ x: 300, y: 114 }, { x: 318, y: 114 }, { x: 318, y: 106 }, { x: 309, y: 100 }, { x: 300, y: 106 }];
    const flat: Point[] = [];
    for (let k = 0; k < 64; k++) {
      const a = (k / 64) * 2 * Math.PI;
      flat.push({ x: 400 + 18 * Math.sign(Math.cos(a)) * Math.min(1, Math.abs(Math.cos(a)) * 3), y: 200 + 8 * Math.sin(a) });
    }
    const curved = { points: rect(20, 300, 58, 316), closed: true, curved: true };
    const d = readDrawing([diamond, pentagon, flat].map((p) => path([ring(p)], { stroke: true })).concat(path([curved], { stroke: true })), area);
    expect(d.symbols.map((s) => s.shape)).toEqual(['decision', 'offpage', 'terminator', 'terminator']);
  });
  it('an arrowhead points at its tip; a stroked line is a wire', () => {
    const d = readDrawing(
      [path([{ points: [{ x: 150, y: 150 }, { x: 150, y: 120 }], closed: false, curved: false }], { stroke: true }), path([ring([{ x: 150, y: 116 }, { x: 148, y: 120 }, { x: 152, y: 120 }])], { fill: true })],
      area,
    );
    expect(d.arrowheads[0]!.tip).toEqual({ x: 150, y: 116 });
    expect(d.wires).toHaveLength(1);
  });
  it('rule pieces: filled thin rectangles and stroked cell edges', () => {
    const pieces = rulePieces([path([ring(rect(99.8, 0, 100.2, 40))], { fill: true }), path([ring(rect(0, 0, 100, 40))], { stroke: true })]);
    expect(pieces.vertical.map((v) => Math.round(v.x))).toEqual([100, 100, 0]);
    expect(pieces.horizontal.map((h) => h.y)).toEqual([0, 40]);
  });
});

describe('identity values', () => {
  it('dates as printed: a day, a month; an impossible date is no date', () => {
    expect(readDate('31 Agustus 2023')).toBe('2023-08-31');
    expect(readDate('2 Jan 2025')).toBe('2025-01-02');
    expect(readDate('Oktober 2023')).toBe('2023-10');
    expect(readDate('15/01/2025')).toBe('2025-01-15');
    expect(readDate('31-9-2023')).toBeUndefined();
    expect(readDate('akhir tahun')).toBeUndefined();
  });
  it('the signatory: jabatan, nama, NIP', () => {
    expect(readSignatory(['Kepala Dinas', 'Dr. Ani, M.Si', 'NIP. 19650809 198603 1 012'])).toEqual({ jabatan: 'Kepala Dinas', nama: 'Dr. Ani, M.Si', nip: '19650809 198603 1 012' });
    expect(readSignatory(['—'])).toBeUndefined();
  });
});

describe('identity values in a ruled block', () => {
  const page = (texts: TextRun[], paths: PaintedPath[]) => ({ page: { number: 1, width: 842, height: 595, texts, paths, images: [] }, words: wordsOf(texts), rules: rulePieces(paths) });
  const hRule = (y: number) => path([ring(rect(470, y - 0.2, 800, y + 0.2))], { fill: true });
  it('a value is every line of its row, above its label\'s line too; the signer\'s name after the signature\'s blank', () => {
    const texts = [
      run('Nomor SOP', 475, 560), run(':', 550, 560), run('SOP-1/2/3', 556, 560),
      run('Disahkan oleh', 475, 520), run(':', 550, 520), run('Kepala Badan', 556, 540), run('Dr. Ani', 556, 490), run('NIP. 19650809 198603 1 012', 556, 480),
      run('Nama SOP', 475, 455), run(':', 550, 455), run('Penyusunan Publikasi', 556, 463), run('Daerah Tahunan', 556, 453),
    ];
    const id = readIdentity(page(texts, [hRule(570), hRule(550), hRule(470), hRule(440)]));
    expect(id.values.nama).toBe('Penyusunan Publikasi Daerah Tahunan');
    expect(id.values.nomor).toBe('SOP-1/2/3');
    expect(readSignatory(id.valueLines.disahkan_oleh!, id.valueBreaks.disahkan_oleh)).toEqual({ jabatan: 'Kepala Badan', nama: 'Dr. Ani', nip: '19650809 198603 1 012' });
  });
  it('a value printed wholly above its label\'s line, inside the label\'s row', () => {
    const texts = [run('Nomor SOP', 475, 560), run(':', 550, 560), run('SOP-1/2/3', 556, 560), run('Nama SOP', 475, 449), run(':', 550, 449), run('Penyusunan', 556, 464), run('Publikasi', 556, 455)];
    expect(readIdentity(page(texts, [hRule(570), hRule(550), hRule(470), hRule(440)])).values.nama).toBe('Penyusunan Publikasi');
  });
  it('rules only around the whole block are no rows: each value stays on its label\'s line', () => {
    const texts = [run('Nomor SOP', 475, 560), run(':', 550, 560), run('SOP-1/2/3', 556, 560), run('Nama SOP', 475, 545), run(':', 550, 545), run('Pelayanan Data', 556, 545)];
    const id = readIdentity(page(texts, [hRule(570), hRule(535)]));
    expect([id.values.nomor, id.values.nama]).toEqual(['SOP-1/2/3', 'Pelayanan Data']);
  });
});

describe('organisasi.yaml', () => {
  const org = '# kept\ninstansi:\n  - id: bps\n    nama: Badan Pusat Statistik\n    unit:\n      - id: tim-sosial\n        nama: Tim Statistik Sosial\n';
  it('reuses a unit with the same name, the file unchanged', () => {
    expect(placeUnit(org, ['BADAN PUSAT STATISTIK', 'Provinsi X', 'tim statistik sosial'])).toEqual({ unitId: 'tim-sosial', text: org, added: [] });
  });
  it('adds the missing levels under the existing instansi, keeping comments', () => {
    const p = placeUnit(org, ['Badan Pusat Statistik', 'Provinsi Bengkulu', 'Tim Umum']);
    expect(p.unitId).toBe('tim-umum');
    expect(p.added).toEqual(['Provinsi Bengkulu', 'Tim Umum']);
    expect(p.text).toContain('# kept');
    expect(p.text).toMatch(/- id: provinsi-bengkulu\n\s+nama: Provinsi Bengkulu\n\s+unit:\n\s+- id: tim-umum/);
  });
  it('starts the file when there is none', () => {
    const p = placeUnit('', ['Pemda', 'Dinas', 'Bidang']);
    expect(p.text).toMatch(/^instansi:\n  - id: pemda/);
    expect(p.unitId).toBe('bidang');
  });
});

describe('words broken by a narrow cell', () => {
  const cell = { x0: 0, x1: 40 };
  const line = (str: string, y: number, x = 3) => linesOf(wordsOf([run(str, x, y)]))[0]!;
  it('re-joins a word that filled its line to the edge', () => {
    // run() gives 4 pt a character: "konsulta" is 32 pt wide, from 3 to 35, against a right edge at 37.
    expect(cellText([line('Sesuai', 100), line('waktu', 90), line('konsulta', 80), line('si', 70)], cell)).toBe('Sesuai waktu konsultasi');
    expect(cellText([line('ESELON/FUN', 100, 0.5), line('GSIONAL', 90)], { x0: 0, x1: 41 })).toBe('ESELON/FUNGSIONAL');
  });
  it('keeps the space of an ordinary wrap, centred text included', () => {
    expect(cellText([line('PETUGAS', 100, 6), line('TEKNIS', 90, 8)], { x0: 0, x1: 60 })).toBe('PETUGAS TEKNIS');
    expect(cellText([line('Dokumen', 100), line('data', 90)], cell)).toBe('Dokumen data');
  });
});

describe('impor.catatan on the compliance report', () => {
  it('one warning per note, at its line', async () => {
    const { ORGANISATION, VALID_SOP } = await import('../fixtures/minimal.ts');
    const { parseCorpus } = await import('../../src/domain/model/corpus.ts');
    const { checkCorpus } = await import('../../src/domain/validate/index.ts');
    const text = VALID_SOP.replace('unit: bidang-satu\n', 'unit: bidang-satu\nimpor:\n  berkas: a.pdf\n  tanggal: 2026-12-02\n  catatan:\n    - "halaman 3 berupa gambar"\n    - "NIP tercetak tidak sah"\n');
    const findings = checkCorpus(parseCorpus(ORGANISATION, [{ file: 'content/sop/a.mdx', text }])).filter((f) => f.code === 'impor-tak-terbaca');
    expect(findings.map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 9, 'Diimpor dari PDF; tidak terbaca: halaman 3 berupa gambar'],
      ['warning', 10, 'Diimpor dari PDF; tidak terbaca: NIP tercetak tidak sah'],
    ]);
  });
});

describe('impor-no-bukan-nomor: an imported step whose No. is not a printed number', () => {
  it('is flagged at its line on an import, never on a typed document or a printed number', async () => {
    const { ORGANISATION, sopWith, lineOf } = await import('../fixtures/minimal.ts');
    const { parseCorpus } = await import('../../src/domain/model/corpus.ts');
    const { checkCorpus } = await import('../../src/domain/validate/index.ts');
    const glued = sopWith('  - kegiatan: Memerintahkan anggota tim\n', '  - no: "1Penggunalayananmengisibukutamu"\n    kegiatan: Memerintahkan anggota tim\n');
    const numbered = sopWith('    kegiatan: Menyusun draf\n', '    no: "2."\n    kegiatan: Menyusun draf\n', glued);
    const imported = sopWith('unit: bidang-satu\n', 'unit: bidang-satu\nimpor:\n  berkas: a.pdf\n  tanggal: 2026-12-02\n', numbered);
    const codes = (text: string) => checkCorpus(parseCorpus(ORGANISATION, [{ file: 'content/sop/a.mdx', text }])).filter((f) => f.code === 'impor-no-bukan-nomor');
    expect(codes(imported).map((f) => [f.severity, f.line, f.step, f.message])).toEqual([
      ['warning', lineOf(imported, '1Penggunalayanan'), 1, 'langkah 1: kolom No. berisi "1Penggunalayananmengisibukutam…", bukan nomor langkah tercetak; kolom tabelnya mungkin terbaca salah — periksa dengan PDF aslinya'],
    ]);
    expect(codes(numbered)).toEqual([]);
  });
});

describe('connectors are not symbols', () => {
  it('an elbow drawn as a thin filled outline polygon is a wire, however many vertices it has', () => {
    const elbow = [{ x: 130, y: 150 }, { x: 130.8, y: 150 }, { x: 130.8, y: 120.8 }, { x: 170, y: 120.8 }, { x: 170, y: 120 }, { x: 130, y: 120 }];
    const d = readDrawing([path([ring(elbow)], { fill: true, fillColor: [79, 129, 189] })], area);
    expect(d.symbols).toEqual([]);
    expect(d.wires.length).toBeGreaterThan(0);
  });
});

describe('what real archives draw (anatomy §7)', () => {
  const line = (pts: Point[]) => ({ points: pts, closed: false, curved: false });
  it('an open "V" head (two stroked strokes) is an arrowhead, not two wires; an elbow\'s short legs are no head', () => {
    const shaft = line([{ x: 150, y: 150 }, { x: 150, y: 120 }]);
    const legs = [line([{ x: 148, y: 124 }, { x: 150, y: 120 }]), line([{ x: 152, y: 124 }, { x: 150, y: 120 }])];
    const d = readDrawing([path([shaft], { stroke: true }), path(legs, { stroke: true })], area);
    expect(d.arrowheads.map((h) => h.tip)).toEqual([{ x: 150, y: 120 }]);
    expect(d.wires).toHaveLength(1);
    const elbow = readDrawing([path([line([{ x: 300, y: 300 }, { x: 300, y: 295 }, { x: 305, y: 295 }])], { stroke: true })], area);
    expect(elbow.arrowheads).toEqual([]);
  });
  it('a diamond\'s exit that starts 3 pt short of its vertex leaves it; "Y" beside the vertex, inside the diamond\'s box, labels it', () => {
    const diamond = { shape: 'decision' as const, box: { x0: 100, y0: 100, x1: 144, y1: 122 } };
    const target = { shape: 'process' as const, box: { x0: 104, y0: 50, x1: 140, y1: 64 } };
    const wires = [{ a: { x: 122, y: 97 }, b: { x: 122, y: 64 } }];
    const heads = [{ tip: { x: 122, y: 64 }, box: { x0: 120, y0: 64, x1: 124, y1: 68 } }];
    const y = { text: 'Y', x0: 104, x1: 108, y: 101.2, size: 6, font: 'f1' };
    expect(symbolEdges({ symbols: [diamond, target], arrowheads: heads, wires }, [y])).toEqual([{ from: 0, to: 1, label: 'Y' }]);
  });
  it('a 17 × 7.5 pt closed rectangle is no process box; a rounded 34 × 31 pt shape is a terminator, a 12 pt one a connector', () => {
    const small = readDrawing([path([ring(rect(200, 200, 217, 207.5))], { stroke: true })], area);
    expect(small.symbols).toEqual([]);
    const rounded = (x: number, w: number, h: number) => ({ points: rect(x, 300, x + w, 300 + h), closed: true, curved: true });
    const d = readDrawing([path([rounded(20, 34, 31)], { stroke: true }), path([rounded(200, 12, 12)], { stroke: true })], area);
    expect(d.symbols.map((s) => s.shape)).toEqual(['terminator', 'circle']);
  });
  it('wrapped lines: a line-end hyphen inside a word joins, a list item goes on across lines', () => {
    expect(joinLines('prosedur-', 'prosedur ralat')).toBe('prosedur-prosedur ralat');
    expect(joinLines('Bahan/', 'Materi')).toBe('Bahan/Materi');
    expect(joinLines('Ya -', 'lanjut')).toBe('Ya - lanjut');
    expect(listItems(['1. Dikoreksi menurut prosedur-', 'prosedur ralat', '2. Arsip'])).toEqual(['Dikoreksi menurut prosedur-prosedur ralat', 'Arsip']);
  });
  it('header lines join with a space: a centred name\'s widest line does not "fill" its cell', () => {
    const cell = { x0: 0, x1: 72 };
    // "Penanggungjawab" centred (62 pt wide, 5 pt either side), then "dan Pengolah Data".
    const lines = [linesOf(wordsOf([{ ...run('Penanggungjawab', 5, 100), width: 62 }]))[0]!, linesOf(wordsOf([run('dan Pengolah Data', 2, 90)]))[0]!];
    expect(cellText(lines, cell, { header: true })).toBe('Penanggungjawab dan Pengolah Data');
    expect(cellText([linesOf(wordsOf([run('ESELON/FUN', 0.5, 100)]))[0]!, linesOf(wordsOf([run('GSIONAL', 8, 90)]))[0]!], { x0: 0, x1: 41 }, { header: true })).toBe('ESELON/FUNGSIONAL');
  });
});
