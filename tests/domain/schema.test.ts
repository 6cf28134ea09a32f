import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/domain/findings/finding.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { corpusOf, lineOf, sopWith, VALID_SOP } from '../fixtures/minimal.ts';

const FILE = 'content/sop/contoh.mdx';

function errorsOf(text: string, file = FILE) {
  return corpusOf({ [file]: text }).findings.filter((f) => f.severity === 'error');
}

describe('the seed documents', () => {
  it('all eleven pass the schemas with no error', async () => {
    const corpus = await readCorpus(process.cwd());
    expect(corpus.findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect([...corpus.sops.keys()].sort()).toEqual([
      'bimbingan-pendampingan-lapangan',
      'konsultasi-perijinan-kelembagaan-koperasi',
      'layanan-konsultasi-informasi-pasca-pelatihan',
      'pelaksanaan-kegiatan-diklat',
      'pelayanan-konsultasi',
      'pendaftaran-narasumber',
      'penyiapan-bahan-materi-diklat',
      'penyiapan-sarana-prasarana-diklat',
      'permintaan-data-informasi-offline',
      'permintaan-narasumber',
    ]);
    expect([...corpus.standards.keys()]).toEqual(['pelayanan-konsultasi']);
  });
});

describe('a valid SOP', () => {
  const corpus = corpusOf({ [FILE]: VALID_SOP });
  const sop = corpus.sops.get('contoh')!;

  it('parses with no finding and maps the Indonesian keys onto the model', () => {
    expect(corpus.findings).toEqual([]);
    expect(sop.id).toBe('sop/contoh');
    expect(sop.data).toMatchObject({
      number: '061/ 100.1 /CONTOH',
      title: 'Contoh Prosedur',
      unitId: 'bidang-satu',
      dates: { created: { year: 2023, month: 8, day: 31 }, effective: { year: 2023, month: 9 } },
      approvedBy: { name: 'Drs. Contoh, MM', nip: '19650809 198603 1 012' },
      related: [{ title: 'SOP Surat Masuk' }],
      actors: [{ id: 'ketua-tim', label: 'Ketua Tim Kerja' }, { id: 'anggota-tim', label: 'Anggota Tim Kerja' }],
    });
    expect(sop.data.dates.revised).toBeUndefined();
  });

  it('numbers steps from their order and resolves decision targets to numbers', () => {
    expect(sop.data.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(sop.data.steps[2]).toMatchObject({ actorIds: ['ketua-tim', 'anggota-tim'], decision: { question: 'Draf disetujui?', branches: [{ label: 'Ya', to: 4, short: 'yes' }, { label: 'Tidak', to: 2, short: 'no' }] } });
    expect(sop.data.steps.map((s) => s.printedNumber)).toEqual(['1', '2', '3', '4']);
    expect(sop.data.steps.every((s) => s.inferred.length === 0 && s.next === undefined && !s.ends)).toBe(true);
    expect(sop.data.steps[0]!.duration).toEqual({ kind: 'exact', text: '10 Menit', amount: { min: 10, max: 10, unit: 'menit' } });
    expect(sop.data.steps[3]!.duration).toEqual({ kind: 'variable', text: 'Sesuai waktu konsultasi' });
  });
});

// Each broken document fails with its own message, at the line of the offending value.
describe('broken frontmatter', () => {
  it.each([
    {
      name: 'missing required field',
      text: sopWith('nama: Contoh Prosedur\n', ''),
      line: 2,
      message: 'nama: wajib diisi: teks',
    },
    {
      name: 'unknown actor id',
      text: sopWith('pelaksana: anggota-tim\n    waktu: 1 Jam', 'pelaksana: ketua\n    waktu: 1 Jam'),
      at: 'pelaksana: ketua\n',
      message: 'langkah 2 › pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)',
    },
    {
      name: 'unknown actor id in a list',
      text: sopWith('[ketua-tim, anggota-tim]', '[ketua-tim, kadis]'),
      at: 'pelaksana: [ketua-tim, kadis]',
      message: 'langkah 3 › pelaksana 2: "kadis" bukan pelaksana SOP ini',
    },
    {
      name: 'unknown unit id',
      text: sopWith('unit: bidang-satu', 'unit: bidang-tiga'),
      at: 'unit: bidang-tiga',
      message: 'unit: "bidang-tiga" tidak ada di content/organisasi.yaml (pemprov-contoh, dinas-contoh, bidang-satu, bidang-dua)',
    },
    {
      name: 'impossible date',
      text: sopWith('tanggal_pembuatan: 2023-08-31', 'tanggal_pembuatan: "2023-09-31"'),
      at: 'tanggal_pembuatan:',
      message: 'tanggal_pembuatan: tanggal "2023-09-31" tidak ada di kalender',
    },
    {
      name: 'decision target out of range',
      text: sopWith('tidak: susun-draf', 'tidak: langkah-sembilan'),
      at: 'tidak: langkah-sembilan',
      message: 'langkah 3 › keputusan › tidak: langkah tujuan "langkah-sembilan" tidak ada; id langkah yang ada: susun-draf',
    },
    {
      name: 'unknown key (a typo)',
      text: sopWith('dasar_hukum:', 'dasar_hokum:'),
      at: 'dasar_hokum:',
      message: 'kunci tidak dikenal: "dasar_hokum"',
    },
    {
      name: 'an actor id used twice',
      text: sopWith('  - id: anggota-tim\n    nama: Anggota', '  - id: ketua-tim\n    nama: Anggota'),
      at: '  - id: ketua-tim\n    nama: Anggota',
      message: 'pelaksana 2 › id: id pelaksana "ketua-tim" dipakai dua kali',
    },
    {
      name: 'a list written as text',
      text: sopWith('dasar_hukum:\n  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'dasar_hukum: Undang-Undang Nomor 25'),
      at: 'dasar_hukum: Undang',
      message: 'dasar_hukum: harus daftar, bukan "Undang-Undang Nomor 25"',
    },
    {
      name: 'broken YAML',
      text: sopWith('nama: Contoh Prosedur', 'nama: "Contoh Prosedur'),
      line: 3,
      message: 'YAML tidak terbaca: Missing closing "quote',
    },
  ])('$name', ({ text, at, line, message }) => {
    const errors = errorsOf(text);
    expect(errors.map(formatFinding).join('\n')).toContain(message);
    const finding = errors.find((e) => e.message.includes(message))!;
    expect(finding.file).toBe(FILE);
    expect(finding.line).toBe(line ?? lineOf(text, at!));
    expect(finding.column).toBeGreaterThan(0);
  });

  it('formats a finding as path:line:col  severity  code  message', () => {
    const text = sopWith('unit: bidang-satu', 'unit: bidang-tiga');
    const [finding] = errorsOf(text);
    expect(formatFinding(finding!)).toMatch(new RegExp(`^${FILE}:${lineOf(text, 'unit: bidang-tiga')}:7  error  unit-tidak-dikenal  unit: "bidang-tiga" tidak ada di content/organisasi\\.yaml`));
  });

  it('never rejects a waktu: an unknown form is kept as written', () => {
    const text = sopWith('waktu: 1 Jam', 'waktu: 1 Jem');
    expect(errorsOf(text)).toEqual([]);
    expect(corpusOf({ [FILE]: text }).sops.get('contoh')!.data.steps[1]!.duration).toEqual({ kind: 'unknown', text: '1 Jem' });
  });

  it('rejects a file outside the naming pattern', () => {
    const errors = errorsOf(VALID_SOP, 'content/sop/Contoh SOP.mdx');
    expect(errors[0]).toMatchObject({ code: 'nama-berkas', file: 'content/sop/Contoh SOP.mdx' });
  });

  it('drops no document silently: a broken one is reported and absent, the others stay', () => {
    const corpus = corpusOf({ [FILE]: sopWith('nama: Contoh Prosedur\n', ''), 'content/sop/lain.mdx': VALID_SOP });
    expect([...corpus.sops.keys()]).toEqual(['lain']);
    expect(corpus.findings).toHaveLength(1);
  });
});
