import { describe, expect, it } from 'vitest';
import { parseCorpus, type ReferenceDate } from '../../src/domain/model/index.ts';
import { addMonths } from '../../src/domain/model/index.ts';
import { monitoringStates, printedAfter } from '../../src/domain/monitoring/index.ts';
import { checkCorpus } from '../../src/domain/validate/index.ts';
import { formatFinding } from '../../src/domain/findings/index.ts';
import { ORGANISATION, VALID_SOP, lineOf, sopWith } from '../fixtures/minimal.ts';

/** Monitoring and evaluation records: read with positions, checked against their SOP and the reference date. */
const AS_OF: ReferenceDate = { iso: '2026-11-20', basis: 'commit', commit: 'abc' };

const MONITORING = `tanggal: 2026-06-15
penilai:
  nama: Dra. Siti Aminah
  jabatan: Kepala Sub Bagian Umum
metode: Observasi supervisor
langkah:
  - langkah: 1
    penilaian: Berjalan dengan baik
  - langkah: 3
    penilaian: Tidak berjalan dengan baik
    catatan: Draf sering kembali dua kali
    tindakan: Daftar periksa draf
`;

const EVALUATION = `tanggal: 2026-07-01
penilai:
  nama: Ir. Budi
kriteria:
  - uraian: Mudah dipahami
    penilaian: ya
  - uraian: Mudah dilaksanakan
    penilaian: tidak
    catatan: Langkah 3 berulang
kesimpulan: direvisi
`;

/** `null`: a corpus read from texts alone, with no reference date. */
function corpusWith(files: Record<string, string>, asOf: ReferenceDate | null = AS_OF) {
  return parseCorpus(ORGANISATION, Object.entries({ 'content/sop/contoh.mdx': VALID_SOP, ...files }).map(([file, text]) => ({ file, text })), asOf ?? undefined);
}
const monevLines = (corpus: ReturnType<typeof corpusWith>) =>
  checkCorpus(corpus).filter((f) => f.file.startsWith('content/pemantauan/') || f.file.startsWith('content/evaluasi/')).map(formatFinding);

