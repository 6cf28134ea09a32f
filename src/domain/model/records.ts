import { fileFinding, type Finding } from '../findings/index.ts';
import { issueToFinding, locate, parseSource, type ParsedSource } from './frontmatter.ts';
import { hiddenFindings } from './safety/hidden-characters.ts';
import { evaluationRecordSchema, monitoringRecordSchema, type EvaluationData, type MonitoringData } from './schema/monev.ts';
import type { SourceFile } from './corpus.ts';

/**
 * Monitoring and evaluation records (schema/monev.ts), read from their files: the SOP they are about
 * comes from the folder, the day from the file name, which must start with the record's `tanggal`.
 * Pure: callers read the disk.
 */

export const RECORD_FOLDERS = { monitoring: 'pemantauan', evaluation: 'evaluasi' } as const;
export type RecordKind = keyof typeof RECORD_FOLDERS;

interface RecordBase {
  file: string;
  /** The SOP's id (its file name), from the folder: `content/pemantauan/<sop-id>/…`. */
  sopSlug: string;
  /** The SOP's document id, "sop/<sop-id>": the record's findings show with that SOP's. */
  documentId: string;
  source: ParsedSource;
}
export interface MonitoringRecord extends RecordBase {
  kind: 'monitoring';
  data: MonitoringData;
}
export interface EvaluationRecord extends RecordBase {
  kind: 'evaluation';
  data: EvaluationData;
}
export type MonevRecord = MonitoringRecord | EvaluationRecord;

export interface ParsedRecord {
  file: string;
  record?: MonevRecord;
  findings: Finding[];
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const RECORD_PATH = new RegExp(`^content/(${RECORD_FOLDERS.monitoring}|${RECORD_FOLDERS.evaluation})/(${SLUG})/((\\d{4}-\\d{2}-\\d{2})(?:-${SLUG})?)\\.ya?ml$`);

/** Whether a path lies under one of the record folders (and is read as a record, not a document). */
export const isRecordPath = (file: string) =>
  file.startsWith(`content/${RECORD_FOLDERS.monitoring}/`) || file.startsWith(`content/${RECORD_FOLDERS.evaluation}/`);

export function parseRecord(f: SourceFile): ParsedRecord {
  const m = RECORD_PATH.exec(f.file);
  const folder = f.file.startsWith(`content/${RECORD_FOLDERS.evaluation}/`) ? RECORD_FOLDERS.evaluation : RECORD_FOLDERS.monitoring;
  if (!m)
    return {
      file: f.file,
      findings: [
        fileFinding(
          f.file,
          'nama-berkas',
          `nama berkas harus content/${folder}/<id-sop>/<tanggal>.yaml (mis. content/${folder}/pelayanan-konsultasi/2026-06-15.yaml; tambahkan -2 bila ada dua catatan sehari)`,
        ),
      ],
    };
  const kind: RecordKind = m[1] === RECORD_FOLDERS.evaluation ? 'evaluation' : 'monitoring';
  const sopSlug = m[2]!;
  const documentId = `sop/${sopSlug}`;
  const source = parseSource(f.file, f.text);
  const findings = [...source.syntaxFindings, ...hiddenFindings(f, source, documentId)];
  if (source.data === undefined) return { file: f.file, findings };
  const schema = kind === 'monitoring' ? monitoringRecordSchema : evaluationRecordSchema;
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { file: f.file, findings: [...findings, ...result.error.issues.map((i) => issueToFinding(f.file, source, i, documentId))] };
  const base = { file: f.file, sopSlug, documentId, source };
  const record: MonevRecord =
    kind === 'monitoring' ? { ...base, kind, data: result.data as MonitoringData } : { ...base, kind, data: result.data as EvaluationData };
  const named = m[4]!;
  if (record.data.date.iso !== named)
    findings.push({
      file: f.file,
      ...locate(source, ['tanggal']),
      severity: 'error',
      code: 'nama-berkas',
      documentId,
      message: `tanggal ${record.data.date.iso} berbeda dari nama berkasnya (${m[3]}.yaml): nama berkas diawali tanggal catatan; samakan keduanya`,
    });
  return { file: f.file, ...(findings.some((x) => x.severity === 'error') ? {} : { record }), findings };
}
