import type { Finding } from '../findings/index.ts';
import { fileFinding, RULE_BY_CODE } from '../findings/index.ts';
import { formatPath, issueToFinding, locate, parseSource, type ParsedSource } from './frontmatter.ts';
import { bodyFindings } from './safety/body.ts';
import { hiddenFindings } from './safety/hidden-characters.ts';
import { Organisation, organisationFileSchema } from './schema/organisation.ts';
import type { SopData } from './schema/sop.ts';
import type { StandarPelayananData } from './schema/standar-pelayanan.ts';
import { isRecordPath, parseRecord, type EvaluationRecord, type MonitoringRecord, type ParsedRecord } from './records.ts';
import type { ReferenceDate } from './reference-date.ts';
import { DOCUMENT_FOLDERS, documentsOf, kindOfCollection, KINDS, type DocumentKind } from './kinds.ts';

/**
 * The whole corpus, parsed from file texts: the organisation and every document, each with the
 * source it came from (for positions), plus the findings of reading it. Pure: callers read the disk.
 */

export interface SourceFile {
  /** Path relative to the project root, "content/sop/pelayanan-konsultasi.mdx"; a folder ends in "/". */
  file: string;
  text: string;
  /**
   * Set when the reader could not or would not read the file (it is missing, a symbolic link to
   * nothing or out of the content folder, unreadable): the finding to report instead of its text.
   */
  refused?: { code: 'berkas-tak-terbaca' | 'tautan-keluar'; message: string };
}

/** The one finding of a file the reader refused. */
function refusedFinding(f: SourceFile, documentId?: string): Finding {
  const { code, message } = f.refused!;
  return fileFinding(f.file, code, message, { severity: RULE_BY_CODE.get(code)!.severity, ...(documentId ? { documentId } : {}) });
}

interface DocumentBase {
  /** "sop/pelayanan-konsultasi": unique across the corpus, also the page path. */
  id: string;
  /** "pelayanan-konsultasi": the file name, unique within its collection. */
  slug: string;
  file: string;
  source: ParsedSource;
}
export interface SopDocument extends DocumentBase {
  kind: 'sop';
  data: SopData;
}
export interface StandarPelayananDocument extends DocumentBase {
  kind: 'sp';
  data: StandarPelayananData;
}
export type CorpusDocument = SopDocument | StandarPelayananDocument;

export interface Corpus {
  organisation: Organisation;
  sops: Map<string, SopDocument>;
  standards: Map<string, StandarPelayananDocument>;
  /**
   * Documents with `status: draf`, by id ("sop/x"): read and checked against the schema, never
   * published, so not in `sops` or `standards` (a reference to one is an error).
   */
  drafts: Map<string, CorpusDocument>;
  /** Schema and reference findings; validation rules add their own. */
  findings: Finding[];
  /** Monitoring records (content/pemantauan/), oldest first; those that did not read are findings. */
  monitoring: MonitoringRecord[];
  /** Evaluation records (content/evaluasi/), oldest first. */
  evaluations: EvaluationRecord[];
  /** "Today" for the content: overdue monitoring and dates in the future count from it (the reader sets it). */
  asOf?: ReferenceDate;
}

export const ORGANISATION_FILE = 'content/organisasi.yaml';

const DOCUMENT_PATH = new RegExp(`^content/(${DOCUMENT_FOLDERS.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)\\.mdx?$`);

export function documentIdOf(file: string): { kind: DocumentKind; slug: string; id: string } | undefined {
  const m = DOCUMENT_PATH.exec(file);
  if (!m) return undefined;
  const kind = kindOfCollection(m[1]!)!;
  return { kind, slug: m[2]!, id: `${m[1]}/${m[2]}` };
}

export function parseOrganisation(file: SourceFile): { organisation: Organisation; findings: Finding[] } {
  if (file.refused) return { organisation: new Organisation([]), findings: [refusedFinding(file)] };
  const source = parseSource(file.file, file.text);
  const hidden = hiddenFindings(file, source);
  if (source.data === undefined) return { organisation: new Organisation([]), findings: [...source.syntaxFindings, ...hidden] };
  if (source.data === null)
    return {
      organisation: new Organisation([]),
      findings: [
        fileFinding(
          file.file,
          'schema',
          'berkas organisasi kosong: tulis instansi, perangkat daerahnya dan unitnya (lihat docs/frontmatter.md); setiap dokumen menyebut unitnya dari sini',
        ),
      ],
    };
  const result = organisationFileSchema.safeParse(source.data, { reportInput: true });
  if (!result.success)
    return { organisation: new Organisation([]), findings: [...result.error.issues.map((i) => issueToFinding(file.file, source, i)), ...hidden] };
  return { organisation: new Organisation(result.data.instansi), findings: hidden };
}

