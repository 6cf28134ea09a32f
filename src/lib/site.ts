import { COLLECTIONS, type Corpus, type CorpusDocument, type SopDocument, type StandarPelayananDocument } from '../domain/corpus.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references.ts';
import type { Finding } from '../domain/findings.ts';
import { checkCorpus } from '../domain/validate/index.ts';
import { buildRoleIndex, type Role } from '../domain/roles.ts';
import { isInForce } from '../domain/schema/lifecycle.ts';
import { ui } from '../i18n/id.ts';
import type { Agency, Instansi, Unit } from '../domain/schema/organisation.ts';
import { readCorpus } from './read-corpus.ts';

/**
 * Everything the pages need, computed once per build from the domain model. Components read
 * from here and render; they decide nothing.
 */
export interface Site {
  corpus: Corpus;
  references: ReferenceIndex;
  /** Every published SOP (drafts are not), in force or not: each has its page. */
  sops: SopDocument[];
  standards: StandarPelayananDocument[];
  /**
   * Instansi -> perangkat daerah -> unit, each unit with its documents in force and those no longer
   * in force (superseded, revoked); only units with a published document (the unit pages).
   */
  tree: CatalogueTree;
  /** The default catalogue (home page): the same tree with documents in force only. */
  catalogue: CatalogueTree;
  /** Published documents no longer in force, by title: findable, never listed as in force. */
  retired: CorpusDocument[];
  /** Document id -> the documents it replaces ("Menggantikan"). */
  supersedes: Map<string, CorpusDocument[]>;
  /** The "per pelaksana" index (SOPs in force). */
  roles: Role[];
  /** Every finding (schema and validation rules), sorted: the compliance report and each page's box. */
  findings: Finding[];
}

export type CatalogueTree = Array<{
  instansi: Instansi;
  agencies: Array<{ agency: Agency; units: Array<{ unit: Unit; documents: CorpusDocument[]; retired: CorpusDocument[] }> }>;
}>;

const byTitle = (a: CorpusDocument, b: CorpusDocument) => a.data.title.localeCompare(b.data.title, 'id');

function pruneTree(tree: CatalogueTree, keep: (u: CatalogueTree[number]['agencies'][number]['units'][number]) => boolean): CatalogueTree {
  return tree.map(({ instansi, agencies }) => ({
    instansi,
    agencies: agencies.map(({ agency, units }) => ({ agency, units: units.filter(keep) })).filter((a) => a.units.length > 0),
  }));
}

function buildSite(corpus: Corpus): Site {
  const sops = [...corpus.sops.values()].sort(byTitle);
  const standards = [...corpus.standards.values()].sort(byTitle);
  const byUnit = new Map<string, CorpusDocument[]>();
  for (const doc of [...standards, ...sops]) {
    const list = byUnit.get(doc.data.unitId) ?? [];
    list.push(doc);
    byUnit.set(doc.data.unitId, list);
  }
  const full: CatalogueTree = corpus.organisation.instansi.map((instansi) => ({
    instansi,
    agencies: instansi.agencies.map((agency) => ({
      agency,
      units: agency.units.map((unit) => {
        const docs = byUnit.get(unit.id) ?? [];
        return { unit, documents: docs.filter(isInForce), retired: docs.filter((d) => !isInForce(d)) };
      }),
    })),
  }));
  const tree = pruneTree(full, (u) => u.documents.length + u.retired.length > 0);
  const catalogue = pruneTree(full, (u) => u.documents.length > 0);
  const retired = [...standards, ...sops].filter((d) => !isInForce(d)).sort(byTitle);
  const supersedes = new Map<string, CorpusDocument[]>();
  for (const doc of [...standards, ...sops]) {
    const id = doc.data.lifecycle.supersededBy;
    if (id === undefined) continue;
    const key = `${COLLECTIONS[doc.kind]}/${id}`;
    supersedes.set(key, [...(supersedes.get(key) ?? []), doc]);
  }
  const references = buildReferenceIndex(corpus);
  return {
    corpus, references, sops, standards, tree, catalogue, retired, supersedes,
    roles: buildRoleIndex(sops.filter(isInForce)),
    findings: checkCorpus(corpus, references),
  };
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= readCorpus(process.env.SOP_CONTENT_ROOT ?? process.cwd()).then(buildSite);
  return cached;
}

export const sopPath = (slug: string) => `/sop/${slug}/`;
/** The SOP's swimlane diagram as a file: `/sop/<slug>/swimlane.mmd` (source) or `.svg` (rendered). */
export const swimlaneFilePath = (slug: string, ext: 'mmd' | 'svg') => `/sop/${slug}/swimlane.${ext}`;
export const standardPath = (slug: string) => `/standar-pelayanan/${slug}/`;
export const unitPath = (unitId: string) => `/unit/${unitId}/`;
export const rolePath = (slug: string) => `/pelaksana/${slug}/`;
export const documentPath = (doc: CorpusDocument) => (doc.kind === 'sop' ? sopPath(doc.slug) : standardPath(doc.slug));

/** The page title: "SOP X", "Standar Pelayanan Y", with "(dicabut)" or "(digantikan)" when no longer in force. */
export function documentTitle(doc: CorpusDocument): string {
  const name = `${doc.kind === 'sop' ? ui.kindSop : ui.kindSp} ${doc.data.title}`;
  return isInForce(doc) ? name : `${name} ${ui.status.titleSuffix(ui.status.names[doc.data.lifecycle.status])}`;
}
