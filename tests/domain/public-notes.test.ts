import { describe, expect, it } from 'vitest';
import { complianceAnchor, publicSummary } from '../../src/domain/views/public-notes.ts';

describe('the public note of a document', () => {
  it('turns the findings the public should know into plain notes, each once, and counts the rest', () => {
    const summary = publicSummary([
      { code: 'pelaksana-ganda', severity: 'warning' },
      { code: 'disahkan-kosong', severity: 'warning' },
      { code: 'nomor-kosong', severity: 'warning' },
      { code: 'disahkan-kosong', severity: 'warning' },
      { code: 'waktu-total', severity: 'info' },
    ]);
    expect(summary).toEqual({ notes: ['unsigned', 'unnumbered'], otherCount: 1 });
  });

  it('tells the public when a document cites an SOP no longer in force', () => {
    expect(publicSummary([{ code: 'rujukan-tidak-berlaku', severity: 'warning' }])).toEqual({ notes: ['citesWithdrawn'], otherCount: 0 });
  });

  it('says nothing when only reviewers have notes', () => {
    expect(publicSummary([{ code: 'salin-tempel', severity: 'info' }])).toEqual({ notes: [], otherCount: 0 });
  });

  it('names the document section of /kepatuhan/', () => {
    expect(complianceAnchor('sop/pelayanan-konsultasi')).toBe('dokumen-sop-pelayanan-konsultasi');
  });
});
