import { describe, expect, it } from 'vitest';
import { withoutFrontmatter } from '../../src/domain/model/frontmatter.ts';

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
