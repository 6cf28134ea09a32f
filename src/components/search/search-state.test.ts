import { describe, expect, it } from 'vitest';
import { filterGroups, isEmptyQuery, pagefindFilters, queryFromUrl, resultMetaLine, statusText, urlOf } from './search-state.ts';

const STRINGS = { typeToSearch: 'Ketik', results: '{n} hasil', partialResults: '{n} hasil (sebagian kata)', noResults: 'Tidak ada', noResultsWithFilters: 'Tidak ada dengan saringan ini' };

describe('the search URL', () => {
  it.each([
    ['', { q: '', filters: {} }],
    ['?q=izin+usaha', { q: 'izin usaha', filters: {} }],
    ['?q=izin&unit=Bidang+A&unit=Bidang+B&status=Dicabut', { q: 'izin', filters: { unit: ['Bidang A', 'Bidang B'], status: ['Dicabut'] } }],
    ['?q=x&utm_source=wa', { q: 'x', filters: {} }],
  ])('%s is read as the query it names', (search, expected) => {
    expect(queryFromUrl(search)).toEqual(expected);
  });

  it('is written back to the same query, trimmed, without empty parts', () => {
    const query = { q: '  izin usaha ', filters: { unit: ['Bidang A', 'Bidang B'] } };
    const url = urlOf('/cari/', query);
    expect(url).toBe('/cari/?q=izin+usaha&unit=Bidang+A&unit=Bidang+B');
    expect(queryFromUrl(url.slice('/cari/'.length))).toEqual({ q: 'izin usaha', filters: query.filters });
    expect(urlOf('/cari/', { q: ' ', filters: {} })).toBe('/cari/');
  });
});

describe('the filters offered', () => {
  it('come in a fixed order, values alphabetical, and a facet with one value is left out', () => {
    const groups = filterGroups({ unit: { 'Bidang UMKM': 3, 'Bagian Umum': 2 }, status: { Berlaku: 9, Dicabut: 1 }, jenis: { SOP: 10 }, lain: { x: 1, y: 2 } });
    expect(groups).toEqual([
      { name: 'status', values: [{ value: 'Berlaku', count: 9 }, { value: 'Dicabut', count: 1 }] },
      { name: 'unit', values: [{ value: 'Bagian Umum', count: 2 }, { value: 'Bidang UMKM', count: 3 }] },
    ]);
  });

  it('ask Pagefind for documents in force unless a status is ticked', () => {
    expect(pagefindFilters({ unit: ['A'] }, 'Berlaku')).toEqual({ unit: { any: ['A'] }, status: { any: ['Berlaku'] } });
    expect(pagefindFilters({ status: ['Dicabut'] }, 'Berlaku')).toEqual({ status: { any: ['Dicabut'] } });
  });
});

describe('the status line', () => {
  it('counts what was found, says when only some words matched, and why nothing was', () => {
    expect(statusText(STRINGS, { total: 12, partial: false, filtered: false })).toBe('12 hasil');
    expect(statusText(STRINGS, { total: 3, partial: true, filtered: false })).toBe('3 hasil (sebagian kata)');
    expect(statusText(STRINGS, { total: 0, partial: false, filtered: false })).toBe('Tidak ada');
    expect(statusText(STRINGS, { total: 0, partial: false, filtered: true })).toBe('Tidak ada dengan saringan ini');
  });

  it('is the prompt to type while nothing is asked', () => {
    expect(isEmptyQuery([], { q: '', filters: {} })).toBe(true);
    expect(isEmptyQuery([], { q: '', filters: { unit: ['A'] } })).toBe(false);
    expect(isEmptyQuery(['izin'], { q: 'izin', filters: {} })).toBe(false);
  });
});

it("a result's line joins the status, number and unit it has", () => {
  expect(resultMetaLine({ status: 'Berlaku', nomor: 'SOP-1/2024', unit: 'Bidang A', title: 'x' })).toBe('Berlaku · SOP-1/2024 · Bidang A');
  expect(resultMetaLine({ unit: 'Bidang A' })).toBe('Bidang A');
});
