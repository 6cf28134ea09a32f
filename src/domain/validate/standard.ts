import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { missingComponents, spComponentLabel } from '../views/index.ts';
import { ui } from '../../i18n/id.ts';
import { findingAt, labelText } from './place.ts';

/**
 * A Standar Pelayanan must publish the fourteen components of Permenpan-RB 15/2014 (and, for
 * complaints, the channels and how they are handled): one finding per document naming every empty
 * component under the label the source prints, else the regulation's, and the part of the
 * complaint component that is missing when the rest of it is printed.
 */
export function standardFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const sp of corpus.standards.values()) {
    const missing = missingComponents(sp.data);
    if (missing.length === 0) continue;
    const label = (key: Parameters<typeof spComponentLabel>[1]) => labelText(spComponentLabel(sp.data, key));
    const empty: string[] = [];
    const parts: string[] = [];
    for (const key of missing) {
      if (key === 'penanganan_pengaduan.saluran') parts.push(ui.spChannels.toLowerCase());
      else if (key === 'penanganan_pengaduan.alur') parts.push(ui.spComplaintFlow.toLowerCase());
      else empty.push(label(key));
    }
    // Labels hold commas ("Penanganan Pengaduan, Saran dan Masukan"): components are listed with ";".
    const sentences = [
      ...(empty.length ? [`komponen Standar Pelayanan yang kosong: ${empty.join('; ')}`] : []),
      ...(parts.length ? [`komponen ${label('penanganan_pengaduan')} tidak memuat ${parts.join(' dan ')}`] : []),
    ];
    out.push(findingAt(sp, ['nama'], 'sp-komponen-kosong', sentences.join('; ')));
  }
  return out;
}