/** One document file read on its own: the document when it passes the schema, and what was found. */
export interface ParsedDocument {
  file: string;
  doc?: CorpusDocument;
  findings: Finding[];
}

/**
 * Reads one document file (name, YAML, hidden characters, body, schema). Independent of every other
 * file, so a reader can keep the result of an unchanged file (the dev server re-reads only what was
 * saved); what depends on several files is decided in assembleCorpus.
 */
export function parseDocument(f: SourceFile): ParsedDocument {
  const ident = documentIdOf(f.file);
  if (f.refused) return { file: f.file, findings: [refusedFinding(f, ident?.id)] };
  if (!ident)
    return {
      file: f.file,
      findings: [
        fileFinding(
          f.file,
          'nama-berkas',
          f.file.endsWith('/')
            ? 'subfolder tidak dibaca dan tidak diterbitkan: pindahkan berkasnya langsung ke content/sop/ atau content/standar-pelayanan/'
            : 'nama berkas harus content/sop/<id>.mdx atau content/standar-pelayanan/<id>.mdx, id huruf kecil dengan tanda hubung',
        ),
      ],
    };
  const source = parseSource(f.file, f.text);
  const findings = [
    ...source.syntaxFindings,
    ...hiddenFindings(f, source, ident.id),
    ...bodyFindings({ file: f.file, text: f.text, body: source.body, documentId: ident.id }),
  ];
  if (source.data === undefined) return { file: f.file, findings };
  const base = { id: ident.id, slug: ident.slug, file: f.file, source };
  const result = KINDS[ident.kind].schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { file: f.file, findings: [...findings, ...result.error.issues.map((i) => issueToFinding(f.file, source, i, ident.id))] };
  const doc: CorpusDocument =
    ident.kind === 'sop' ? { ...base, kind: 'sop', data: result.data as SopData } : { ...base, kind: 'sp', data: result.data as StandarPelayananData };
  return { file: f.file, doc, findings };
}

/** A corpus with nothing to read: the content folder itself is missing or refused (`folder.refused`). */
export function unreadableCorpus(folder: SourceFile): Corpus {
  return {
    organisation: new Organisation([]),
    sops: new Map(),
    standards: new Map(),
    drafts: new Map(),
    monitoring: [],
    evaluations: [],
    findings: [refusedFinding(folder)],
  };
}

/** The corpus from file texts: documents, and monitoring and evaluation records by their folder. */
export function parseCorpus(organisationFile: SourceFile, files: SourceFile[], asOf?: ReferenceDate): Corpus {
  const records = files.filter((f) => isRecordPath(f.file));
  const documents = files.filter((f) => !isRecordPath(f.file));
  return assembleCorpus(organisationFile, documents.map(parseDocument), records.map(parseRecord), asOf);
}

/** The corpus from its documents and records read one by one (parseDocument, parseRecord), in file order. */
export function assembleCorpus(
  organisationFile: SourceFile,
  documents: readonly ParsedDocument[],
  records: readonly ParsedRecord[] = [],
  asOf?: ReferenceDate,
): Corpus {
  const { organisation, findings } = parseOrganisation(organisationFile);
  const sops = new Map<string, SopDocument>();
  const standards = new Map<string, StandarPelayananDocument>();
  const drafts = new Map<string, CorpusDocument>();

  // One document, one file: of x.md and x.mdx the .mdx is read, the other reported.
  const fileOfId = new Map<string, string>();
  for (const { file } of documents) {
    const id = documentIdOf(file)?.id;
    const earlier = id === undefined ? undefined : fileOfId.get(id);
    if (id !== undefined && (!earlier || (file.endsWith('.mdx') && !earlier.endsWith('.mdx')))) fileOfId.set(id, file);
  }
  for (const { file, doc, findings: own } of documents) {
    const id = documentIdOf(file)?.id;
    const kept = id === undefined ? undefined : fileOfId.get(id);
    if (id !== undefined && kept !== file) {
      findings.push(
        fileFinding(file, 'berkas-ganda', `dokumen ${id} sudah ada di ${kept}: satu dokumen, satu berkas; hapus ${file} atau gabungkan isinya`, {
          documentId: id,
        }),
      );
      continue;
    }
    findings.push(...own);
    if (!doc) continue;
    if (doc.data.lifecycle.status === 'draft') drafts.set(doc.id, doc);
    else if (doc.kind === 'sop') sops.set(doc.slug, doc);
    else standards.set(doc.slug, doc);
  }

  const monitoring: MonitoringRecord[] = [];
  const evaluations: EvaluationRecord[] = [];
  for (const { record, findings: own } of records) {
    findings.push(...own);
    if (record?.kind === 'monitoring') monitoring.push(record);
    else if (record) evaluations.push(record);
  }
  const byDay = (a: { data: { date: { iso: string } }; file: string }, b: typeof a) =>
    a.data.date.iso.localeCompare(b.data.date.iso) || a.file.localeCompare(b.file);
  monitoring.sort(byDay);
  evaluations.sort(byDay);

  const corpus: Corpus = { organisation, sops, standards, drafts, findings, monitoring, evaluations, ...(asOf ? { asOf } : {}) };
  findings.push(...referenceFindings(corpus));
  return corpus;
}

