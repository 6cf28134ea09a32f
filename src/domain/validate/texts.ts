import type { CorpusDocument, FieldPath } from '../model/index.ts';
import { spComponentLabel } from '../views/index.ts';
import { labelText } from './place.ts';
import { listLevels, listsOf } from './lists.ts';

/**
 * Every text of a document that a reader reads, with where it sits and how a message names the
 * place: what the checks of typing and spelling read (typing.ts, spelling.ts).
 */
export interface PlacedText {
  path: FieldPath;
  text: string;
  /** "langkah 3, kegiatan", "kotak Dasar Hukum, butir 2", "nama". */
  where: string;
  step?: number;
}

const STEP_FIELDS = [['kegiatan', 'activity'], ['keterangan', 'notes'], ['kelengkapan', 'inputs'], ['output', 'output']] as const;

export function documentTexts(doc: CorpusDocument): PlacedText[] {
  const out: PlacedText[] = [{ path: ['nama'], text: doc.data.title, where: 'nama' }];
  if (doc.kind === 'sop') {
    const { data } = doc;
    data.identity.letterhead.forEach((text, i) => out.push({ path: ['kop', i], text, where: `kop, baris ${i + 1}` }));
    data.actors.forEach((a, i) => out.push({ path: ['pelaksana', i, 'nama'], text: a.label, where: `kolom pelaksana ${i + 1}` }));
    data.steps.forEach((step, i) => {
      for (const [key, field] of STEP_FIELDS)
        if (step[field]) out.push({ path: ['langkah', i, key], text: step[field], where: `langkah ${step.number}, ${key}`, step: step.number });
      if (step.decision?.question) out.push({ path: ['langkah', i, 'keputusan', 'pertanyaan'], text: step.decision.question, where: `langkah ${step.number}, pertanyaan keputusan`, step: step.number });
    });
  } else {
    const { data } = doc;
    // A fee written as plain text sits at biaya_tarif itself; locate falls back to it.
    if (data.fee.text) out.push({ path: ['biaya_tarif', 'keterangan'], text: data.fee.text, where: `komponen ${labelText(spComponentLabel(data, 'biaya_tarif'))}` });
    data.complaints.channels.forEach((c, i) => out.push({ path: ['penanganan_pengaduan', 'saluran', i, 'keterangan'], text: c.text, where: `saluran pengaduan ${i + 1}` }));
  }
  for (const list of listsOf(doc))
    for (const level of listLevels(list))
      level.items.forEach((item, i) => {
        if (item.text) out.push({ path: level.textAt(i), text: item.text, where: `${list.name}, ${level.names[i]}` });
      });
  return out;
}
