import type { Finding } from '../findings/index.ts';

/**
 * What a public page says about the automatic checks: a member of the public reads a plain
 * sentence ("Dokumen ini belum ditandatangani"), never a rule code or a file path; those stay on
 * the reviewer's desk, in the document's own section of its unit's page. Only findings a reader can act on or should know
 * before relying on the document become a sentence; the rest is counted and linked.
 */
export type PublicNote = 'unsigned' | 'unnumbered' | 'slowerThanPromised' | 'citesWithdrawn';

const NOTE_BY_CODE: Record<string, PublicNote> = {
  'disahkan-kosong': 'unsigned',
  'nomor-kosong': 'unnumbered',
  'waktu-melebihi-sp': 'slowerThanPromised',
  'rujukan-tidak-berlaku': 'citesWithdrawn',
};

export interface PublicSummary {
  /** Plain notes, each once, in a fixed order. */
  notes: PublicNote[];
  /** Other errors and warnings, for the document's editors (info notes are for reviewers only). */
  otherCount: number;
}

export function publicSummary(findings: ReadonlyArray<Pick<Finding, 'code' | 'severity'>>): PublicSummary {
  const found = new Set(findings.map((f) => NOTE_BY_CODE[f.code]).filter((n): n is PublicNote => n !== undefined));
  const order: PublicNote[] = ['unsigned', 'unnumbered', 'slowerThanPromised', 'citesWithdrawn'];
  return { notes: order.filter((n) => found.has(n)), otherCount: findings.filter((f) => f.severity !== 'info' && NOTE_BY_CODE[f.code] === undefined).length };
}

/** The id of a document's section on its unit's page of the desk: "dokumen-sop-pelayanan-konsultasi". */
export function complianceAnchor(documentId: string): string {
  return `dokumen-${documentId.replace(/[^a-z0-9-]+/gi, '-')}`;
}
