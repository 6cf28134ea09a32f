import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, runBuild } from './run-build.ts';

describe('a corpus with an error', () => {
  it('stops the build, names the file, line and field (of documents and records), and publishes nothing', async () => {
    const build = await runBuild(path.join(PROJECT, 'tests/fixtures/corpus-error'));
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'content/sop/rusak.mdx:15:16  error  schema  langkah 2 › pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)',
    );
    expect(build.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m); // no stack trace
    // Monitoring and evaluation records are checked like documents, each problem at its value.
    expect(build.output).toContain('content/pemantauan/baik/2026-01-15.yaml:9:14  error  monev-langkah-tidak-ada  langkah 12: SOP Prosedur Baik hanya punya 2 langkah; tulis nomor urut langkah yang dinilai');
    expect(build.output).toMatch(/content\/pemantauan\/baik\/2099-01-15\.yaml:1:10 {2}error {2}monev-tanggal-mendatang {2}tanggal 2099-01-15 sesudah tanggal acuan 20\d\d-\d\d-\d\d \(tanggal/);
    expect(build.output).toContain('content/pemantauan/tidak-ada/2026-01-15.yaml:1:1  error  monev-sop-tidak-ada  tidak ada SOP ber-id "tidak-ada"');
    expect(build.output).toContain('content/evaluasi/baik/2026-02-01.yaml:7:13  error  schema  kesimpulan: kesimpulan harus salah satu dari: dipertahankan, direvisi, dicabut');
    expect(existsSync(path.join(build.outDir, 'sop/baik/index.html'))).toBe(false);
    expect(existsSync(path.join(build.outDir, 'sop/rusak/index.html'))).toBe(false);
  });
});
