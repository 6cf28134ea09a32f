import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PROJECT = path.resolve(import.meta.dirname, '../../..');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/check.ts', ...args], { cwd: PROJECT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('npm run check', () => {
  it('prints one finding a line and exits 1 when there is an error', async () => {
    const r = await run('--root', 'tests/fixtures/corpus-error');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toContain('content/sop/rusak.mdx:15:16  error  schema  langkah[1].pelaksana: "ketua" bukan pelaksana SOP ini (ketua-tim, anggota-tim)');
    expect(r.stderr).toContain('; 5 galat'); // the broken SOP and the four broken monitoring and evaluation records
  });

  it('exits 0 with warnings only, and --json prints the same findings as an array', async () => {
    const text = await run('--root', 'tests/fixtures/corpus-warnings');
    const json = await run('--root', 'tests/fixtures/corpus-warnings', '--json');
    expect([text.code, json.code]).toEqual([0, 0]);
    const findings = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${f.message}`)).toEqual(text.stdout.trimEnd().split('\n'));
    expect(findings[0]).toEqual({
      file: 'content/sop/belum-bernomor.mdx', line: 2, column: 8, severity: 'warning', code: 'nomor-kosong',
      message: 'nomor SOP "061/ /CONTOH" tanpa nomor urut: belum diberi nomor', documentId: 'sop/belum-bernomor',
    });
    expect(findings.find((f) => f.code === 'peran-tanpa-kolom')).toMatchObject({ step: 1 });
  });

  it('reports every time finding class on the time fixture, and no time text is an error', async () => {
    const r = await run('--root', 'tests/fixtures/corpus-time', '--json');
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout) as Array<{ code: string; step?: number }>;
    const time = findings.filter((f) => f.code.startsWith('waktu-')).map((f) => `${f.code}${f.step ? ` ${f.step}` : ''}`);
    expect(time).toEqual(['waktu-total', 'waktu-bertentangan 4', 'waktu-kosong 9', 'waktu-tak-terbaca 14', 'waktu-melebihi-sp']);
  });
});
