import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { findingAt } from './place.ts';

/**
 * Documents written by the PDF importer (npm run impor) carry what it could not read in
 * `impor.catatan`; each line is shown to the reviewer, on the page and on the compliance report.
 */
export function importFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values())
    doc.data.imported?.notes.forEach((note, k) => out.push(findingAt(doc, ['impor', 'catatan', k], 'impor-tak-terbaca', `Diimpor dari PDF; tidak terbaca: ${note}`)));
  return out;
}
