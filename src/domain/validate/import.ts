import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { isPrintedNumber } from '../flow/index.ts';
import { findingAt } from './place.ts';

/**
 * Documents written by the PDF importer (npm run impor) carry what it could not read in
 * `impor.catatan`; each line is shown to the reviewer, on the page and on the compliance report.
 * A step whose No. is text rather than a printed number says the table's columns were misread.
 */
export function importFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const imported = doc.data.imported;
    if (!imported) continue;
    imported.notes.forEach((note, k) => out.push(findingAt(doc, ['impor', 'catatan', k], 'impor-tak-terbaca', `Diimpor dari PDF; tidak terbaca: ${note}`)));
    doc.data.steps.forEach((step, i) => {
      if (step.printedNumber === '' || isPrintedNumber(step.printedNumber)) return;
      const shown = step.printedNumber.length > 30 ? `${step.printedNumber.slice(0, 30)}…` : step.printedNumber;
      out.push(findingAt(doc, ['langkah', i, 'no'], 'impor-no-bukan-nomor', `langkah ${i + 1}: kolom No. berisi "${shown}", bukan nomor langkah tercetak; kolom tabelnya mungkin terbaca salah — periksa dengan PDF aslinya`, { step: i + 1 }));
    });
  }
  return out;
}
