import type { Corpus, SopDocument } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import type { FieldPath } from '../model/index.ts';
import { docLabel, findingAt, listNames, normaliseText, placeOf } from './place.ts';

/**
 * Rule 7, copy-paste: boxes that belong to one procedure and should differ between SOPs. Dasar
 * hukum, kualifikasi, peralatan and keterkaitan are legitimately shared by sibling SOPs and are not
 * compared. Documents are grouped by normalised text in a map (linear, no pairs); each group is
 * reported once, at its first document, with the others in `alsoAt`.
 */
interface Box {
  path: FieldPath;
  name: string;
  entries: (sop: SopDocument) => string[];
}

const BOXES: readonly Box[] = [
  { path: ['peringatan'], name: 'kotak Peringatan', entries: (d) => d.data.warnings },
  { path: ['pencatatan_pendataan'], name: 'kotak Pencatatan dan Pendataan', entries: (d) => d.data.records },
  { path: ['langkah'], name: 'seluruh kegiatan langkah', entries: (d) => d.data.steps.map((s) => s.activity) },
];

/** Case, spacing and a closing ";" or "." do not make two entries differ. */
const entryKey = (t: string) => normaliseText(t).replace(/\s*[.;,]$/, '');

export function copyPasteFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const box of BOXES) {
    const groups = new Map<string, SopDocument[]>();
    for (const doc of corpus.sops.values()) {
      const entries = box.entries(doc);
      if (entries.length === 0) continue;
      const key = entries.map(entryKey).join('\n');
      const group = groups.get(key);
      if (group) group.push(doc);
      else groups.set(key, [doc]);
    }
    for (const docs of groups.values()) {
      if (docs.length < 2) continue;
      const [first, ...rest] = docs;
      const sameTitle = new Set(docs.map((d) => normaliseText(d.data.title))).size === 1;
      out.push(findingAt(first!, box.path, 'salin-tempel',
        `${box.name} sama persis di ${docs.length} SOP${sameTitle ? '' : ' yang judulnya berbeda'}: ${listNames(docs.map(docLabel), 5)}; periksa apakah tersalin dari SOP lain`,
        { alsoAt: rest.map((d) => placeOf(d, box.path)) }));
    }
  }
  return out;
}
