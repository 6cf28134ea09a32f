import type { Corpus, CorpusDocument, DocumentKind } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import type { FieldPath } from '../model/index.ts';
import { documentsOf, KINDS, listTexts } from '../model/index.ts';
import { SP_LABELS } from '../views/index.ts';
import { docLabel, findingAt, listNames, normaliseText, placeOf } from './place.ts';

/**
 * Rule 7, copy-paste: boxes that belong to one procedure and should differ between SOPs, and the
 * components that belong to one service and should differ between Standar Pelayanan (a component
 * copied from another service's standard talks about that service). Dasar hukum, kualifikasi,
 * peralatan and keterkaitan are legitimately shared by sibling SOPs, and an agency's standards share
 * their legal basis, facilities, staff, supervision, guarantees and complaint handling: those are not
 * compared. Documents are grouped by normalised text in a map (linear, no pairs); each group is
 * reported once, at its first document, with the others in `alsoAt`.
 */
interface Box {
  kind: DocumentKind;
  path: FieldPath;
  name: string;
  entries: (doc: CorpusDocument) => string[];
  /** Fewer entries are too little to tell a copy from a coincidence ("KTP" alone). */
  least: number;
}

const sop = (doc: CorpusDocument) => (doc.kind === 'sop' ? doc.data : undefined);
const standard = (doc: CorpusDocument) => (doc.kind === 'sp' ? doc.data : undefined);

const BOXES: readonly Box[] = [
  { kind: 'sop', path: ['peringatan'], name: 'kotak Peringatan', entries: (d) => sop(d)!.warnings, least: 1 },
  { kind: 'sop', path: ['pencatatan_pendataan'], name: 'kotak Pencatatan dan Pendataan', entries: (d) => sop(d)!.records, least: 1 },
  { kind: 'sop', path: ['langkah'], name: 'seluruh kegiatan langkah', entries: (d) => sop(d)!.steps.map((s) => s.activity), least: 1 },
  { kind: 'sp', path: ['persyaratan'], name: `komponen ${SP_LABELS.persyaratan}`, entries: (d) => listTexts(standard(d)!.requirements), least: 3 },
  { kind: 'sp', path: ['sistem_mekanisme_prosedur'], name: `komponen ${SP_LABELS.sistem_mekanisme_prosedur}`, entries: (d) => listTexts(standard(d)!.procedure), least: 3 },
];

/** Case, spacing and a closing ";" or "." do not make two entries differ. */
const entryKey = (t: string) => normaliseText(t).replace(/\s*[.;,]$/, '');

export function copyPasteFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const box of BOXES) {
    const groups = new Map<string, CorpusDocument[]>();
    for (const doc of documentsOf(corpus, box.kind).values()) {
      const entries = box.entries(doc);
      if (entries.length < box.least) continue;
      const key = entries.map(entryKey).join('\n');
      const group = groups.get(key);
      if (group) group.push(doc);
      else groups.set(key, [doc]);
    }
    for (const docs of groups.values()) {
      if (docs.length < 2) continue;
      const [first, ...rest] = docs;
      const sameTitle = new Set(docs.map((d) => normaliseText(d.data.title))).size === 1;
      const kind = KINDS[box.kind].name;
      out.push(findingAt(first!, box.path, 'salin-tempel',
        `${box.name} sama persis di ${docs.length} ${kind}${sameTitle ? '' : ' yang judulnya berbeda'}: ${listNames(docs.map(docLabel), 5)}; periksa apakah tersalin dari ${kind} lain`,
        { alsoAt: rest.map((d) => placeOf(d, box.path)) }));
    }
  }
  return out;
}
