import { describe, expect, it } from 'vitest';
import { editDistance, partialMatches, queryWords, searchQuery, suggestQueries, vocabularyOf, withDefaultStatus } from '../../src/domain/search/query.ts';

describe('searchQuery', () => {
  it.each([
    ['061/1625.1/DISKOPUKM', '1625.1'],
    ['061/ 1625.1 /DISKOPUKM', '1625.1'],
    ['500.3.2/ 1830-V/ DISKOPUKM.A', '1830-V'],
    ['000.8 / 1622.3 / DISKOPUKM.B', '1622.3'],
    ['1625.1', '1625.1'],
    ['  konsultasi koperasi ', 'konsultasi koperasi'],
    ['Bahan/Materi', 'Bahan/Materi'],
  ])('%j -> %j', (typed, sent) => expect(searchQuery(typed)).toBe(sent));
});

describe('the default status filter', () => {
  it('keeps to documents in force unless the reader picks a status', () => {
    expect(withDefaultStatus({}, 'Berlaku')).toEqual({ status: ['Berlaku'] });
    expect(withDefaultStatus({ jenis: ['SOP'] }, 'Berlaku')).toEqual({ jenis: ['SOP'], status: ['Berlaku'] });
    expect(withDefaultStatus({ status: ['Dicabut'] }, 'Berlaku')).toEqual({ status: ['Dicabut'] });
  });
});

describe('a query as the public types it', () => {
  it.each([
    ['bagaimana cara mengajukan permohonan data?', ['mengajukan', 'permohonan', 'data']],
    ['Berapa biaya konsultasi', ['biaya', 'konsultasi']],
    ['di mana saya bisa konsultasi', ['konsultasi']],
    ['apa', []],
    ['061/1625.1/DISKOPUKM', ['1625.1']],
    ['"Narasumber"', ['narasumber']],
  ])('%j searches %j', (typed, words) => expect(queryWords(typed)).toEqual(words));

  it('falls back to the pages with most of the words, each word counting alike', () => {
    // As Pagefind scores "mengajukan", "permohonan", "data" on the seed site.
    const perWord = [
      [{ id: 'narasumber', score: 2.93 }],
      [{ id: 'permintaan-data', score: 1.96 }, { id: 'permintaan-narasumber', score: 1.7 }],
      [{ id: 'permintaan-data', score: 1.21 }, { id: 'narasumber', score: 0.5 }, { id: 'lain', score: 0.48 }],
    ];
    expect(partialMatches(perWord).map((r) => r.id)).toEqual(['permintaan-data', 'narasumber']);
    expect(partialMatches([[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }]]).map((r) => r.id)).toEqual(['a', 'b']);
    expect(partialMatches([[], []])).toEqual([]);
  });

  it('suggests near spellings from the site’s words', () => {
    const vocabulary = vocabularyOf(['Pelayanan Konsultasi', 'Pendaftaran Narasumber (Narsum)', 'Permintaan Data']);
    expect(vocabulary).toContain('narasumber');
    expect(suggestQueries(['konsutlasi'], vocabulary)).toEqual(['konsultasi']);
    expect(suggestQueries(['pendaftran', 'narasumbr'], vocabulary)).toEqual(['pendaftaran narasumbr', 'pendaftran narasumber']);
    expect(suggestQueries(['xyzzyqw'], vocabulary)).toEqual([]);
    expect(editDistance('narsum', 'narasumber')).toBe(4);
  });
});
