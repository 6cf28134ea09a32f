import { describe, expect, it } from 'vitest';
import { searchQuery, withDefaultStatus } from '../../src/domain/search-query.ts';

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
