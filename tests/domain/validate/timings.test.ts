import { describe, expect, it } from 'vitest';
import { ZERO_TOTAL } from '../../../src/domain/time/total.ts';
import { ui } from '../../../src/i18n/id.ts';
import { describePath } from '../../../src/domain/validate/timings.ts';
import { describeTotal } from '../../../src/domain/time/format.ts';
import { sopWith, VALID_SOP } from '../../fixtures/minimal.ts';
import { expectFinding, expectNoFinding, FILE, findingsOf, SP_FILE, standard, type Expected } from './helpers.ts';

const RULE = ui.times.dayRule('hari-kerja');

// VALID_SOP: 10 Menit, 1 Jam, 15 menit (decision, "Tidak" back to step 2), Sesuai waktu konsultasi.
describe('rule 1: timings', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'an unknown form is kept and reported as info quoting the text',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: setelah disposisi') },
      code: 'waktu-tak-terbaca', severity: 'info', file: FILE, at: 'waktu: setelah disposisi', step: 2,
      message: 'langkah 2: waktu "setelah disposisi" tidak terbaca sebagai lama waktu; ditampilkan apa adanya dan tidak ikut dihitung di total',
    },
    {
      name: 'a unit one letter off is a warning naming the likely unit (issue 26, point 4)',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 15 Menitt') },
      code: 'waktu-salah-ketik', severity: 'warning', file: FILE, at: 'waktu: 15 Menitt', step: 2,
      message: 'langkah 2: waktu "15 Menitt": satuan "Menitt" tampaknya salah ketik untuk "menit"; sampai dibetulkan, waktu ini tidak ikut dihitung di total',
    },
    {
      name: 'a unit with two letters swapped, in a range of working days',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 1-2 hari kreja') },
      code: 'waktu-salah-ketik', severity: 'warning', file: FILE, at: 'waktu: 1-2 hari kreja', step: 2, message: 'satuan "kreja" tampaknya salah ketik untuk "kerja"',
    },
    {
      name: 'a unit one letter off in a Standar Pelayanan promise',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['3 Hri'] }) },
      code: 'waktu-salah-ketik', severity: 'warning', file: SP_FILE, at: 'waktu: 3 Hri', message: 'Bagian 1: waktu "3 Hri": satuan "Hri" tampaknya salah ketik untuk "hari"; sampai dibetulkan, waktu ini tidak bisa dibandingkan',
    },
    {
      name: 'a "-" is a step with no time',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: "-"') },
      code: 'waktu-kosong', severity: 'warning', file: FILE, at: 'id: susun-draf', step: 2, message: 'langkah 2: waktu tidak diisi ("-")',
    },
    {
      name: 'a step whose text says calendar days and whose waktu says working days',
      files: { [FILE]: sopWith('kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam', 'kegiatan: Menyusun draf paling lambat 14 hari kalender\n    pelaksana: anggota-tim\n    waktu: 14 hari kerja') },
      code: 'waktu-bertentangan', severity: 'warning', file: FILE, at: 'waktu: 14 hari kerja', step: 2,
      message: 'langkah 2: teks langkah menyebut "14 hari kalender", tetapi waktunya "14 hari kerja"',
    },
    {
      name: 'a limit in the step text shorter than its waktu',
      files: { [FILE]: sopWith('kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam', 'kegiatan: Menyusun draf paling lambat 3 (tiga) hari kerja setelah disposisi\n    pelaksana: anggota-tim\n    waktu: 5 hari kerja') },
      code: 'waktu-bertentangan', severity: 'warning', file: FILE, at: 'waktu: 5 hari kerja', step: 2,
      message: 'langkah 2: teks langkah menyebut "paling lambat 3 (tiga) hari kerja", tetapi waktunya "5 hari kerja", lebih lama',
    },
    {
      name: 'plain "hari" in the waktu is a working day against "hari kalender" in the text, and the message says the rule',
      files: { [FILE]: sopWith('kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam', 'kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 14 hari\n    keterangan: Batas 14 (empat belas) hari kalender') },
      code: 'waktu-bertentangan', severity: 'warning', file: FILE, at: 'waktu: 14 hari', step: 2,
      message: '("hari" tanpa keterangan dihitung sebagai hari kerja)',
    },
    {
      name: 'a step with no waktu',
      files: { [FILE]: sopWith('    waktu: 1 Jam\n', '') },
      code: 'waktu-kosong', severity: 'warning', file: FILE, at: 'id: susun-draf', step: 2,
    },
    {
      name: 'the totals of every SOP, at langkah',
      files: { [FILE]: VALID_SOP },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message:
        'total waktu jalur terpendek (langkah 1–4): 85 menit (± 1 jam 25 menit) + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi"); ' +
        'dengan tiap putaran balik sekali (langkah 1–3, 2–4): 160 menit (± 2 jam 40 menit) + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi")',
    },
    {
      name: 'days convert with the stated rule, shown next to the total',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 1 hari kerja') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message: `475 menit (± 1 hari kerja 25 menit) + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi"); dengan tiap putaran balik sekali (langkah 1–3, 2–4): 940 menit (± 2 hari kerja 40 menit) + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi"); ${RULE}`,
    },
    {
      name: 'calendar days are summed apart, and the rule says so',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: paling lambat 14 hari kalender').replace('waktu: 10 Menit', 'waktu: 1 hari kerja') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message: `(langkah 1–4): 465 menit (± 1 hari kerja 15 menit) + 14 hari kalender + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi"); dengan tiap putaran balik sekali (langkah 1–3, 2–4): 480 menit (± 1 hari kerja 30 menit) + 28 hari kalender + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi"); ${RULE} ${ui.times.calendarApart}`,
    },
    {
      name: 'a step without time that the loop takes twice is counted once, and named (point 11: counts agree with their lists)',
      files: { [FILE]: sopWith('    waktu: 1 Jam\n', '') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message:
        'total waktu jalur terpendek (langkah 1–4): 25 menit + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi") + 1 langkah tanpa waktu (langkah 2); ' +
        'dengan tiap putaran balik sekali (langkah 1–3, 2–4): 40 menit + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi") + 1 langkah tanpa waktu (langkah 2)',
    },
    {
      name: 'an SOP without a loop-back has one total',
      files: { [FILE]: sopWith('    keputusan:\n      pertanyaan: Draf disetujui?\n      tidak: susun-draf\n', '') },
      code: 'waktu-total', severity: 'info', file: FILE, at: '  - kegiatan: Memerintahkan',
      message: 'total waktu (langkah 1–4, tanpa putaran balik): 85 menit (± 1 jam 25 menit) + 1 langkah bukan angka',
    },
  ])('$name', ({ files, ...expected }) => {
    expectFinding(files, expected);
  });

  it('states no conversion rule when no day is involved', () => {
    const total = findingsOf({ [FILE]: VALID_SOP }).find((f) => f.code === 'waktu-total')!;
    expect(total.message).not.toContain('Cara menghitung');
  });

  it('no contradiction when the text and the waktu agree, or name other numbers', () => {
    for (const [kegiatan, waktu] of [
      ['Menyusun draf paling lambat 14 hari kerja', '14 hari kerja'],
      ['Menyusun draf dalam 14 hari', '14 Hari Kerja'],
      ['Menyusun draf; berkas disimpan 30 hari kalender', '14 hari kerja'],
      ['Menyusun draf paling lambat 3 hari kerja', '1-3 hari kerja'],
      ['Menyusun draf dalam waktu 2 jam', 'maksimal 2 jam'],
    ])
      expectNoFinding({ [FILE]: sopWith('kegiatan: Menyusun draf\n    pelaksana: anggota-tim\n    waktu: 1 Jam', `kegiatan: ${kegiatan}\n    pelaksana: anggota-tim\n    waktu: ${waktu}`) }, 'waktu-bertentangan');
  });

  it.each([['waktu-kosong'], ['schema'], ['waktu-tak-terbaca'], ['waktu-bertentangan'], ['waktu-salah-ketik']])('a valid SOP has no %s', (code) => expectNoFinding({ [FILE]: VALID_SOP }, code));

  it.each(['setelah disposisi', 'Sesuai jadwall', '2 Jam', 'Kondisional', '1 Jan 2024', 'Menunggu hasil'])('a waktu that no unit one letter off would mend is no typing slip: %s', (waktu) => {
    expectNoFinding({ [FILE]: sopWith('waktu: 1 Jam', `waktu: ${waktu}`) }, 'waktu-salah-ketik');
  });

  it('says totals as exact minutes, spoken time and variable count', () => {
    expect(describeTotal({ ...ZERO_TOTAL, minMinutes: 20, maxMinutes: 20, variable: ['Sesuai waktu konsultasi', 'Sesuai waktu konsultasi'], missing: 1 }))
      .toBe('20 menit + 2 langkah bukan angka ("Sesuai waktu konsultasi") + 1 langkah tanpa waktu');
    expect(describeTotal({ ...ZERO_TOTAL, minMinutes: 480, maxMinutes: 930, usesDayRule: true })).toBe('480–930 menit (1 hari kerja 30 menit sampai 2 hari kerja 30 menit)');
    expect(describeTotal({ ...ZERO_TOTAL, minMinutes: 0.5, maxMinutes: 0.5 })).toBe('0,5 menit');
    expect(describeTotal({ ...ZERO_TOTAL, minCalendarDays: 7, maxCalendarDays: 14, atLeast: true })).toBe('7–14 hari kalender atau lebih');
    expect(describePath([1, 2, 3, 4, 2, 3, 4, 5])).toBe('1–4, 2–5');
    expect(describePath([1, 3, 4, 7])).toBe('1, 3–4, 7');
  });
});

