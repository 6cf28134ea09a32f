import { describe, expect, it } from 'vitest';
import { locate, parseSource, withoutFrontmatter } from '../../src/domain/model/frontmatter.ts';

describe('withoutFrontmatter (what the MDX compiler gets of a document)', () => {
  const lines = (s: string) => s.split('\n').length;

  it('empties the YAML and keeps every body line where it was', () => {
    const text = '---\nnama: Contoh\nlangkah:\n  - kegiatan: A\n---\n\n## Catatan\n\nIsi.\n';
    const out = withoutFrontmatter(text);
    expect(out).not.toContain('nama');
    expect(out).not.toContain('kegiatan');
    expect(lines(out)).toBe(lines(text));
    expect(out.split('\n').indexOf('## Catatan')).toBe(text.split('\n').indexOf('## Catatan'));
    expect(out.endsWith('## Catatan\n\nIsi.\n')).toBe(true);
  });

  it('keeps line numbers with Windows line endings too', () => {
    const text = '---\r\nnama: Contoh\r\nunit: x\r\n---\r\nIsi\r\n';
    const out = withoutFrontmatter(text);
    expect(out).not.toContain('nama');
    expect(out.split('\n').findIndex((l) => l.startsWith('Isi'))).toBe(text.split('\n').findIndex((l) => l.startsWith('Isi')));
  });

  it('leaves a file without frontmatter as it is', () => {
    expect(withoutFrontmatter('Isi saja\n')).toBe('Isi saja\n');
  });
});

describe('locate (where a field path sits in the file)', () => {
  const text = [
    '---',
    'nama: Pelayanan Konsultasi',
    'langkah:',
    '  - kegiatan: Menerima pemohon',
    '    pelaksana: Petugas',
    '  - kegiatan: Memeriksa berkas',
    '    pelaksana:',
    '"2024": angka sebagai kunci',
    '---',
    'Isi.',
  ].join('\n');
  const source = parseSource('content/sop/x.mdx', text);

  it('finds a value, a key, and the nearest ancestor of a path that goes further than the file', () => {
    expect(locate(source, ['nama'])).toEqual({ line: 2, column: 7 });
    expect(locate(source, ['langkah', 1, 'kegiatan'])).toEqual({ line: 6, column: 15 });
    expect(locate(source, ['langkah', 0, 'pelaksana'], { key: true })).toEqual({ line: 5, column: 5 });
    // An empty value sits where it would be written; a missing field at the item that should hold it.
    expect(locate(source, ['langkah', 1, 'pelaksana'])).toEqual({ line: 7, column: 15 });
    expect(locate(source, ['langkah', 1, 'waktu'])).toEqual({ line: 6, column: 5 });
    expect(locate(source, ['langkah', 9, 'kegiatan'])).toEqual({ line: 4, column: 3 });
    // A list index never matches a quoted key, nor a key written as text a list index.
    expect(locate(source, ['2024'])).toEqual({ line: 8, column: 9 });
    expect(locate(source, [2024])).toEqual({ line: 2, column: 1 });
  });

  it('answers the same from a copy of the parse (a parse is plain data, kept on disk between builds)', () => {
    const copy = structuredClone(source);
    for (const path of [['nama'], ['langkah', 1, 'kegiatan'], ['langkah', 1, 'pelaksana'], ['2024']]) expect(locate(copy, path)).toEqual(locate(source, path));
  });
});
