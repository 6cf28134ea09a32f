import { describe, expect, it } from 'vitest';
import { formatTotal, parseDuration, sumDurations, type Duration } from '../../src/domain/duration.ts';
import { readCorpus } from '../../src/lib/read-corpus.ts';

const fixed = (text: string): Extract<Duration, { kind: 'fixed' }> => {
  const r = parseDuration(text);
  if (!r.ok || r.duration.kind !== 'fixed') throw new Error(`expected a fixed duration from ${text}`);
  return r.duration;
};

describe('parseDuration', () => {
  it.each([
    ['5 Menit', 5, 5, 'menit'],
    ['5 menit', 5, 5, 'menit'],
    ['45 Menit', 45, 45, 'menit'],
    ['1 Jam', 1, 1, 'jam'],
    ['3 jam', 3, 3, 'jam'],
    ['1 Hari', 1, 1, 'hari'],
    ['3 hari', 3, 3, 'hari'],
    ['5 hari kerja', 5, 5, 'hari-kerja'],
    ['60 Hari Kerja', 60, 60, 'hari-kerja'],
    ['2 minggu', 2, 2, 'minggu'],
    ['1 bulan', 1, 1, 'bulan'],
    ['30 detik', 30, 30, 'detik'],
    ['1-2 hari', 1, 2, 'hari'],
    ['1 s.d. 3 hari kerja', 1, 3, 'hari-kerja'],
    ['2 sampai 4 jam', 2, 4, 'jam'],
    ['5 (lima) menit', 5, 5, 'menit'],
    ['lima menit', 5, 5, 'menit'],
    ['dua belas jam', 12, 12, 'jam'],
    ['tiga puluh lima menit', 35, 35, 'menit'],
    ['1,5 jam', 1.5, 1.5, 'jam'],
    ['  10   MENIT ', 10, 10, 'menit'],
    ['selambat-lambatnya 3 Jam', 3, 3, 'jam'],
  ])('%s -> %d..%d %s', (text, min, max, unit) => {
    expect(fixed(text)).toMatchObject({ kind: 'fixed', min, max, unit, text });
  });

  it.each(['Sesuai waktu konsultasi', 'Sesuai materi konsultasi', 'sesuai jadwal', 'Tergantung antrean'])('%s is variable', (text) => {
    expect(parseDuration(text)).toEqual({ ok: true, duration: { kind: 'variable', text } });
  });

  it.each([
    ['5 menitan', 'satuan waktu tidak dikenal dalam "5 menitan"'],
    ['3 tahun', 'satuan waktu tidak dikenal dalam "3 tahun"'],
    ['segera', 'satuan waktu tidak dikenal'],
    ['menit', 'jumlah waktu tidak terbaca'],
    ['0 menit', 'jumlah waktu tidak terbaca'],
    ['3-1 hari', 'jumlah waktu tidak terbaca'],
    ['banyak jam', 'jumlah waktu tidak terbaca'],
    ['', 'waktu kosong'],
  ])('rejects %j', (text, message) => {
    const r = parseDuration(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('parses every waktu of the seed documents', async () => {
    const corpus = await readCorpus(process.cwd());
    const texts = [
      ...[...corpus.sops.values()].flatMap((d) => d.data.steps.map((s) => s.timeText)),
      ...[...corpus.standards.values()].flatMap((d) => [...d.data.completionTime, ...d.data.complaints.resolutionTimes].map((p) => p.timeText)),
    ];
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(parseDuration(text), text).toMatchObject({ ok: true });
  });
});

describe('totals', () => {
  const parse = (...texts: string[]) => texts.map((t) => (parseDuration(t) as { ok: true; duration: Duration }).duration);

  it('adds minutes, hours and working days of 7,5 hours', () => {
    const total = sumDurations(parse('1 Hari', '2 Jam', '45 Menit'));
    expect(total.minMinutes).toBe(450 + 120 + 45);
    expect(total.usesDayRule).toBe(true);
    expect(formatTotal(total)).toBe('± 1 hari 2 jam 45 menit');
  });

  it('keeps variable steps apart, never as a made-up number', () => {
    const total = sumDurations(parse('5 Menit', 'Sesuai waktu konsultasi', '10 Menit', 'Sesuai waktu konsultasi'));
    expect(total.minMinutes).toBe(15);
    expect(total.variable).toHaveLength(2);
    expect(formatTotal(total)).toBe('± 15 menit, ditambah waktu konsultasi');
  });

  it('says a range as a range', () => {
    expect(formatTotal(sumDurations(parse('1-2 hari', '30 menit')))).toBe('1 hari 30 menit sampai 2 hari 30 menit');
  });

  it('says a purely variable total without a number', () => {
    expect(formatTotal(sumDurations(parse('Sesuai materi konsultasi')))).toBe('sesuai materi konsultasi');
  });

  it('counts a week as 5 and a month as 22 working days', () => {
    expect(sumDurations(parse('1 minggu')).minMinutes).toBe(5 * 450);
    expect(sumDurations(parse('1 bulan')).minMinutes).toBe(22 * 450);
  });
});