describe('a monitoring record', () => {
  it('reads the columns of the regulation\'s table into the model, the SOP from its folder', () => {
    const corpus = corpusWith({ 'content/pemantauan/contoh/2026-06-15.yaml': MONITORING });
    expect(monevLines(corpus)).toEqual([]);
    const [record] = corpus.monitoring;
    expect(record).toMatchObject({ sopSlug: 'contoh', documentId: 'sop/contoh', kind: 'monitoring' });
    expect(record!.data).toEqual({
      date: { year: 2026, month: 6, day: 15, iso: '2026-06-15' },
      assessor: { name: 'Dra. Siti Aminah', position: 'Kepala Sub Bagian Umum' },
      method: 'Observasi supervisor',
      steps: [
        { step: 1, working: true, note: '', action: '' },
        { step: 3, working: false, note: 'Draf sering kembali dua kali', action: 'Daftar periksa draf' },
      ],
    });
  });

  it('reports a step the SOP does not have, at its value', () => {
    const text = MONITORING.replace('langkah: 3', 'langkah: 9');
    expect(monevLines(corpusWith({ 'content/pemantauan/contoh/2026-06-15.yaml': text }))).toEqual([
      `content/pemantauan/contoh/2026-06-15.yaml:${lineOf(text, 'langkah: 9')}:14  error  monev-langkah-tidak-ada  langkah 9: SOP Contoh Prosedur hanya punya 4 langkah; tulis nomor urut langkah yang dinilai`,
    ]);
  });

  it('reports a date after the reference date, and says which date that was', () => {
    const text = MONITORING.replace('2026-06-15', '2027-01-05');
    expect(monevLines(corpusWith({ 'content/pemantauan/contoh/2027-01-05.yaml': text }))).toEqual([
      'content/pemantauan/contoh/2027-01-05.yaml:1:10  error  monev-tanggal-mendatang  tanggal 2027-01-05 sesudah tanggal acuan 2026-11-20 (tanggal commit terbaru folder content/): catatan pemantauan tidak bertanggal di masa depan; periksa tanggalnya',
    ]);
    // Without a reference date (a corpus read from texts alone) no date is in the future.
    expect(monevLines(corpusWith({ 'content/pemantauan/contoh/2027-01-05.yaml': text }, null))).toEqual([]);
  });

  it('reports a folder that names no published SOP, or a draft', () => {
    const draft = sopWith('unit: bidang-satu', 'unit: bidang-satu\nstatus: draf').replace('nomor: 061/ 100.1 /CONTOH', 'nomor: 061/ 100.9 /CONTOH');
    expect(monevLines(corpusWith({ 'content/sop/konsep.mdx': draft, 'content/pemantauan/tidak-ada/2026-06-15.yaml': MONITORING, 'content/evaluasi/konsep/2026-07-01.yaml': EVALUATION }))).toEqual([
      'content/evaluasi/konsep/2026-07-01.yaml:1:1  error  monev-sop-tidak-ada  SOP "konsep" masih draf (status: draf): catatan evaluasi hanya untuk SOP yang terbit',
      'content/pemantauan/tidak-ada/2026-06-15.yaml:1:1  error  monev-sop-tidak-ada  tidak ada SOP ber-id "tidak-ada" (content/sop/tidak-ada.mdx): nama folder catatan pemantauan adalah id SOP-nya',
    ]);
  });

  it('reports what the schema refuses: names, dates, values, a step assessed twice', () => {
    const files = {
      'content/pemantauan/contoh/15-06-2026.yaml': MONITORING,
      'content/pemantauan/contoh.yaml': MONITORING,
      'content/pemantauan/contoh/2026-06-16.yaml': MONITORING,
      'content/pemantauan/contoh/2026-06-17.yaml': MONITORING.replace('2026-06-15', '2026-06').replace('Berjalan dengan baik', 'baik sekali'),
      // Checked once the values are right: the same step twice.
      'content/pemantauan/contoh/2026-06-18.yaml': MONITORING.replace('2026-06-15', '2026-06-18').replace('langkah: 3', 'langkah: 1'),
    };
    const lines = monevLines(corpusWith(files));
    expect(lines).toEqual([
      'content/pemantauan/contoh.yaml:1:1  error  nama-berkas  nama berkas harus content/pemantauan/<id-sop>/<tanggal>.yaml (mis. content/pemantauan/pelayanan-konsultasi/2026-06-15.yaml; tambahkan -2 bila ada dua catatan sehari)',
      'content/pemantauan/contoh/15-06-2026.yaml:1:1  error  nama-berkas  nama berkas harus content/pemantauan/<id-sop>/<tanggal>.yaml (mis. content/pemantauan/pelayanan-konsultasi/2026-06-15.yaml; tambahkan -2 bila ada dua catatan sehari)',
      'content/pemantauan/contoh/2026-06-16.yaml:1:10  error  nama-berkas  tanggal 2026-06-15 berbeda dari nama berkasnya (2026-06-16.yaml): nama berkas diawali tanggal catatan; samakan keduanya',
      'content/pemantauan/contoh/2026-06-17.yaml:1:10  error  schema  tanggal: tulis tanggal lengkap YYYY-MM-DD: catatan pemantauan dan evaluasi bertanggal',
      'content/pemantauan/contoh/2026-06-17.yaml:8:16  error  schema  langkah 1 › penilaian: penilaian harus salah satu dari: "berjalan dengan baik", "tidak berjalan dengan baik"',
      'content/pemantauan/contoh/2026-06-18.yaml:9:14  error  schema  langkah 2 › langkah: langkah 1 sudah dinilai di baris 1 catatan ini',
    ]);
  });
});

