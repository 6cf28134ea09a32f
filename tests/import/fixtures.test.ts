// Import of generated PDFs with the traits of real signed SOPs (tools/sop-pdf.ts):
// each trait set must give back the steps, actors, waktu and decisions it was drawn from.
import { describe, expect, it } from 'vitest';
import { toFrontmatter } from '../../src/domain/import/frontmatter.ts';
import { recognise } from '../../src/domain/import/recognise.ts';
import { readPdf } from '../../src/node/pdf-import/read-pdf.ts';
import { BASE_SOP, GARBAGE_SET, LONG_SOP, MODEL_LIMITS_SOP, STATISTICS_SOP, TRAIT_SET, URAIAN_SOP, WARNING_SOP, expectedFrontmatter, makeSopPdf, type FixtureSop, type Traits } from '../../tools/sop-pdf.ts';
import { compareSops } from '../support/sop-compare.ts';
import { PDFDocument } from 'pdf-lib';

type Fm = Record<string, any>;

async function importFixture(sop: FixtureSop, traits: Partial<Traits>) {
  const { pages } = await readPdf(await makeSopPdf(sop, traits));
  const r = recognise(pages);
  if (!r.ok) throw new Error(r.reason);
  return { fm: toFrontmatter(r.sop, { file: 'x.pdf', date: '2026-12-02', unitId: 'tim' }) as Fm, sop: r.sop };
}

describe('fixture PDFs import with the steps, actors, waktu and decisions they were drawn with', () => {
  for (const f of TRAIT_SET.filter((t) => !t.traits.pictureTable))
    it(f.name, async () => {
      const { fm } = await importFixture(f.sop, f.traits);
      expect(compareSops(expectedFrontmatter(f.sop, f.traits), fm)).toEqual([]);
    });
});

