import { buildComplianceReport, complianceJson, type ComplianceReport, type DocumentFindings } from '../domain/validate/index.ts';
import { linkGraphMermaid } from '../domain/references/index.ts';
import { buildDesk, deskJson, findingsTable, unitsTable, type Desk } from '../domain/desk/index.ts';
import { csvFile } from '../domain/export/index.ts';
import { ui } from '../i18n/id.ts';
import { getSite, type Site } from './site.ts';
import { documentPath } from '../domain/views/index.ts';

/**
 * The compliance report of this build and the reviewer's desk made of it (src/domain/desk/): the
 * pages of /kepatuhan/, its exports, and each document page's short note, which links to the
 * document's section of its unit's page.
 */
export interface Compliance {
  report: ComplianceReport;
  desk: Desk;
  /** Mermaid `flowchart` source of the keterkaitan graph (rendered where `<pre class="mermaid">` is). */
  mermaid: string;
  /** /kepatuhan.json. */
  json(): unknown;
  /** /kepatuhan/temuan.csv and /kepatuhan/unit.csv. */
  csv(table: 'findings' | 'units'): string;
  /** Document id -> its findings (its own and those it shares through alsoAt), for each page's box. */
  byDocument: Map<string, DocumentFindings>;
}

const cached = new WeakMap<Site, Compliance>();

/** The report of the current site model (one per build; in dev, a new one after a save). */
export async function getCompliance(): Promise<Compliance> {
  const site = await getSite();
  const known = cached.get(site);
  if (known) return known;
  const report = buildComplianceReport(site.corpus, site.findings, documentPath, site.references);
  const desk = buildDesk(site.corpus, report, site.monitoring, documentPath);
  const t = ui.compliance;
  const mermaid = linkGraphMermaid(report.graph, {
    title: t.graphTitle,
    description: t.graphDescription(report.graph.nodes.length, report.graph.edges.length),
    published: t.graphPublished,
    unresolved: t.graphUnresolved,
    carriedOutBy: t.graphCarriedOutBy,
  });
  const byDocument = new Map(report.agencies.flatMap((a) => a.units.flatMap((u) => u.documents.map((d) => [d.documentId, d] as const))));
  const compliance: Compliance = {
    report,
    desk,
    mermaid,
    json: () => ({ ...deskJson(desk), ...(complianceJson(report, mermaid) as Record<string, unknown>) }),
    csv: (table) => {
      const { header, rows } = table === 'findings' ? findingsTable(desk) : unitsTable(desk);
      return csvFile(header, rows);
    },
    byDocument,
  };
  cached.set(site, compliance);
  return compliance;
}
