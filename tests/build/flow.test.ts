/**
 * The flow patterns of issue 11 on the built pages of tests/fixtures/corpus-flow: branch labels as
 * printed, numbers as printed, paragraphs kept, and every inferred value marked "dugaan" with a
 * legend — in the official table, the step list and the swimlane, on screen and in print (the same
 * static HTML; the print CSS only restyles it).
 */
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, NO_BROWSER, type BuildResult } from '../support/site-build.ts';

let build: BuildResult;
let audit: HTMLElement;
let izin: HTMLElement;

beforeAll(async () => {
  build = await buildFixture('corpus-flow', NO_BROWSER);
  expect(build.code, build.output).toBe(0);
  audit = await build.page('sop/tindak-lanjut-hasil-audit');
  izin = await build.page('sop/verifikasi-berkas-izin');
});

const text = (e: HTMLElement | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const row = (page: HTMLElement, n: number) => page.querySelector(`table.fc-table tr#langkah-${n}`)!;

describe('the official table', () => {
  it('prints the three branch labels beside the diamond and says each in the Kegiatan cell', () => {
    const labels = row(audit, 2)
      .querySelectorAll('text.fc-label')
      .map((l) => l.text)
      .sort();
    expect(labels).toEqual(['Ada aksi koreksi', 'Lengkap', 'Tak ada aksi koreksi']);
    const activity = text(row(audit, 2).querySelector('th.fc-activity'));
    expect(activity).toContain('Jika Lengkap: lanjut ke langkah 5');
    expect(activity).toContain('Jika Ada aksi koreksi: lanjut ke langkah 3');
    expect(activity).toContain('Jika Tak ada aksi koreksi: lanjut ke langkah 4');
    // "Y" leads to a step drawn without a symbol (no pelaksana): no arrow, so its label is in the text only.
    expect(
      row(izin, 6)
        .querySelectorAll('text.fc-label')
        .map((l) => l.text),
    ).toEqual(['T']);
    expect(text(row(izin, 6).querySelector('th.fc-activity'))).toContain('Jika Y: lanjut ke langkah 8 (No. 7)');
    expect(
      row(izin, 2)
        .querySelectorAll('text.fc-label')
        .map((l) => l.text)
        .sort(),
    ).toEqual(['Belum lengkap', 'Lengkap']);
  });

  it('draws the loop from a process box with an arrowhead into the decision, and says it in words', () => {
    expect(row(audit, 2).querySelectorAll('.fc-arrow[data-edge="3-2-jump"]')).toHaveLength(1);
    expect(text(row(audit, 3).querySelector('th.fc-activity'))).toContain('kembali ke langkah 2');
    expect(text(row(izin, 3).querySelector('th.fc-activity'))).toContain('Dikerjakan bersamaan: langkah 4 (No. 5), langkah 5 (No. 4)');
    expect(text(row(izin, 7).querySelector('th.fc-activity'))).toContain('Alur selesai di sini.');
  });

  it('shows the numbers as printed, while links keep the position', () => {
    expect(audit.querySelectorAll('table.fc-table tr.fc-row td.fc-no').map((td) => text(td))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(izin.querySelectorAll('table.fc-table tr.fc-row td.fc-no').map((td) => text(td))).toEqual(['1', '2', '3', '5', '4', '', '6', '7 dugaan', '']);
    expect(izin.querySelector('a[href="#langkah-9"]')?.text).toBe('lanjut ke langkah 9 (tanpa nomor)');
  });

  it('keeps the paragraphs of a cell', () => {
    const activity = row(audit, 3).querySelector('th.fc-activity')!;
    expect(activity.innerHTML).toMatch(/belum selesai\.<br\s*\/?><br\s*\/?>Rencana memuat/);
    expect(row(audit, 4).querySelector('td.fc-notes')!.innerHTML).toMatch(/tersendiri\.<br\s*\/?>Salinan/);
  });

  it('marks each inferred value with the word "dugaan", with a legend', () => {
    expect(text(audit.querySelector('.fc-section .dugaan-legend'))).toContain('“dugaan” menandai isian yang disimpulkan penyalin');
    const guessed = row(audit, 4).querySelector('.fc-symbol--dugaan');
    expect(guessed?.getAttribute('data-step')).toBe('4');
    expect(row(audit, 4).querySelector('text.fc-dugaan')?.text).toBe('dugaan');
    expect(text(row(audit, 4).querySelector('.visually-hidden'))).toContain('Auditor (dugaan)');
    expect(row(audit, 3).querySelector('.dugaan')).toBeNull();
    expect(text(row(izin, 4).querySelector('th.fc-activity'))).toMatch(/lanjut ke langkah 6 \(tanpa nomor\) dugaan$/);
  });

  it('draws no symbol for a step whose pelaksana the source does not show', () => {
    expect(row(izin, 8).querySelectorAll('.fc-symbol')).toHaveLength(0);
  });
});

describe('the step list', () => {
  const item = (page: HTMLElement, n: number) => page.querySelector(`#daftar-langkah-${n}`)!;

  it('gives numbers as printed, branches with their labels, jumps, parallel work and ends', () => {
    expect(text(item(izin, 4).querySelector('.step-list__no'))).toBe('Langkah 5');
    expect(text(item(izin, 6).querySelector('.step-list__no'))).toBe('Langkah (6)');
    expect(text(item(audit, 2))).toContain('Jika Ada aksi koreksi: lanjut ke langkah 3');
    expect(text(item(izin, 6))).toContain('Jika Y: lanjut ke langkah 8 (No. 7)');
    expect(text(item(audit, 3))).toMatch(/Selanjutnya ?kembali ke langkah 2$/);
    expect(text(item(izin, 3))).toContain('Dikerjakan bersamaan: langkah 4 (No. 5), langkah 5 (No. 4)');
    expect(text(item(izin, 7))).toContain('Alur selesai di sini.');
  });

  it('writes one colon after each term: a question or a lead with its own colon gets none from the style', async () => {
    const pages = [audit, izin, await build.page('sop/penerbitan-persetujuan-bangunan-gedung')];
    const terms = pages
      .flatMap((p) => p.querySelectorAll('.step-list__facts dt'))
      .map((dt) => ({ text: text(dt).replace(/ dugaan$/, ''), asks: dt.classList.contains('step-list__asks') }));
    expect(terms.filter((t) => t.text === 'Salah satu jalan:')).not.toHaveLength(0);
    expect(terms.filter((t) => /[?:]$/.test(t.text) !== t.asks)).toEqual([]);
  });

  it('keeps paragraphs and marks inferred values', () => {
    expect(item(audit, 3).querySelector('.step-list__what')!.innerHTML).toMatch(/selesai\.<br\s*\/?><br\s*\/?>Rencana/);
    expect(text(item(audit, 4))).toContain('Auditor dugaan');
    expect(text(audit.querySelector('[data-view="langkah"] .dugaan-legend'))).toContain('dugaan');
  });
});

describe('the swimlane', () => {
  it('carries the printed labels and the dugaan mark in its drawing and in its mermaid source', () => {
    const swim = audit.querySelector('section.swimlane')!;
    const drawn = swim.querySelector('svg')!.text;
    for (const label of ['Lengkap', 'Ada aksi koreksi', 'Tak ada aksi koreksi']) expect(drawn).toContain(label);
    expect(drawn).toContain('dugaan');
    expect(text(swim.querySelector('.dugaan-legend'))).toContain('“dugaan” menandai isian');
    const source = text(swim.querySelector('pre, code, textarea'));
    expect(source).toContain('L2 -->|Ada aksi koreksi| L3');
    expect(source).toContain('L3 --> L2');
  });
});