describe('what each trait recovers', () => {
  it('rules as filled rectangles, curves for terminators: shapes as derived, actors marked as read from the drawing', async () => {
    const { fm } = await importFixture(BASE_SOP, { rules: 'R' });
    expect(fm.langkah.map((s: Fm) => s.no)).toEqual(['1', '2', '3', '4', '5']);
    // Terminators first and last, a decision, processes: all as the schema derives them, so no `bentuk`.
    expect(fm.langkah.some((s: Fm) => 'bentuk' in s)).toBe(false);
    expect(fm.langkah.every((s: Fm) => s.dugaan.includes('pelaksana'))).toBe(true);
    // A joint step: two symbols in one row.
    expect(fm.langkah[3].pelaksana).toEqual(['operator-pengolahan', 'kepala-bagian-umum']);
    // Ya goes on to the next step (short form, `ya` left out), Tidak back to step 2, read from the arrows.
    expect(fm.langkah[2].keputusan).toEqual({ tidak: 'langkah-2' });
    expect(fm.langkah[2].dugaan).toContain('keputusan');
    expect(fm.langkah[1].id).toBe('langkah-2');
  });

  it('identity, kop, labels as printed, boxes as lists; the e-sign footer is dropped', async () => {
    const { fm } = await importFixture(LONG_SOP, { rules: 'R', rowsPerPage: [4, 4], tableOnPage1: false });
    expect(fm.nomor).toBe('SOP-012/17000/2025');
    expect(fm.nama).toBe('Pengadaan Barang Melalui E-Katalog');
    expect(fm.kop).toEqual(['BADAN PUSAT STATISTIK', 'PROVINSI CONTOH', 'TIM STATISTIK SOSIAL']);
    // "31-9-2023" is no date: kept as printed, never turned into one.
    expect(fm.tanggal_pembuatan).toBeUndefined();
    expect(fm.tertulis).toEqual({ tanggal_pembuatan: '31-9-2023' });
    expect(fm.tanggal_efektif).toBe('2023-10');
    expect(fm.label).toEqual({ tanggal_efektif: 'Tanggal Pengesahan' });
    expect(fm.disahkan_oleh).toEqual({ jabatan: 'Kepala BPS Provinsi Contoh', nama: 'Budi Santoso', nip: '19700101 199003 1 002' });
    expect(fm.dasar_hukum).toEqual(['Undang-Undang Nomor 16 Tahun 1997 tentang Statistik', 'Peraturan BPS Nomor 5 Tahun 2020']);
    expect(fm.keterkaitan).toEqual([{ judul: 'SOP Pencacahan Lapangan' }]);
    expect(fm.peralatan_perlengkapan).toEqual(['Komputer', 'Aplikasi pengolahan']);
    expect(JSON.stringify(fm)).not.toMatch(/ditandatangani|Pindai kode QR/);
  });

  it('a box label other than the template\'s, a keterkaitan by number, an invalid NIP kept as printed', async () => {
    const sop: FixtureSop = {
      ...BASE_SOP,
      disahkan: ['Kepala BPS Provinsi Contoh', 'Budi Santoso', 'NIP. 19700101 199003 1 00'],
      boxes: BASE_SOP.boxes.map((b) =>
        b.label.startsWith('KUALIFIKASI') ? { ...b, label: 'Kualifikasi Pelaksanaan:' } : b.label.startsWith('KETERKAITAN') ? { ...b, items: ['SOP-032/17000/2025', 'SOP Pencacahan Lapangan'] } : b,
      ),
    };
    const { fm } = await importFixture(sop, {});
    expect(fm.label).toEqual({ kualifikasi_pelaksana: 'Kualifikasi Pelaksanaan' });
    expect(fm.keterkaitan).toEqual([{ nomor: 'SOP-032/17000/2025' }, { judul: 'SOP Pencacahan Lapangan' }]);
    expect(fm.disahkan_oleh).toEqual({ jabatan: 'Kepala BPS Provinsi Contoh', nama: 'Budi Santoso', nip: '' });
    expect(fm.tertulis).toEqual({ 'disahkan_oleh.nip': '19700101 199003 1 00' });
  });

  it('continuation pages without a header, off-page connectors, Y/T labels, a loop without a diamond', async () => {
    const variants: Partial<Traits>[] = [{ rules: 'R', rowsPerPage: [4, 4], tableOnPage1: false }, { rules: 'P', terminator: 'flattened', rowsPerPage: [5, 3] }];
    for (const traits of variants) {
      const { fm } = await importFixture(LONG_SOP, traits);
      expect(fm.langkah).toHaveLength(8);
      expect(fm.langkah.map((s: Fm) => s.no)).toEqual(['1.', '2.', '3.', '4.', '5.', '', '7.', '8.']);
      // Y/T are read as Ya/Tidak: the short form, Ya going on to the next step.
      expect(fm.langkah[3].keputusan).toEqual({ tidak: 'langkah-3' });
      // Step 7 loops back to 6 with no diamond, and goes on to 8: both drawn, both kept.
      expect(fm.langkah[6].lanjut).toEqual(['langkah-6', 'langkah-8']);
      expect(fm.langkah[6].dugaan).toContain('lanjut');
      expect(fm.langkah[4].lanjut).toBeUndefined();
    }
  });

  it('mid-word fragments re-join and a column-number row is no step', async () => {
    const { fm } = await importFixture(BASE_SOP, { fragments: true, columnNumbers: true });
    expect(fm.langkah).toHaveLength(5);
    expect(fm.langkah[0].kegiatan).toBe('Menerima dokumen hasil pencacahan dari lapangan');
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(BASE_SOP.actors);
    expect(fm.langkah.map((s: Fm) => s.waktu)).toEqual(BASE_SOP.steps.map((s) => s.waktu));
  });

  it('a raster flowchart: text imported, actors and shapes left empty with a note saying why', async () => {
    const { fm } = await importFixture(BASE_SOP, { rasterFlow: true });
    expect(fm.langkah).toHaveLength(5);
    expect(fm.langkah.every((s: Fm) => s.pelaksana === undefined && s.keputusan === undefined && s.bentuk === undefined)).toBe(true);
    expect(fm.impor.catatan.join(' ')).toMatch(/bagan alir berupa gambar/);
    // The actor columns' names are printed text: still read.
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(BASE_SOP.actors);
  });

  it('cell rectangles (flavour C): a process box is not taken for a cell, nor a cell for a box', async () => {
    const { fm } = await importFixture(BASE_SOP, { rules: 'C', terminator: 'flattened' });
    expect(fm.langkah.map((s: Fm) => s.pelaksana)).toEqual(['ketua-tim', 'operator-pengolahan', 'ketua-tim', ['operator-pengolahan', 'kepala-bagian-umum'], 'kepala-bagian-umum']);
  });

  it('a scanned page inside a document: the rest imported, the page named in a note', async () => {
    const { fm } = await importFixture(BASE_SOP, { scannedPage: true });
    expect(fm.langkah).toHaveLength(5);
    expect(fm.impor.catatan).toEqual(['halaman 2 berupa gambar tanpa teks: isinya tidak terbaca']);
  });

  it('a scan without text gives a reason, not a document', async () => {
    const doc = await PDFDocument.create();
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    doc.addPage([842, 595]).drawImage(await doc.embedPng(png), { x: 20, y: 20, width: 800, height: 555 });
    const r = recognise((await readPdf(await doc.save())).pages);
    expect(r).toEqual({ ok: false, kind: 'pindaian', reason: expect.stringMatching(/tidak ada lapisan teks/) });
  });

  it('a PDF of another layout (text, no SOP table) gives a reason', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    for (let i = 0; i < 20; i++) page.drawText(`Baris surat biasa nomor ${i}, tanpa tabel`, { x: 50, y: 800 - i * 20, size: 10 });
    const r = recognise((await readPdf(await doc.save())).pages);
    expect(r).toEqual({ ok: false, kind: 'tata-letak-lain', reason: expect.stringMatching(/tata letak lain/) });
  });
});

