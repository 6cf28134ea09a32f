import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { missingComponents } from '../views/index.ts';
import { findingAt } from './place.ts';

/**
 * A Standar Pelayanan must publish the fourteen components of Permenpan-RB 15/2014 (and, for
 * complaints, how they are handled): one finding per document naming every empty component under
 * the label the source prints.
 */
export function standardFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const sp of corpus.standards.values()) {
    const missing = missingComponents(sp.data);
    if (missing.length === 0) continue;
    const names = missing.map((key) => (key === 'penanganan_pengaduan.alur' ? 'alur penanganan pengaduan' : (sp.data.labels[key] ?? key.replaceAll('_', ' '))));
    out.push(findingAt(sp, ['nama'], 'sp-komponen-kosong', `komponen Standar Pelayanan yang kosong: ${names.join(', ')}`));
  }
  return out;
}