/** The ids a message offers; a large organisation is cut short rather than printed whole. */
function idList(ids: readonly string[], max = 20): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')}, … ${ids.length - max} lagi`;
}

/** References that must resolve for a page to be built at all: units, SOP ids and successors. */
function referenceFindings({ organisation, sops, standards, drafts }: Corpus): Finding[] {
  const out: Finding[] = [];
  const at = (doc: CorpusDocument, path: PropertyKey[], code: string, message: string): Finding => ({
    file: doc.file,
    ...locate(doc.source, path),
    severity: 'error',
    code,
    message,
    documentId: doc.id,
  });
  const known = [...sops.keys()];
  // A published document citing a draft would link to a page that is not built.
  const missingSop = (id: string, where: string) =>
    drafts.has(`${KINDS.sop.collection}/${id}`)
      ? {
          code: 'rujukan-draf',
          message: `${where}: SOP "${id}" masih draf (status: draf) dan tidak diterbitkan; terbitkan SOP itu atau tulis judulnya saja tanpa id`,
        }
      : { code: 'rujukan-tidak-ada', message: `${where}: tidak ada SOP ber-id "${id}" (${known.join(', ')})` };
  for (const doc of [...sops.values(), ...standards.values(), ...drafts.values()]) {
    const successor = doc.data.lifecycle.supersededBy;
    if (successor === undefined) continue;
    const { collection, name: kindName } = KINDS[doc.kind];
    const same = documentsOf({ sops, standards }, doc.kind);
    const problem =
      successor === doc.slug
        ? `${kindName} tidak dapat digantikan oleh dirinya sendiri`
        : drafts.has(`${collection}/${successor}`)
          ? `${kindName} pengganti "${successor}" masih draf (status: draf) dan tidak diterbitkan`
          : !same.has(successor)
            ? `tidak ada ${kindName} ber-id "${successor}" (content/${collection}/${successor}.mdx)`
            : undefined;
    if (problem) out.push(at(doc, ['digantikan_oleh'], 'pengganti-tidak-ada', `digantikan_oleh: ${problem}`));
  }
  // Without any unit (organisasi.yaml missing, empty or broken: reported there) every unit is unknown; once is enough.
  for (const doc of organisation.unitIds.length ? [...sops.values(), ...standards.values()] : []) {
    if (!organisation.unit(doc.data.unitId))
      out.push(at(doc, ['unit'], 'unit-tidak-dikenal', `unit: "${doc.data.unitId}" tidak ada di ${ORGANISATION_FILE} (${idList(organisation.unitIds)})`));
  }
  for (const doc of sops.values()) {
    doc.data.related.forEach((ref, i) => {
      if (ref.sopId === undefined || sops.has(ref.sopId)) return;
      const { code, message } = missingSop(ref.sopId, formatPath(['keterkaitan', i, 'sop']));
      out.push(at(doc, ['keterkaitan', i, 'sop'], code, message));
    });
  }
  for (const doc of standards.values()) {
    doc.data.sopIds.forEach((id, i) => {
      if (sops.has(id)) return;
      const { code, message } = missingSop(id, formatPath(['sop', i]));
      out.push(at(doc, ['sop', i], code, message));
    });
  }
  return out;
}

/** The published document that replaces `doc`, when it names one that exists. */
export function successorOf(doc: CorpusDocument, corpus: Pick<Corpus, 'sops' | 'standards'>): CorpusDocument | undefined {
  const id = doc.data.lifecycle.supersededBy;
  if (id === undefined) return undefined;
  return documentsOf(corpus, doc.kind).get(id);
}
