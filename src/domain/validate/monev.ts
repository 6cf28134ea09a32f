import type { Corpus, FieldPath, MonevRecord } from '../model/index.ts';
import { locate } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { RULE_BY_CODE } from '../findings/index.ts';
import { ui } from '../../i18n/id.ts';
import { docLabel } from './place.ts';

/**
 * Monitoring and evaluation records against the corpus: the SOP their folder names must be
 * published, a monitored step must exist in it, and no record is dated after the reference date
 * (corpus.asOf). What a record is made of (keys, values, the file name) is the schema's
 * (model/records.ts).
 */
export function monevFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  const at = (record: MonevRecord, path: FieldPath, code: string, message: string, documentId?: string): Finding => ({
    file: record.file,
    ...locate(record.source, path),
    severity: RULE_BY_CODE.get(code)!.severity,
    code,
    message,
    ...(documentId ? { documentId } : {}),
  });
  const { asOf } = corpus;
  for (const record of [...corpus.monitoring, ...corpus.evaluations]) {
    const sop = corpus.sops.get(record.sopSlug);
    if (!sop) {
      const draft = corpus.drafts.has(record.documentId);
      out.push(
        at(
          record,
          [],
          'monev-sop-tidak-ada',
          draft
            ? `SOP "${record.sopSlug}" masih draf (status: draf): catatan ${kindWord(record)} hanya untuk SOP yang terbit`
            : `tidak ada SOP ber-id "${record.sopSlug}" (content/sop/${record.sopSlug}.mdx): nama folder catatan ${kindWord(record)} adalah id SOP-nya`,
        ),
      );
    } else if (record.kind === 'monitoring') {
      const count = sop.data.steps.length;
      record.data.steps.forEach((entry, i) => {
        if (entry.step > count)
          out.push(
            at(
              record,
              ['langkah', i, 'langkah'],
              'monev-langkah-tidak-ada',
              `langkah ${entry.step}: ${docLabel(sop)} hanya punya ${count} langkah; tulis nomor urut langkah yang dinilai`,
              sop.id,
            ),
          );
      });
    }
    if (asOf && record.data.date.iso > asOf.iso)
      out.push(
        at(
          record,
          ['tanggal'],
          'monev-tanggal-mendatang',
          `tanggal ${record.data.date.iso} sesudah tanggal acuan ${asOf.iso} (${ui.referenceDate.basis[asOf.basis]}): catatan ${kindWord(record)} tidak bertanggal di masa depan; periksa tanggalnya`,
          sop ? sop.id : undefined,
        ),
      );
  }
  return out;
}

const kindWord = (record: MonevRecord) => (record.kind === 'monitoring' ? 'pemantauan' : 'evaluasi');