describe('an evaluation record', () => {
  it('reads the criteria with yes/no and notes, and the conclusion', () => {
    const corpus = corpusWith({ 'content/evaluasi/contoh/2026-07-01.yaml': EVALUATION });
    expect(monevLines(corpus)).toEqual([]);
    expect(corpus.evaluations[0]!.data).toEqual({
      date: { year: 2026, month: 7, day: 1, iso: '2026-07-01' },
      assessor: { name: 'Ir. Budi', position: '' },
      criteria: [{ text: 'Mudah dipahami', met: true, note: '' }, { text: 'Mudah dilaksanakan', met: false, note: 'Langkah 3 berulang' }],
      conclusion: 'revise',
      note: '',
    });
  });

  it('refuses a conclusion that is not keep, revise or revoke, and an unknown key', () => {
    const text = EVALUATION.replace('kesimpulan: direvisi', 'kesimpulan: diperbaiki\nrekomendasi: x');
    expect(monevLines(corpusWith({ 'content/evaluasi/contoh/2026-07-01.yaml': text }))).toEqual([
      'content/evaluasi/contoh/2026-07-01.yaml:10:13  error  schema  kesimpulan: kesimpulan harus salah satu dari: dipertahankan, direvisi, dicabut',
      'content/evaluasi/contoh/2026-07-01.yaml:11:1  error  schema  rekomendasi: kunci tidak dikenal: "rekomendasi" (lihat rujukan frontmatter di README)',
    ]);
  });
});

describe('the monitoring cycle', () => {
  it('adds six calendar months, the 31st falling back to the month\'s last day', () => {
    expect(addMonths('2026-06-15', 6)).toBe('2026-12-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('is never monitored without a record, current within six months, overdue after', () => {
    const files = { 'content/pemantauan/contoh/2026-06-15.yaml': MONITORING };
    expect(monitoringStates(corpusWith({})).get('sop/contoh')!.state).toBe('never');
    expect(monitoringStates(corpusWith(files, { iso: '2026-12-15', basis: 'commit' })).get('sop/contoh')).toMatchObject({ state: 'current', due: '2026-12-15' });
    expect(monitoringStates(corpusWith(files, { iso: '2026-12-16', basis: 'commit' })).get('sop/contoh')!.state).toBe('overdue');
    // Without a reference date nothing is called overdue.
    expect(monitoringStates(corpusWith(files, null)).get('sop/contoh')!.state).toBe('current');
  });

  it('gives the steps the last monitoring found not working, with the SOP\'s step', () => {
    const older = MONITORING.replace('2026-06-15', '2026-01-10').replace('Tidak berjalan', 'Berjalan');
    const state = monitoringStates(corpusWith({ 'content/pemantauan/contoh/2026-01-10.yaml': older, 'content/pemantauan/contoh/2026-06-15.yaml': MONITORING })).get('sop/contoh')!;
    expect(state.monitorings.map((r) => r.data.date.iso)).toEqual(['2026-01-10', '2026-06-15']);
    expect(state.notWorking.map((n) => [n.entry.step, n.step.activity])).toEqual([[3, 'Meneliti draf']]);
  });

  it('flags an evaluation that says revise while the SOP\'s printed dates are not after it', () => {
    const evaluation = { 'content/evaluasi/contoh/2026-07-01.yaml': EVALUATION };
    expect(monitoringStates(corpusWith(evaluation)).get('sop/contoh')!.reviseUnchanged).toBe(true);
    const revised = sopWith('tanggal_efektif: 2023-09', 'tanggal_efektif: 2023-09\ntanggal_revisi: 2026-08-02');
    expect(monitoringStates(corpusWith({ ...evaluation, 'content/sop/contoh.mdx': revised })).get('sop/contoh')!.reviseUnchanged).toBe(false);
    const kept = EVALUATION.replace('kesimpulan: direvisi', 'kesimpulan: dipertahankan');
    expect(monitoringStates(corpusWith({ 'content/evaluasi/contoh/2026-07-01.yaml': kept })).get('sop/contoh')!.reviseUnchanged).toBe(false);
  });

  it('counts a month-only date in the record\'s month as after it', () => {
    expect(printedAfter({ year: 2026, month: 7, iso: '2026-07' }, '2026-07-01')).toBe(true);
    expect(printedAfter({ year: 2026, month: 6, iso: '2026-06' }, '2026-07-01')).toBe(false);
    expect(printedAfter({ year: 2026, month: 7, day: 1, iso: '2026-07-01' }, '2026-07-01')).toBe(false);
  });
});