describe('rule 2: Standar Pelayanan against its SOPs', () => {
  it.each<{ name: string; files: Record<string, string> } & Expected>([
    {
      name: 'the shortest path of the SOP is longer than the promise',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['15 Menit', 'Sesuai materi konsultasi'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: 'SOP Contoh Prosedur butuh 85 menit (± 1 jam 25 menit) + 1 langkah bukan angka (langkah 4: "Sesuai waktu konsultasi") di jalur terpendeknya, lebih lama dari jangka waktu yang dijanjikan: 15 menit + 1 bagian bukan angka ("Sesuai materi konsultasi") [Bagian 1: 15 Menit; Bagian 2: Sesuai materi konsultasi]',
    },
    {
      name: 'only the path with its loop-backs is longer than the promise',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['2 Jam'] }) },
      code: 'waktu-putaran-melebihi-sp', severity: 'info', file: SP_FILE, at: 'sop: [contoh]',
      message: 'dengan putaran baliknya butuh 160 menit',
    },
    {
      name: 'a promise in working days states the rule',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 3 hari'), [SP_FILE]: standard({ waktu: ['2 hari kerja'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: `lebih lama dari jangka waktu yang dijanjikan: 900 menit (± 2 hari kerja); ${RULE}`,
    },
    {
      name: 'a promise in calendar days, compared at 7 calendar days = 5 working days, and said so',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 8 hari kerja'), [SP_FILE]: standard({ waktu: ['paling lambat 7 hari kalender'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: `lebih lama dari jangka waktu yang dijanjikan: 7 hari kalender; ${RULE} ${ui.times.calendarCompared}`,
    },
    {
      name: 'a promise "1x24 jam" counts as one calendar day',
      files: { [FILE]: sopWith('waktu: 1 Jam', 'waktu: 4 hari kerja'), [SP_FILE]: standard({ waktu: ['1x24 jam'] }) },
      code: 'waktu-melebihi-sp', severity: 'warning', file: SP_FILE, at: 'sop: [contoh]',
      message: 'lebih lama dari jangka waktu yang dijanjikan: 1 hari kalender',
    },
    {
      name: 'a promise that reads as no known form is kept, and reported as info at its waktu',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ waktu: ['15 Menit', 'setelah berkas lengkap'] }) },
      code: 'waktu-tak-terbaca', severity: 'info', file: SP_FILE, at: 'waktu: setelah berkas lengkap',
      message: 'Bagian 2: waktu "setelah berkas lengkap" tidak terbaca sebagai lama waktu',
    },
    {
      name: 'a Standar Pelayanan that names no SOP',
      files: { [FILE]: VALID_SOP, [SP_FILE]: standard({ sop: '[]' }) },
      code: 'sp-tanpa-sop', severity: 'info', file: SP_FILE, at: 'sop: []',
    },
  ])('$name', ({ files, ...expected }) => {
    const f = expectFinding(files, expected);
    if (expected.code !== 'sp-tanpa-sop' && expected.code !== 'waktu-tak-terbaca') expect(f.alsoAt?.map((a) => a.documentId)).toEqual(['sop/contoh']);
  });

  it.each([
    ['a promise the SOP keeps, loop-backs included', standard({ waktu: ['3 Jam'] })],
    ['a promise with no number', standard({ waktu: ['Sesuai materi konsultasi'] })],
    ['a promise the SOP keeps in calendar days', standard({ waktu: ['selambat-lambatnya 7 hari kalender'] })],
  ])('no finding for %s', (_name, sp) => {
    const files = { [FILE]: VALID_SOP, [SP_FILE]: sp };
    for (const code of ['waktu-melebihi-sp', 'waktu-putaran-melebihi-sp', 'sp-tanpa-sop']) expectNoFinding(files, code);
  });
});

describe('complaint resolution times', () => {
  it('reports an unread one at its own waktu', () => {
    const sp = standard().replace('sop: [contoh]', 'penanganan_pengaduan:\n  jangka_waktu:\n    - bagian: Pengaduan berat\n      waktu: menunggu rapat\nsop: [contoh]');
    expectFinding({ [FILE]: VALID_SOP, [SP_FILE]: sp }, {
      code: 'waktu-tak-terbaca', severity: 'info', file: SP_FILE, at: 'waktu: menunggu rapat', message: 'Pengaduan berat: waktu "menunggu rapat"',
    });
  });
});
