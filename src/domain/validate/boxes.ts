import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import type { LabelledKey } from '../model/index.ts';
import { isPlaceholder, relatedName } from '../model/index.ts';
import { findingAt, labelText } from './place.ts';

/**
 * The boxes and the step texts as transcribed: an empty box, a step text that stops mid-sentence
 * ("… dan", "… yang", a trailing comma) — signs of a page cut in the original or of a lost line in
 * the transcription. What is inside the boxes is read in lists.ts.
 */

/** The six boxes every SOP AP has (Permenpan-RB 35/2012); Maksud/Ruang Lingkup only when printed. Their items are checked in lists.ts. */
export const BOXES: ReadonlyArray<[LabelledKey, string, (d: import('../model/index.ts').SopData) => string[]]> = [
  ['dasar_hukum', 'Dasar Hukum', (d) => d.legalBasis],
  ['kualifikasi_pelaksana', 'Kualifikasi Pelaksana', (d) => d.qualifications],
  ['keterkaitan', 'Keterkaitan', (d) => d.related.map(relatedName)],
  ['peralatan_perlengkapan', 'Peralatan/Perlengkapan', (d) => d.equipment],
  ['peringatan', 'Peringatan', (d) => d.warnings],
  ['pencatatan_pendataan', 'Pencatatan dan Pendataan', (d) => d.records],
  ['maksud_tujuan', 'Maksud dan Tujuan', (d) => d.identity.purpose],
  ['ruang_lingkup', 'Ruang Lingkup', (d) => d.identity.scope],
];
const OPTIONAL_BOXES = new Set<LabelledKey>(['maksud_tujuan', 'ruang_lingkup']);

/** Words a sentence does not end on in Indonesian: conjunctions, prepositions, the relative "yang". */
const DANGLING = /(?:^|\s)(dan|atau|serta|yang|untuk|dengan|di|ke|dari|pada|kepada|oleh|bahwa|agar|sebagai|dalam|terhadap|maupun|tentang|melalui)$/i;

/** What is wrong with the end of a text, or undefined: a dangling word, a trailing comma, colon, slash, hyphen or "…". */
export function cutSentence(text: string): string | undefined {
  const t = text.trim();
  // ";" closes a list item in these documents; it is not a cut.
  const last = /(?:\.\.\.|…|[,:/-])$/.exec(t);
  if (last) return `berakhir dengan "${last[0]}"`;
  if (/[.;?!)"”]$/.test(t)) return undefined;
  const m = DANGLING.exec(t);
  return m ? `berakhir dengan "${m[1]}"` : undefined;
}

export function boxFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { data } = doc;
    for (const [key, fallback, itemsOf] of BOXES) {
      const items = itemsOf(data);
      const label = labelText(data.identity.labels[key] ?? fallback);
      // A box printed with only a dash ("-") is empty too; the dash stays on the page as printed.
      if (items.every(isPlaceholder) && !OPTIONAL_BOXES.has(key))
        out.push(findingAt(doc, [key], 'kotak-kosong', items.length ? `kotak ${label} kosong (tertulis "${items[0]!.trim()}")` : `kotak ${label} kosong`));
    }
    data.steps.forEach((step, i) => {
      for (const [field, text] of [['kegiatan', step.activity], ['keterangan', step.notes]] as const) {
        const problem = text && !isPlaceholder(text) ? cutSentence(text) : undefined;
        if (problem)
          out.push(findingAt(doc, ['langkah', i, field], 'kalimat-terpotong',
            `langkah ${step.number}: ${field} ${problem}, seperti kalimat yang terpotong ("…${text.trim().slice(-40)}")`, { step: step.number }));
      }
    });
  }
  return out;
}
