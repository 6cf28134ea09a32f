import type { Corpus, CorpusDocument, SopDocument, StandarPelayananDocument } from '../domain/corpus.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references.ts';
import type { Finding } from '../domain/findings.ts';
import { checkCorpus } from '../domain/validate/index.ts';
import { buildRoleIndex, type Role } from '../domain/roles.ts';
import { buildCatalogue, crumbPath, type CatalogueNode } from '../domain/catalogue.ts';
import type { UnitPlace } from '../domain/schema/organisation.ts';
import { readCorpus } from './read-corpus.ts';

/**
 * Everything the pages need, computed once per build from the domain model. Components read
 * from here and render; they decide nothing.
 */
export interface Site {
  corpus: Corpus;
  references: ReferenceIndex;
  sops: SopDocument[];
  standards: StandarPelayananDocument[];
  /** The catalogue: the organisation tree (any depth) with documents, only nodes that hold some. */
  tree: CatalogueNode<CorpusDocument>[];
  /** The "per pelaksana" index. */
  roles: Role[];
  /** Every finding (schema and validation rules), sorted: the compliance report and each page's box. */
  findings: Finding[];
}

const byTitle = (a: CorpusDocument, b: CorpusDocument) => a.data.title.localeCompare(b.data.title, 'id');

function buildSite(corpus: Corpus): Site {
  const sops = [...corpus.sops.values()].sort(byTitle);
  const standards = [...corpus.standards.values()].sort(byTitle);
  const tree = buildCatalogue<CorpusDocument>(corpus.organisation, [...standards, ...sops]);
  const references = buildReferenceIndex(corpus);
  return { corpus, references, sops, standards, tree, roles: buildRoleIndex(sops), findings: checkCorpus(corpus, references) };
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
/** Breadcrumbs of a node's page or of a document in it: the hierarchy, each level linking to its unit page. */
export const unitCrumbs = (place: UnitPlace) => crumbPath(place).map((n) => ({ label: n.name, href: unitPath(n.id) }));
export const rolePath = (slug: string) => `/pelaksana/${slug}/`;
export const documentPath = (doc: CorpusDocument) => (doc.kind === 'sop' ? sopPath(doc.slug) : standardPath(doc.slug));