describe('arrows that would make the flow invalid', () => {
  it('are not used: the steps keep the order of the rows, and a note says so', async () => {
    const { importPdf } = await import('../../src/node/pdf-import/import-pdf.ts');
    // Step 2 jumps to step 4 and nothing leads to step 3: as drawn, step 3 cannot be reached.
    const sop: FixtureSop = {
      ...BASE_SOP,
      steps: BASE_SOP.steps.map((s) => ({ ...s, shape: s.shape === 'decision' ? 'process' : s.shape })),
      edges: [{ from: 0, to: 1 }, { from: 1, to: 3 }, { from: 2, to: 3 }, { from: 3, to: 4 }],
    };
    const r = await importPdf({ file: 'x.pdf', bytes: await makeSopPdf(sop, {}), organisation: '', date: '2026-12-02' });
    if (!r.ok) throw new Error(r.reason);
    const fm = r.frontmatter as Fm;
    expect(fm.langkah.some((s: Fm) => 'lanjut' in s)).toBe(false);
    expect(fm.impor.catatan).toEqual([expect.stringMatching(/^arah panah tidak dipakai \(alurnya tidak sah bila dipakai\): langkah /)]);
  });
});

/** A fixture of the trait set by name, imported. */
const traitFixture = (name: string) => {
  const f = TRAIT_SET.find((t) => t.name === name)!;
  return importFixture(f.sop, f.traits);
};

