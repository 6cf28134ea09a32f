import type { Finding } from './findings.ts';
import { issueToFinding, parseSource, type ParsedSource } from './frontmatter.ts';
import { Organisation, organisationFileSchema } from './schema/organisation.ts';
import { sopFrontmatterSchema, type SopData } from './schema/sop.ts';
import { standarPelayananFrontmatterSchema, type StandarPelayananData } from './schema/standar-pelayanan.ts';

/**
 * The whole corpus, parsed from file texts: the organisation and every document, each with the
 * source it came from (for positions), plus the findings of reading it. Pure: callers read the disk.
 */

export const COLLECTIONS = { sop: 'sop', sp: 'standar-pelayanan' } as const;
export type DocumentKind = 'sop' | 'sp';

export interface SourceFile {
  /** Path relative to the project root, "content/sop/pelayanan-konsultasi.mdx". */
  file: string;
  text: string;
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
}

export const ORGANISATION_FILE = 'content/organisasi.yaml';

const DOCUMENT_PATH = /^content\/(sop|standar-pelayanan)\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;

export function documentIdOf(file: string): { kind: DocumentKind; slug: string; id: string } | undefined {
  const m = DOCUMENT_PATH.exec(file);
  if (!m) return undefined;
  const kind: DocumentKind = m[1] === COLLECTIONS.sop ? 'sop' : 'sp';
  return { kind, slug: m[2]!, id: `${m[1]}/${m[2]}` };
}

export function parseOrganisation(file: SourceFile): { organisation: Organisation; findings: Finding[] } {
  const source = parseSource(file.file, file.text);
  if (source.data === undefined) return { organisation: new Organisation([]), findings: source.syntaxFindings };
  const result = organisationFileSchema.safeParse(source.data, { reportInput: true });
  if (!result.success)
    return { organisation: new Organisation([]), findings: result.error.issues.map((i) => issueToFinding(file.file, source, i)) };
  return { organisation: new Organisation(result.data.instansi), findings: [] };
}

/** One document file read on its own: the document when it passes the schema, and what was found. */
export interface ParsedDocument {
  doc?: CorpusDocument;
  findings: Finding[];
}

/**
 * Reads one document file (name, YAML, schema). Independent of every other file, so a reader can
 * keep the result of an unchanged file (the dev server re-reads only what was saved).
 */
export function parseDocument(f: SourceFile): ParsedDocument {
  const ident = documentIdOf(f.file);
  if (!ident)
    return {
      findings: [{
        file: f.file, line: 1, column: 1, severity: 'error', code: 'nama-berkas',
        message: 'nama berkas harus content/sop/<id>.mdx atau content/standar-pelayanan/<id>.mdx, id huruf kecil dengan tanda hubung',
      }],
    };
  const source = parseSource(f.file, f.text);
  const findings = [...source.syntaxFindings];
  if (source.data === undefined) return { findings };
  const base = { id: ident.id, slug: ident.slug, file: f.file, source };
  const schema = ident.kind === 'sop' ? sopFrontmatterSchema : standarPelayananFrontmatterSchema;
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { findings: [...findings, ...result.error.issues.map((i) => issueToFinding(f.file, source, i, ident.id))] };
  const doc: CorpusDocument =
    ident.kind === 'sop' ? { ...base, kind: 'sop', data: result.data as SopData } : { ...base, kind: 'sp', data: result.data as StandarPelayananData };
  return { doc, findings };
}

export function parseCorpus(organisationFile: SourceFile, documentFiles: SourceFile[]): Corpus {
  return assembleCorpus(organisationFile, documentFiles.map(parseDocument));
}

/** The corpus from its documents read one by one (parseDocument), in file order. */
export function assembleCorpus(organisationFile: SourceFile, documents: readonly ParsedDocument[]): Corpus {
  const { organisation, findings } = parseOrganisation(organisationFile);
  const sops = new Map<string, SopDocument>();
  const standards = new Map<string, StandarPelayananDocument>();
  const drafts = new Map<string, CorpusDocument>();

  for (const { doc, findings: own } of documents) {
    findings.push(...own);
    if (!doc) continue;
    if (doc.data.lifecycle.status === 'draft') drafts.set(doc.id, doc);
    else if (doc.kind === 'sop') sops.set(doc.slug, doc);
    else standards.set(doc.slug, doc);
  }

  const corpus: Corpus = { organisation, sops, standards, drafts, findings };
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
    file: doc.file, ...doc.source.locate(path), severity: 'error', code, message, documentId: doc.id,
  });
  const known = [...sops.keys()];
  // A published document citing a draft would link to a page that is not built.
  const missingSop = (id: string, where: string) =>
    drafts.has(`${COLLECTIONS.sop}/${id}`)
      ? { code: 'rujukan-draf', message: `${where}: SOP "${id}" masih draf (status: draf) dan tidak diterbitkan; terbitkan SOP itu atau tulis judulnya saja tanpa id` }
      : { code: 'rujukan-tidak-ada', message: `${where}: tidak ada SOP ber-id "${id}" (${known.join(', ')})` };
  for (const doc of [...sops.values(), ...standards.values(), ...drafts.values()]) {
    const successor = doc.data.lifecycle.supersededBy;
    if (successor === undefined) continue;
    const collection = doc.kind === 'sop' ? COLLECTIONS.sop : COLLECTIONS.sp;
    const same = doc.kind === 'sop' ? sops : standards;
    const kindName = doc.kind === 'sop' ? 'SOP' : 'Standar Pelayanan';
    const problem =
      successor === doc.slug ? `${kindName} tidak dapat digantikan oleh dirinya sendiri`
      : drafts.has(`${collection}/${successor}`) ? `${kindName} pengganti "${successor}" masih draf (status: draf) dan tidak diterbitkan`
      : !same.has(successor) ? `tidak ada ${kindName} ber-id "${successor}" (content/${collection}/${successor}.mdx)`
      : undefined;
    if (problem) out.push(at(doc, ['digantikan_oleh'], 'pengganti-tidak-ada', `digantikan_oleh: ${problem}`));
  }
  for (const doc of [...sops.values(), ...standards.values()]) {
    if (!organisation.unit(doc.data.unitId))
      out.push(at(doc, ['unit'], 'unit-tidak-dikenal', `unit: "${doc.data.unitId}" tidak ada di ${ORGANISATION_FILE} (${idList(organisation.unitIds)})`));
  }
  for (const doc of sops.values()) {
    doc.data.related.forEach((ref, i) => {
      if (ref.sopId === undefined || sops.has(ref.sopId)) return;
      const { code, message } = missingSop(ref.sopId, `keterkaitan[${i}].sop`);
      out.push(at(doc, ['keterkaitan', i, 'sop'], code, message));
    });
  }
  for (const doc of standards.values()) {
    doc.data.sopIds.forEach((id, i) => {
      if (sops.has(id)) return;
      const { code, message } = missingSop(id, `sop[${i}]`);
      out.push(at(doc, ['sop', i], code, message));
    });
  }
  return out;
}
