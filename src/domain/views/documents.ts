import type { CorpusDocument, DocumentKind } from '../model/index.ts';
import { isInForce, KINDS, type UnitPlace } from '../model/index.ts';
import { titleWithKind } from '../text/index.ts';
import { ui } from '../../i18n/id.ts';
import { crumbPath } from './catalogue.ts';

/** A document as the site names and addresses it: its title with its kind, its page and its files. */

/** A document's page: `/<collection>/<slug>/`. */
const pathOf = (kind: DocumentKind, slug: string) => `/${KINDS[kind].collection}/${slug}/`;
export const sopPath = (slug: string) => pathOf('sop', slug);
/** The SOP's swimlane diagram as a file: `/sop/<slug>/swimlane.mmd` (source) or `.svg` (rendered). */
export const swimlaneFilePath = (slug: string, ext: 'mmd' | 'svg') => `${sopPath(slug)}swimlane.${ext}`;
export const standardPath = (slug: string) => pathOf('sp', slug);
export const unitPath = (unitId: string) => `/unit/${unitId}/`;
/** Breadcrumbs of a node's page or of a document in it: the hierarchy, each level linking to its unit page. */
export const unitCrumbs = (place: UnitPlace) => crumbPath(place).map((n) => ({ label: n.name, href: unitPath(n.id) }));
export const rolePath = (slug: string) => `/pelaksana/${slug}/`;
export const documentPath = (doc: CorpusDocument) => pathOf(doc.kind, doc.slug);

/** A document's name with its kind, no word twice: "SOP X", "Standar Pelayanan Konsultasi" (for "Pelayanan Konsultasi"). */
export const kindTitle = (kind: DocumentKind, title: string) => titleWithKind(KINDS[kind].name, title, KINDS[kind].longNames);

/** The page title: "SOP X", "Standar Pelayanan Y", with "(dicabut)" or "(digantikan)" when no longer in force. */
export function documentTitle(doc: CorpusDocument): string {
  const name = kindTitle(doc.kind, doc.data.title);
  return isInForce(doc) ? name : `${name} ${ui.status.titleSuffix(ui.status.names[doc.data.lifecycle.status])}`;
}

/** Open data and exports of a document (issue 13). */
export const dataPath = (doc: CorpusDocument) => `/data/${KINDS[doc.kind].collection}/${doc.slug}.json`;
export const bpmnPath = (slug: string) => `${sopPath(slug)}proses.bpmn`;
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
export function documentUrls(doc: CorpusDocument, site: URL | undefined, withPdf: boolean) {
  const abs = (p: string) => siteUrlOf(p, site);
  return {
    halaman: abs(documentPath(doc)),
    data: abs(dataPath(doc)),
    ...(KINDS[doc.kind].hasSteps ? { bpmn: abs(bpmnPath(doc.slug)) } : {}),
    ...(withPdf ? { pdf: abs(pdfPath(doc)) } : {}),
  };
}
/** The revision history of a document: `/sop/<slug>/riwayat/`. */
export const historyPath = (doc: CorpusDocument) => `${documentPath(doc)}riwayat/`;

/** The reviewer's desk: the overview, each unit's and each rule's findings (page 2 on: `…/2/`), the full lists, the exports. */
export const deskPath = '/kepatuhan/';
const pageSuffix = (page: number) => (page > 1 ? `${page}/` : '');
export const deskUnitPath = (unitId: string, page = 1) => `/kepatuhan/unit/${unitId}/${pageSuffix(page)}`;
export const deskRulePath = (code: string, page = 1) => `/kepatuhan/aturan/${code}/${pageSuffix(page)}`;
export const deskListPath = { references: '/kepatuhan/rujukan/', promises: '/kepatuhan/janji-waktu/', monitoring: '/kepatuhan/pemantauan/', graph: '/kepatuhan/keterkaitan/' } as const;
export const deskExportPath = { findingsCsv: '/kepatuhan/temuan.csv', unitsCsv: '/kepatuhan/unit.csv', json: '/kepatuhan.json' } as const;
