import { buildComplianceReport, complianceJson, type ComplianceReport, type DocumentFindings } from '../domain/validate/index.ts';
import { linkGraphMermaid } from '../domain/references/index.ts';
import { ui } from '../i18n/id.ts';
import { getSite, type Site } from './site.ts';
import { documentPath } from '../domain/views/index.ts';

/** The compliance report of this build with its keterkaitan diagram: /kepatuhan/ and /kepatuhan.json. */
export interface Compliance {
  report: ComplianceReport;
  /** Mermaid `flowchart` source of the keterkaitan graph (rendered where `<pre class="mermaid">` is). */
  mermaid: string;
  json: unknown;
  /** Document id -> its findings (its own and those it shares through alsoAt), for each page's box. */
  byDocument: Map<string, DocumentFindings>;
}

const cached = new WeakMap<Site, Compliance>();

/** The report of the current site model (one per build; in dev, a new one after a save). */
export async function getCompliance(): Promise<Compliance> {
  const site = await getSite();
  const known = cached.get(site);
  if (known) return known;
  const compliance = ((): Compliance => {
    const report = buildComplianceReport(site.corpus, site.findings, documentPath, site.references);
    const t = ui.compliance;
    const mermaid = linkGraphMermaid(report.graph, {
      title: t.graphTitle,
      description: t.graphDescription(report.graph.nodes.length, report.graph.edges.length),
      published: t.graphPublished,
      unresolved: t.graphUnresolved,
      carriedOutBy: t.graphCarriedOutBy,
    });
    const byDocument = new Map(report.agencies.flatMap((a) => a.units.flatMap((u) => u.documents.map((d) => [d.documentId, d] as const))));
    return { report, mermaid, json: complianceJson(report, mermaid), byDocument };
  })();
  cached.set(site, compliance);
  return compliance;
}