// Each failure the anatomy's §7 measured on a real archive, on the fixture drawn from its description.
describe('the template variants of a real archive (anatomy §7)', () => {
  it('a Peringatan sentence with "waktu" and "output" above the table is no header: the header the most rules cross is', async () => {
    const { fm } = await traitFixture('warning-mentions-header-words');
    expect(fm.langkah).toHaveLength(WARNING_SOP.steps.length);
    expect(fm.peringatan).toEqual(['Perhatikan waktu dan output tiap tahap']);
  });

  it('Output printed before Waktu: the columns are named by their header words, not by their order', async () => {
    const { fm } = await traitFixture('output-before-waktu');
    expect(fm.langkah.map((s: Fm) => s.waktu)).toEqual(BASE_SOP.steps.map((s) => s.waktu));
    expect(fm.langkah.map((s: Fm) => s.output)).toEqual(BASE_SOP.steps.map((s) => s.output));
  });

  it('header words 6.2 pt apart, and a header without rules between its cells: the columns come from the body\'s rules', async () => {
    for (const name of ['header-words-apart', 'header-without-rules']) {
      const { fm } = await traitFixture(name);
      expect(fm.pelaksana.map((a: Fm) => a.nama), name).toEqual(BASE_SOP.actors);
      expect(fm.langkah.map((s: Fm) => s.kelengkapan), name).toEqual(BASE_SOP.steps.map((s) => s.kelengkapan));
    }
  });

  it('a table printed as a picture under the identity text is refused as a picture, not as another layout', async () => {
    const f = TRAIT_SET.find((t) => t.name === 'picture-table')!;
    const r = recognise((await readPdf(await makeSopPdf(f.sop, f.traits))).pages);
    expect(r).toEqual({ ok: false, kind: 'tabel-gambar', reason: expect.stringMatching(/^tabel SOP berupa gambar \(halaman 1\)/) });
  });

  it('a Nama SOP of three lines centred on its label, the signer\'s name under the signature, whether the label is at the top or centred', async () => {
    for (const name of ['ruled-identity', 'ruled-identity-signer-centred']) {
      const { fm } = await traitFixture(name);
      expect(fm.nama, name).toBe(STATISTICS_SOP.nama);
      expect(fm.disahkan_oleh, name).toEqual({ jabatan: 'Kepala Badan Pusat Statistik Provinsi Contoh', nama: 'Dr. Budi Santoso, S.Si., M.Si.', nip: '19700101 199003 1 002' });
      expect(fm.nomor, name).toBe(STATISTICS_SOP.nomor);
      expect(fm.kop, name).toEqual(STATISTICS_SOP.kop);
    }
  });

  it('boxes with centred labels in a ruled grid: each box whole, the last row down to the table, an extra row in its own field', async () => {
    const { fm } = await traitFixture('ruled-identity');
    const items = (label: string) => STATISTICS_SOP.boxes.find((b) => b.label.startsWith(label))!.items;
    expect(fm.dasar_hukum).toEqual(items('DASAR HUKUM'));
    expect(fm.keterkaitan).toEqual(items('KETERKAITAN').map((judul) => ({ judul })));
    expect(fm.kualifikasi_pelaksana).toEqual(items('KUALIFIKASI'));
    expect(fm.peralatan_perlengkapan).toEqual(items('PERALATAN'));
    // The line-end hyphen of "prosedur-" / "prosedur" joins without a space.
    expect(fm.peringatan).toEqual(items('PERINGATAN'));
    expect(fm.pencatatan_pendataan).toEqual(items('PENCATATAN'));
    expect(fm.maksud_tujuan).toEqual([STATISTICS_SOP.extraRows![0]!.text]);
    expect(fm.label).toBeUndefined();
  });

  it('justified text (each word and space an item) under "Uraian Prosedur": the number in No, the words apart in Kegiatan', async () => {
    const { fm } = await traitFixture('uraian-prosedur-justified');
    expect(fm.langkah.map((s: Fm) => s.no)).toEqual(['1', '2', '3', '4', '5']);
    expect(fm.langkah.map((s: Fm) => s.kegiatan)).toEqual(URAIAN_SOP.steps.map((s) => s.kegiatan));
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(URAIAN_SOP.actors);
  });

  it('an actor name wrapped inside the header joins with a space', async () => {
    const { fm } = await traitFixture('actor-name-wrapped');
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(['Ketua Tim', 'Penanggungjawab dan Pengolah Data', 'Kepala Bagian Umum']);
  });

  it('a header rule missing on one page and another on the next: every column found, the column-number row no step', async () => {
    const { fm } = await traitFixture('header-rules-missing');
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(LONG_SOP.actors);
    expect(fm.langkah.map((s: Fm) => s.no)).toEqual(['1.', '2.', '3.', '4.', '5.', '', '7.', '8.']);
  });

  it('a column rule missing through a whole page and another through the next: the pages of one table share their rules', async () => {
    const { fm } = await traitFixture('column-rules-missing');
    expect(fm.pelaksana.map((a: Fm) => a.nama)).toEqual(LONG_SOP.actors);
    expect(fm.langkah.map((s: Fm) => s.pelaksana)).toEqual(['ppk', 'pejabat-pengadaan', 'pejabat-pengadaan', 'ppk', 'ppk', 'penyedia', 'pejabat-pengadaan', 'bendahara']);
  });

  it('a raster flowchart on one page: the vector page keeps its actors, the other is named in a note', async () => {
    const { fm } = await traitFixture('raster-flow-one-page');
    expect(fm.langkah.slice(0, 4).every((s: Fm) => s.pelaksana !== undefined)).toBe(true);
    expect(fm.langkah.slice(4).every((s: Fm) => s.pelaksana === undefined)).toBe(true);
    expect(fm.impor.catatan).toContainEqual(expect.stringMatching(/^halaman 3: bagan alir berupa gambar/));
  });

  it('open "V" arrowheads, exits starting 3 pt from the vertex, "Y"/"T" beside the vertex: the decision and the loop read', async () => {
    const { fm } = await traitFixture('open-arrowheads');
    expect(fm.langkah[3].keputusan).toEqual({ tidak: 'langkah-3' });
    // The loop back from step 7 to 6 keeps its direction: only the open heads say which way it runs.
    expect(fm.langkah[6].lanjut).toEqual(['langkah-6', 'langkah-8']);
  });

  it('a diamond whose exits are not read says so in the notes', async () => {
    const { fm } = await traitFixture('decision-without-exits');
    // The diamond is kept as drawn; its decision is not guessed.
    expect(fm.langkah[2].keputusan).toBeUndefined();
    expect(fm.langkah[2].bentuk).toBe('keputusan');
    expect(fm.impor.catatan).toContainEqual(expect.stringMatching(/^langkah 3: belah ketupat tanpa cabang yang terbaca/));
  });

  it('a closed blob inside an elbow connector is no process box; a tall terminator is no connector circle', async () => {
    const blob = await traitFixture('connector-blob');
    expect(blob.fm.langkah.map((s: Fm) => s.pelaksana)).toEqual(['ketua-tim', 'operator-pengolahan', 'ketua-tim', ['operator-pengolahan', 'kepala-bagian-umum'], 'kepala-bagian-umum']);
    const tall = await traitFixture('tall-terminator');
    expect(tall.fm.langkah[0].pelaksana).toBe('ketua-tim');
    expect(tall.sop.steps[0]!.shape).toBe('terminator');
  });

  it('no silent garbage: a table that yields no activity text, or only numbers, is refused with its reason', async () => {
    for (const f of GARBAGE_SET) {
      const r = recognise((await readPdf(await makeSopPdf(f.sop, f.traits))).pages);
      expect(r, f.name).toEqual({ ok: false, kind: 'tanpa-kegiatan', reason: expect.stringMatching(/^tabel terbaca (tanpa teks kegiatan|hanya berisi angka)/) });
    }
  });

  it('a joint row and unlabelled exits are written as drawn (issue 24\'s forms), marked dugaan, and nothing is invented', async () => {
    const { fm, sop } = await importFixture(MODEL_LIMITS_SOP, {});
    // A joint row: each actor's own symbol, and the arrow between them.
    expect(sop.steps[3]!.symbols).toEqual([{ actor: 1, shape: 'terminator' }, { actor: 2, shape: 'proses' }]);
    expect(sop.steps[3]!.rowArrows).toEqual([{ from: 1, to: 2 }]);
    const [first, second] = [fm.pelaksana[1].id, fm.pelaksana[2].id];
    expect(fm.langkah[3].bentuk).toEqual({ [first]: 'terminator', [second]: 'proses' });
    expect(fm.langkah[3].panah).toEqual([{ dari: first, ke: second }]);
    expect(fm.langkah[3].dugaan).toEqual(expect.arrayContaining(['bentuk', 'panah']));
    // A diamond with two unlabelled exits: one of them is taken, neither gets a label or a question.
    expect(sop.steps[2]!.branches?.map((b) => b.label)).toEqual([undefined, undefined]);
    expect(fm.langkah[2].keputusan).toEqual({ cabang: [{}, { ke: 'langkah-2' }] });
    expect(fm.langkah[2].dugaan).toContain('keputusan');
    expect(JSON.stringify(fm)).not.toMatch(/Cabang \d|pertanyaan/);
    expect(fm.impor.catatan).toEqual([]);
  });
});
