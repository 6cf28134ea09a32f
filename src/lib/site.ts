import { createHash } from 'node:crypto';
import { COLLECTIONS, type Corpus, type CorpusDocument, type SopDocument, type StandarPelayananDocument } from '../domain/corpus.ts';
import type { ReferenceIndex } from '../domain/references.ts';
import type { Finding } from '../domain/findings.ts';
import { titleWithKind } from '../domain/names.ts';
import { buildRoleIndex, type Role } from '../domain/roles.ts';
import { buildCatalogue, crumbPath, type CatalogueNode } from '../domain/catalogue.ts';
import { isInForce } from '../domain/schema/lifecycle.ts';
import type { UnitPlace } from '../domain/schema/organisation.ts';
import { ui } from '../i18n/id.ts';
import { diagramPageState } from './diagrams.ts';
import { historyDigest } from './history.ts';
import { pdfEnabled } from './pdf.ts';
import { readCheckedCorpus, type CheckedCorpus } from './read-corpus.ts';

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
   * The organisation tree (any depth) with every published document, in force or not: only nodes
   * that hold some. Each node gets a unit page.
   */
  tree: CatalogueNode<CorpusDocument>[];
  /** The default catalogue (home page, unit listings): the same tree with documents in force only. */
  catalogue: CatalogueNode<CorpusDocument>[];
  /** Published documents no longer in force (superseded, revoked), by title: findable, never listed as in force. */
  retired: CorpusDocument[];
  /** Document id -> the documents it replaces ("Menggantikan"). */
  supersedes: Map<string, CorpusDocument[]>;
  /** The "per pelaksana" index (SOPs in force). */
  roles: Role[];
  /** Every finding (schema and validation rules), sorted: the compliance report and each page's box. */
  findings: Finding[];
  /**
   * What the pages are made of besides the site's code: the content files, their git history and
   * the settings that change a page (PDF links, where diagrams are drawn). Pages give it to Astro's
   * incremental build as their `cacheKey` (astro.config.mjs): a build with the same key and the same
   * code keeps the pages of the build before instead of rendering them again.
   */
  pageKey: string;
}

const byTitle = (a: CorpusDocument, b: CorpusDocument) => a.data.title.localeCompare(b.data.title, 'id');

function buildSite({ corpus, references, findings }: CheckedCorpus, pageKey: string): Site {
  const sops = [...corpus.sops.values()].sort(byTitle);
  const standards = [...corpus.standards.values()].sort(byTitle);
  const published: CorpusDocument[] = [...standards, ...sops];
  const tree = buildCatalogue(corpus.organisation, published);
  const catalogue = buildCatalogue(corpus.organisation, published.filter(isInForce));
  const retired = published.filter((d) => !isInForce(d)).sort(byTitle);
  const supersedes = new Map<string, CorpusDocument[]>();
  for (const doc of published) {
    const id = doc.data.lifecycle.supersededBy;
    if (id === undefined) continue;
    const key = `${COLLECTIONS[doc.kind]}/${id}`;
    supersedes.set(key, [...(supersedes.get(key) ?? []), doc]);
  }
  return {
    corpus, references, sops, standards, tree, catalogue, retired, supersedes,
    roles: buildRoleIndex(sops.filter(isInForce)),
    findings,
    pageKey,
  };
}

/** The pages' cacheKey: content, its git history, and every setting that changes a page. */
export async function pageKeyOf(checked: CheckedCorpus): Promise<string> {
  const settings = { pdf: pdfEnabled(), diagrams: diagramPageState(), siteUrl: process.env.SITE_URL ?? '' };
  return createHash('sha256').update(`${checked.digest}\n${await historyDigest()}\n${JSON.stringify(settings)}`).digest('base64url');
}

const SITE_KEY = Symbol.for('sop-portal.site');
const g = globalThis as typeof globalThis & { [SITE_KEY]?: WeakMap<CheckedCorpus, Promise<Site>> };
let cached: Promise<Site> | undefined;

function loadSite(): Promise<Site> {
  return readCheckedCorpus(process.env.SOP_CONTENT_ROOT ?? process.cwd()).then((checked) => {
    const memo = (g[SITE_KEY] ??= new WeakMap());
    let site = memo.get(checked);
    if (!site) memo.set(checked, (site = pageKeyOf(checked).then((key) => buildSite(checked, key))));
    return site;
  });
}

/**
 * The site model. A build reads the corpus once. The dev server asks the reader on every page
 * (it re-reads only the files saved since, src/lib/read-corpus.ts), so a saved document shows at once.
 */
export function getSite(): Promise<Site> {
  if (import.meta.env.SOP_DEV_SERVER) return loadSite();
  cached ??= loadSite();
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

/** A document's name with its kind, no word twice: "SOP X", "Standar Pelayanan Konsultasi" (for "Pelayanan Konsultasi"). */
export const kindTitle = (kind: CorpusDocument['kind'], title: string) =>
  kind === 'sop' ? titleWithKind(ui.kindSop, title, ui.kindSopLong) : titleWithKind(ui.kindSp, title);

/** The page title: "SOP X", "Standar Pelayanan Y", with "(dicabut)" or "(digantikan)" when no longer in force. */
export function documentTitle(doc: CorpusDocument): string {
  const name = kindTitle(doc.kind, doc.data.title);
  return isInForce(doc) ? name : `${name} ${ui.status.titleSuffix(ui.status.names[doc.data.lifecycle.status])}`;
}

/** Open data and exports of a document (issue 13). */
export const dataPath = (doc: CorpusDocument) => `/data/${doc.kind === 'sop' ? 'sop' : 'standar-pelayanan'}/${doc.slug}.json`;
export const bpmnPath = (slug: string) => `/sop/${slug}/proses.bpmn`;
/** The generated A4 PDF beside the page: `/sop/<slug>/<slug>.pdf` (saved under the document's id). */
export const pdfPath = (doc: CorpusDocument) => `${documentPath(doc)}${doc.slug}.pdf`;
export const cataloguePath = '/data/katalog.json';
/** JSON Schemas: `sop`, `standar-pelayanan` (data files), `…-frontmatter` (for editors), `katalog`. */
export const SCHEMA_NAMES = ['sop', 'standar-pelayanan', 'sop-frontmatter', 'standar-pelayanan-frontmatter', 'katalog'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
export const schemaPath = (name: SchemaName) => `/data/skema/${name}.schema.json`;

/** An absolute URL when the build knows the site's address (SITE_URL); the root-relative path otherwise. */
export const siteUrlOf = (p: string, site: URL | undefined) => (site ? new URL(p, site).href : p);

/** The absolute URLs of a document's page and files, for open data. */
export function documentUrls(doc: CorpusDocument, site: URL | undefined) {
  const abs = (p: string) => siteUrlOf(p, site);
  return {
    halaman: abs(documentPath(doc)),
    data: abs(dataPath(doc)),
    ...(doc.kind === 'sop' ? { bpmn: abs(bpmnPath(doc.slug)) } : {}),
    ...(pdfEnabled() ? { pdf: abs(pdfPath(doc)) } : {}),
  };
}
/** The revision history of a document: `/sop/<slug>/riwayat/`. */
export const historyPath = (doc: CorpusDocument) => `${documentPath(doc)}riwayat/`;
