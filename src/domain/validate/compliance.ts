import type { Corpus, CorpusDocument, UnitPlace } from '../model/index.ts';
import { locate } from '../model/index.ts';
import { compareFindings, countBySeverity, findingToJson, type Finding, type FindingPlace, type Severity } from '../findings/index.ts';
import { buildLinkGraph, type LinkGraph } from '../references/index.ts';
import { buildReferenceIndex, unresolvedReferences, type ReferenceIndex } from '../references/index.ts';
import { RULES, RULE_BY_CODE, type RuleInfo } from '../findings/index.ts';

/**
 * The compliance report for reviewers, as data: counts per severity and per rule, the findings
 * grouped by perangkat daerah, unit and document (each with a link to the document and its step),
 * the references not yet available with who cites them, the Standar Pelayanan with no SOP, and the
 * graph of keterkaitan. The reviewer's desk (src/domain/desk/) is made of it; /kepatuhan.json
 * publishes it.
 */

export interface DocumentRef {
  documentId: string;
  title: string;
  kind: CorpusDocument['kind'];
  href: string;
}

export interface PlacedFinding {
  finding: Finding;
  /** Where it sits in this document (its own place, or one of its alsoAt). */
  place: FindingPlace;
  /** The document page, and the step when there is one: "/sop/x/#langkah-3". */
  href: string;
}

export interface DocumentFindings extends DocumentRef {
  file: string;
  counts: Record<Severity, number>;
  findings: PlacedFinding[];
}

export interface UnitFindings {
  id?: string;
  name: string;
  counts: Record<Severity, number>;
  documents: DocumentFindings[];
}

export interface AgencyFindings {
  id?: string;
  name: string;
  counts: Record<Severity, number>;
  units: UnitFindings[];
}

export interface ComplianceReport {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Every rule, in the order of the rule table, with how often it fired (zero included). */
  byRule: Array<RuleInfo & { count: number }>;
  agencies: AgencyFindings[];
  /** Findings about no published document (the organisation file, a document that did not parse). */
  unplaced: Finding[];
  unresolved: Array<{ title: string; citedBy: Array<DocumentRef & { file: string; line: number }>; published?: DocumentRef }>;
  standardsWithoutSop: DocumentRef[];
  graph: LinkGraph;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

export function buildComplianceReport(
  corpus: Corpus,
  findings: readonly Finding[],
  pathOf: (doc: CorpusDocument) => string,
  index: ReferenceIndex = buildReferenceIndex(corpus),
): ComplianceReport {
  const documents = new Map<string, CorpusDocument>();
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) documents.set(doc.id, doc);
  const ref = (doc: CorpusDocument): DocumentRef => ({ documentId: doc.id, title: doc.data.title, kind: doc.kind, href: pathOf(doc) });

