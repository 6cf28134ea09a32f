import { describe, expect, it } from 'vitest';
import { countedAmount, isNumeric, parseDuration, type Duration, type DurationKind, type DurationUnit } from '../../../src/domain/time/duration.ts';
import { readCorpus } from '../../../src/node/read-corpus.ts';

/**
 * Every waktu form of issue 11 (point 4 and 9) and of the PDF corpus survey
 * (docs/sop-pdf-anatomy.md §4), with the typed value each must read as. The text is always kept.
 */
type Row = [text: string, kind: DurationKind, amount?: [min: number, max: number, unit: DurationUnit]];

const ROWS: Row[] = [
  // Issue 11, point 4
  ['Sesuai jadwal', 'scheduled'],
  ['Sepanjang tahun', 'period'],
  ['Sesuai kebutuhan', 'variable'],
  ['1x24 jam', 'multiplication', [1, 1, 'hari-kalender']],
  ['2 x 30 menit', 'multiplication', [60, 60, 'menit']],
  ['maksimal 5 menit', 'upper', [5, 5, 'menit']],
  ['paling lambat 14 hari kalender', 'upper', [14, 14, 'hari-kalender']],
  ['6 jam, atau lebih', 'lower', [6, 6, 'jam']],
  ['30 hari', 'exact', [30, 30, 'hari']],
  ['1-2 hari', 'range', [1, 2, 'hari']],
  // Issue 11, point 9 and the brief
  ['selambat-lambatnya 3 jam', 'upper', [3, 3, 'jam']],
  ['selambat-lambatnya 3 Jam', 'upper', [3, 3, 'jam']],
  ['max. 1 jam', 'upper', [1, 1, 'jam']],
  ['minimal 2 hari kerja', 'lower', [2, 2, 'hari-kerja']],
  ['14 hari kalender', 'exact', [14, 14, 'hari-kalender']],
  ['14 hari kerja', 'exact', [14, 14, 'hari-kerja']],
  ['Sesuai waktu konsultasi', 'variable'],
  ['Segera', 'variable'],
  // §4: the most common
  ['1 hari kerja', 'exact', [1, 1, 'hari-kerja']],
  ['3 hari kerja', 'exact', [3, 3, 'hari-kerja']],
  ['1 hari', 'exact', [1, 1, 'hari']],
  ['3 Hari', 'exact', [3, 3, 'hari']],
  ['2 Minggu', 'exact', [2, 2, 'minggu']],
  ['1 bulan', 'exact', [1, 1, 'bulan']],
  ['1 Minggu', 'exact', [1, 1, 'minggu']],
  ['5 menit', 'exact', [5, 5, 'menit']],
  ['1 jam', 'exact', [1, 1, 'jam']],
  ['1 Hari Kerja', 'exact', [1, 1, 'hari-kerja']],
  ['1 Bulan', 'exact', [1, 1, 'bulan']],
  ['10 menit', 'exact', [10, 10, 'menit']],
  ['3 Minggu', 'exact', [3, 3, 'minggu']],
  ['3 Bulan', 'exact', [3, 3, 'bulan']],
  // §4: ranges with "-", " - " and "–"
  ['5-10 menit', 'range', [5, 10, 'menit']],
  ['1 – 20 Hari Kerja', 'range', [1, 20, 'hari-kerja']],
  ['1 - 10 Hari', 'range', [1, 10, 'hari']],
  ['2-3 hari', 'range', [2, 3, 'hari']],
  // §4: free text, "-" and a value wrapped onto two lines
  ['Semesteran', 'period'],
  ['Triwulanan', 'period'],
  ['1 bulan (tanggal 1-20)', 'period'],
  ['-', 'empty'],
  ['', 'empty'],
  ['Sesuai masa\nkontrak', 'variable'],
  // Forms the seeds and older documents use
  ['5 Menit', 'exact', [5, 5, 'menit']],
  ['60 Hari Kerja', 'exact', [60, 60, 'hari-kerja']],
  ['30 detik', 'exact', [30, 30, 'detik']],
  ['1 s.d. 3 hari kerja', 'range', [1, 3, 'hari-kerja']],
  ['2 sampai 4 jam', 'range', [2, 4, 'jam']],
  ['5 (lima) menit', 'exact', [5, 5, 'menit']],
  ['lima menit', 'exact', [5, 5, 'menit']],
  ['dua belas jam', 'exact', [12, 12, 'jam']],
  ['tiga puluh lima menit', 'exact', [35, 35, 'menit']],
  ['1,5 jam', 'exact', [1.5, 1.5, 'jam']],
  ['  10   MENIT ', 'exact', [10, 10, 'menit']],
  ['± 2 jam', 'exact', [2, 2, 'jam']],
  ['Tergantung antrean', 'variable'],
  ['sesuai jadwal kegiatan', 'scheduled'],
  // Clock units across a range or in one compound amount, counted in minutes
  ['1 Jam 30 Menit', 'exact', [90, 90, 'menit']],
  ['30 menit - 1 jam', 'range', [30, 60, 'menit']],
  ['30 Menit-1 Jam', 'range', [30, 60, 'menit']],
  ['maksimal 1 jam 30 menit', 'upper', [90, 90, 'menit']],
  ['1 jam dan 15 menit', 'exact', [75, 75, 'menit']],
  // Abbreviations and words seen in real tables
  ['3 HK', 'exact', [3, 3, 'hari-kerja']],
  ['2 jam kerja', 'exact', [2, 2, 'jam']],
  ['sehari', 'exact', [1, 1, 'hari']],
  ['paling lama seminggu', 'upper', [1, 1, 'minggu']],
  // Anything else is kept as unknown, never rejected
  ['1 hari - 2 minggu', 'unknown'],
  ['30 menit - 1 hari', 'unknown'],
  ['5 menitan', 'unknown'],
  ['3 tahun', 'unknown'],
  ['menit', 'unknown'],
  ['3-1 hari', 'unknown'],
  ['banyak jam', 'unknown'],
  ['1 Jem', 'unknown'],
];

describe('parseDuration reads every form real documents print', () => {
  it.each(ROWS)('%j -> %s', (text, kind, amount) => {
    const d = parseDuration(text);
    expect(d.kind).toBe(kind);
    expect(d.text).toBe(text); // verbatim, every kind
    if (amount) {
      const [min, max, unit] = amount;
      expect(isNumeric(d) && countedAmount(d)).toEqual({ min, max, unit });
    } else expect(isNumeric(d)).toBe(false);
  });

  it('keeps the factor of a multiplication; N x 24 jam counts as N calendar days', () => {
    expect(parseDuration('3 x 24 jam')).toEqual({ kind: 'multiplication', text: '3 x 24 jam', factor: 3, amount: { min: 24, max: 24, unit: 'jam' }, total: { min: 3, max: 3, unit: 'hari-kalender' } });
  });

  it('reads every waktu of the seed documents without an unknown', async () => {
    const corpus = await readCorpus(process.cwd());
    const parsed: Duration[] = [
      ...[...corpus.sops.values()].flatMap((d) => d.data.steps.map((s) => s.duration!)),
      ...[...corpus.standards.values()].flatMap((d) => [...d.data.completionTime, ...d.data.complaints.resolutionTimes].map((p) => p.duration)),
    ];
    expect(parsed.length).toBeGreaterThan(40);
    expect(parsed.filter((d) => d.kind === 'unknown').map((d) => d.text)).toEqual([]);
  });
});
