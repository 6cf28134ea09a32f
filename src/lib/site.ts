import type { Corpus, CorpusDocument, SopDocument, StandarPelayananDocument } from '../domain/corpus.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../domain/references.ts';
import type { Finding } from '../domain/findings.ts';
import { checkCorpus } from '../domain/validate/index.ts';
import { buildRoleIndex, type Role } from '../domain/roles.ts';
import type { Agency, Instansi, Unit } from '../domain/schema/organisation.ts';
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
  /** The catalogue: instansi -> perangkat daerah -> unit -> documents, only units with documents. */
  tree: Array<{ instansi: Instansi; agencies: Array<{ agency: Agency; units: Array<{ unit: Unit; documents: CorpusDocument[] }> }> }>;
  /** The "per pelaksana" index. */
  roles: Role[];
  /** Every finding (schema and validation rules), sorted: the compliance report and each page's box. */
  findings: Finding[];
}

const byTitle = (a: CorpusDocument, b: CorpusDocument) => a.data.title.localeCompare(b.data.title, 'id');

function buildSite(corpus: Corpus): Site {
  const sops = [...corpus.sops.values()].sort(byTitle);
  const standards = [...corpus.standards.values()].sort(byTitle);
  const byUnit = new Map<string, CorpusDocument[]>();
  for (const doc of [...standards, ...sops]) {
    const list = byUnit.get(doc.data.unitId) ?? [];
    list.push(doc);
    byUnit.set(doc.data.unitId, list);
  }
  const tree = corpus.organisation.instansi.map((instansi) => ({
    instansi,
    agencies: instansi.agencies
      .map((agency) => ({
        agency,
        units: agency.units.filter((u) => byUnit.has(u.id)).map((unit) => ({ unit, documents: byUnit.get(unit.id)! })),
      }))
      .filter((a) => a.units.length > 0),
  }));
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
export const rolePath = (slug: string) => `/pelaksana/${slug}/`;
export const documentPath = (doc: CorpusDocument) => (doc.kind === 'sop' ? sopPath(doc.slug) : standardPath(doc.slug));