  // One pass over the findings: each lands on its own document and on every alsoAt document.
  const perDocument = new Map<string, DocumentFindings>();
  const unplaced: Finding[] = [];
  const place = (finding: Finding, at: FindingPlace) => {
    const doc = documents.get(at.documentId);
    if (!doc) return false;
    let entry = perDocument.get(doc.id);
    if (!entry) perDocument.set(doc.id, (entry = { ...ref(doc), file: doc.file, counts: zero(), findings: [] }));
    entry.counts[finding.severity]++;
    entry.findings.push({ finding, place: at, href: `${pathOf(doc)}${at.step === undefined ? '' : `#langkah-${at.step}`}` });
    return true;
  };
  for (const f of findings) {
    const own =
      f.documentId === undefined
        ? false
        : place(f, { documentId: f.documentId, file: f.file, line: f.line, column: f.column, ...(f.step === undefined ? {} : { step: f.step }) });
    if (!own) unplaced.push(f);
    for (const at of f.alsoAt ?? []) place(f, at);
  }
  // Within a document, in reading order: by line, then column, as an editor walks the file.
  for (const entry of perDocument.values())
    entry.findings.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column || a.finding.code.localeCompare(b.finding.code));

  // Perangkat daerah -> unit -> document, in the order of the organisation file; documents by title.
  const agencies: AgencyFindings[] = [];
  const placed = new Set<string>();
  const byTitle = (a: DocumentFindings, b: DocumentFindings) => a.title.localeCompare(b.title, 'id') || a.documentId.localeCompare(b.documentId);
  const byUnit = new Map<string, DocumentFindings[]>();
  for (const entry of perDocument.values()) {
    const unitId = documents.get(entry.documentId)!.data.unitId;
    const list = byUnit.get(unitId);
    if (list) list.push(entry);
    else byUnit.set(unitId, [entry]);
  }
  // Documents group under the node right below their instansi (a dinas, an office, a hospital); each
  // node holding documents is one "unit" of that group, named by its path below the group.
  const groups = new Map<string, AgencyFindings>();
  for (const place of corpus.organisation.places) {
    const docs = byUnit.get(place.unit.id);
    if (!docs) continue;
    placed.add(place.unit.id);
    let group = groups.get(place.agency.id);
    if (!group) groups.set(place.agency.id, (group = { id: place.agency.id, name: place.agency.name, counts: zero(), units: [] }));
    group.units.push({ id: place.unit.id, name: unitName(place), counts: distinctCounts(docs), documents: docs.sort(byTitle) });
  }
  for (const group of groups.values()) {
    group.counts = distinctCounts(group.units.flatMap((u) => u.documents));
    agencies.push(group);
  }
  const orphans = [...byUnit.entries()].filter(([unitId]) => !placed.has(unitId)).flatMap(([, docs]) => docs);
  if (orphans.length) {
    const counts = distinctCounts(orphans);
    agencies.push({ name: 'Unit tidak dikenal', counts, units: [{ name: 'Unit tidak dikenal', counts, documents: orphans.sort(byTitle) }] });
  }

  const byRuleCount = new Map<string, number>();
  for (const f of findings) byRuleCount.set(f.code, (byRuleCount.get(f.code) ?? 0) + 1);
  const byRule = RULES.map((r) => ({ ...r, count: byRuleCount.get(r.code) ?? 0 }));
  for (const [code, count] of byRuleCount)
    if (!RULE_BY_CODE.has(code))
      byRule.push({ code, severity: findings.find((f) => f.code === code)!.severity, family: 'baca', description: code, english: code, count });

  return {
    total: findings.length,
    bySeverity: countBySeverity(findings),
    byRule,
    agencies,
    unplaced,
    unresolved: unresolvedReferences(corpus, index).map((entry) => ({
      title: entry.title,
      citedBy: entry.citedAt
        .map(({ doc, index: i }) => {
          const cited = doc.data.related[i]!;
          return { ...ref(doc), file: doc.file, line: locate(doc.source, ['keterkaitan', i, cited.number !== undefined ? 'nomor' : 'judul']).line };
        })
        .filter((c, i, all) => all.findIndex((d) => d.documentId === c.documentId) === i),
    })),
    standardsWithoutSop: [...corpus.standards.values()]
      .filter((sp) => sp.data.sopIds.length === 0)
      .map(ref)
      .sort((a, b) => a.title.localeCompare(b.title, 'id')),
    graph: buildLinkGraph(corpus, pathOf, index),
  };
}

/** A unit as reports name it: its path below its perangkat daerah ("Sekretariat › Sub Bagian Umum"), or its own name. */
export function unitName(place: UnitPlace): string {
  const below = place.path.slice(place.path.indexOf(place.agency) + 1).map((n) => n.name);
  return below.length ? below.join(' › ') : place.unit.name;
}

/** A finding shared by several documents of a group (alsoAt) counts once for the group. */
function distinctCounts(documents: readonly DocumentFindings[]): Record<Severity, number> {
  return countBySeverity([...new Set(documents.flatMap((d) => d.findings.map((p) => p.finding)))]);
}

/** /kepatuhan.json: the same report, flat and plain. */
export function complianceJson(report: ComplianceReport, mermaid: string): unknown {
  const hrefOf = new Map<Finding, string>();
  for (const a of report.agencies)
    for (const u of a.units)
      for (const d of u.documents) for (const p of d.findings) if (p.finding.documentId === p.place.documentId) hrefOf.set(p.finding, p.href);
  const findings: Finding[] = [...new Set([...hrefOf.keys(), ...report.unplaced])].sort(compareFindings);
  return {
    counts: { total: report.total, ...report.bySeverity },
    rules: report.byRule.map(({ code, severity, description, english, count }) => ({ code, severity, description, english, count })),
    findings: findings.map((f) => ({ ...findingToJson(f), href: hrefOf.get(f) ?? null })),
    unresolvedReferences: report.unresolved,
    standardsWithoutSop: report.standardsWithoutSop,
    graph: { ...report.graph, mermaid },
  };
}
