import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/domain/time/duration.ts';
import { describeTotal, formatAmount, formatTotal, ruleLines } from '../../../src/domain/time/format.ts';
import { comparableMinutes, sumDurations } from '../../../src/domain/time/total.ts';

const sum = (...texts: string[]) => sumDurations(texts.map((t) => parseDuration(t)));

describe('totals', () => {
  it('adds minutes, hours and working days of 7,5 hours; plain "hari" is a working day by the rule', () => {
    const total = sum('1 Hari', '2 Jam', '45 Menit');
    expect(total.minMinutes).toBe(450 + 120 + 45);
    expect(total).toMatchObject({ usesDayRule: true, usesPlainDay: true });
    expect(formatAmount(total)).toBe('± 1 hari kerja 2 jam 45 menit');
    expect(ruleLines([total], 'hari-kerja')).toEqual([
      'Cara menghitung: "hari" tanpa keterangan dihitung sebagai hari kerja; 1 hari kerja = 7,5 jam kerja, 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja (Perpres 21/2023).',
    ]);
  });

  it('plain "hari" under a calendar-day rule goes with the calendar days', () => {
    const total = sumDurations(['30 hari', '2 jam'].map((t) => parseDuration(t)), 'hari-kalender');
    expect(total).toMatchObject({ minMinutes: 120, minCalendarDays: 30, usesPlainDay: true });
    // The document's rule, recorded when its waktu was read, counts the same without being passed again.
    const read = ['30 hari', '2 hari kerja', '1x24 jam'].map((t) => parseDuration(t, 'hari-kalender'));
    expect(read[0]).toEqual({ kind: 'exact', text: '30 hari', amount: { min: 30, max: 30, unit: 'hari', plainDay: 'hari-kalender' } });
    expect(read[1]).toEqual(parseDuration('2 hari kerja'));
    expect(sumDurations(read)).toMatchObject({ minMinutes: 900, minCalendarDays: 31 });
    expect(ruleLines([sumDurations(read)], 'hari-kalender')[0]).toContain('"hari" tanpa keterangan dihitung sebagai hari kalender');
  });

  it('keeps calendar days apart from working time and says so', () => {
    const total = sum('paling lambat 14 hari kalender', '3 hari kerja', '1 jam');
    expect(total).toMatchObject({ minMinutes: 3 * 450 + 60, minCalendarDays: 14, maxCalendarDays: 14 });
    expect(formatAmount(total)).toBe('± 3 hari kerja 1 jam + 14 hari kalender');
    expect(ruleLines([total], 'hari-kerja')).toContain('Hari kalender dijumlah tersendiri, tidak disamakan dengan hari kerja.');
    // Only for comparing: 14 calendar days = 10 working days.
    expect(comparableMinutes(total, 'min')).toBe(3 * 450 + 60 + 10 * 450);
  });

  it('calendar days alone need no working-day rule', () => {
    const total = sum('14 hari kalender');
    expect(formatAmount(total)).toBe('14 hari kalender');
    expect(ruleLines([total], 'hari-kerja')).toEqual([]);
  });

  it('counts non-numeric and missing times, never as a made-up number', () => {
    const total = sum('5 Menit', 'Sesuai waktu konsultasi', '10 Menit', 'Semesteran', '-', '');
    expect(total).toMatchObject({ minMinutes: 15, maxMinutes: 15, missing: 2 });
    expect(total.variable).toEqual(['Sesuai waktu konsultasi', 'Semesteran']);
    expect(formatTotal(total)).toBe('± 15 menit, ditambah “Sesuai waktu konsultasi”, “Semesteran”; 2 langkah tanpa waktu belum terhitung');
  });

  it('says a range as a range, a lower bound as "atau lebih", a product as its value', () => {
    expect(formatAmount(sum('1-2 hari', '30 menit'))).toBe('1 hari kerja 30 menit sampai 2 hari kerja 30 menit');
    expect(formatAmount(sum('6 jam, atau lebih', '1x24 jam'))).toBe('± 6 jam + 1 hari kalender atau lebih');
    expect(formatAmount(sum('2 x 30 menit'))).toBe('± 1 jam');
    expect(formatAmount(sum('maksimal 5 menit', 'selambat-lambatnya 3 jam'))).toBe('± 3 jam 5 menit');
  });

  it('says a total with no number as such', () => {
    expect(formatAmount(sum('Sesuai materi konsultasi'))).toBe('tidak dapat dihitung');
    expect(formatTotal(sum('Sesuai jadwal'))).toBe('tidak dapat dihitung (“Sesuai jadwal”)');
  });

  it('counts a week as 5 and a month as 22 working days', () => {
    expect(sum('1 minggu').minMinutes).toBe(5 * 450);
    expect(sum('1 bulan').minMinutes).toBe(22 * 450);
  });
});

describe('the SOP time summary', () => {
  it('follows the document rule hitungan_hari and prints it', async () => {
    const { corpusOf, sopWith } = await import('../../fixtures/minimal.ts');
    const { sopTimeSummary, summaryText } = await import('../../../src/domain/flow/time-summary.ts');
    const text = sopWith('waktu: 1 Jam', 'waktu: 2 hari').replace('unit: bidang-satu', 'unit: bidang-satu\nhitungan_hari: hari kalender');
    const sop = corpusOf({ 'content/sop/contoh.mdx': text }).sops.get('contoh')!;
    expect(sop.data.dayRule).toBe('hari-kalender');
    const summary = sopTimeSummary(sop.data);
    expect(summary).toBe(sopTimeSummary(sop.data)); // computed once
    expect(summaryText(summary)).toEqual({
      total: '± 25 menit + 2 hari kalender',
      rework: '± 40 menit + 4 hari kalender',
      uncounted: '1 langkah yang waktunya bukan angka (langkah 4) tidak ikut dihitung.',
      listLine: '± 25 menit + 2 hari kalender + 1 langkah tak terhitung',
      rules: ['Cara menghitung: "hari" tanpa keterangan dihitung sebagai hari kalender; 1 hari kerja = 7,5 jam kerja, 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja (Perpres 21/2023).', 'Hari kalender dijumlah tersendiri, tidak disamakan dengan hari kerja.'],
    });
  });
});

describe("the validator's form of a total (describeTotal)", () => {
  it('says the same minutes as the pages after the exact count, and the calendar days apart', () => {
    const total = sum('95 menit', '14 hari kalender');
    expect(formatAmount(total)).toBe('± 1 jam 35 menit + 14 hari kalender');
    expect(describeTotal(total)).toBe('95 menit (± 1 jam 35 menit) + 14 hari kalender');
    expect(describeTotal(sum('1-2 jam'))).toBe('60–120 menit (1 jam sampai 2 jam)');
  });

  it("names the steps a path could not count once each, or counts a standard's parts", () => {
    const total = sum('10 menit', 'Sesuai jadwal', 'Sesuai jadwal', '');
    expect(describeTotal(total, 'langkah', { missing: [4], nonNumeric: [2, 3] })).toBe('10 menit + 2 langkah bukan angka (langkah 2, 3: "Sesuai jadwal") + 1 langkah tanpa waktu (langkah 4)');
    expect(describeTotal(total, 'bagian')).toBe('10 menit + 2 bagian bukan angka ("Sesuai jadwal") + 1 bagian tanpa waktu');
  });
});

describe('the totals a document list and the revision history print', () => {
  it('say an SOP total, with what it could not count in a list, and a standard\'s promise', async () => {
    const { corpusOf, VALID_SOP } = await import('../../fixtures/minimal.ts');
    const { promiseTotalText, sopTimeSummary, sopTotalText, summaryText } = await import('../../../src/domain/flow/time-summary.ts');
    const sop = corpusOf({ 'content/sop/contoh.mdx': VALID_SOP }).sops.get('contoh')!.data;
    expect(sopTotalText(sop)).toBe('± 1 jam 25 menit');
    expect(summaryText(sopTimeSummary(sop)).listLine).toBe('± 1 jam 25 menit + 1 langkah tak terhitung');
    const counted = { ...sop, steps: sop.steps.map((s) => ({ ...s, duration: parseDuration('5 menit'), timeText: '5 menit' })) };
    expect(summaryText(sopTimeSummary(counted)).listLine).toBe('± 20 menit');
    const completionTime = ['15 Menit', 'Sesuai materi konsultasi'].map((text) => ({ duration: parseDuration(text) }));
    expect(promiseTotalText({ completionTime: completionTime as never, dayRule: 'hari-kerja' })).toBe('± 15 menit');
  });
});
