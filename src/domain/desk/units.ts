import type { Corpus, CorpusDocument, DocumentStatus, SopDocument, UnitPlace } from '../model/index.ts';
import type { PartialDate } from '../dates/index.ts';
import { isInForce } from '../model/index.ts';
import { countBySeverity, type Finding, type Severity } from '../findings/index.ts';
import type { ComplianceReport, DocumentFindings } from '../validate/index.ts';
import { unitName } from '../validate/index.ts';
import { versionDate, type SopMonitoring } from '../monitoring/index.ts';

/**
 * The desk's table of units: every node of the organisation that holds a document (published or
 * draft), grouped by perangkat daerah in the order of organisasi.yaml, with its documents by status,
 * its findings (each counted once in a unit, however many of its documents it names), its SOPs never
 * monitored or overdue, and its most out-of-date document. Each row links to the unit's page.
 */
export interface DocumentStatusCounts {
  inForce: number;
  draft: number;
  superseded: number;
  revoked: number;
}

export interface DeskUnit {
  id: string;
  /** Its path below the perangkat daerah ("Sekretariat › Sub Bagian Umum"), or its own name. */
  name: string;
  place: UnitPlace;
  agency: { id: string; name: string };
  documents: DocumentStatusCounts;
  counts: Record<Severity, number>;
  /** Distinct findings per rule code (codes with none left out). */
  byRule: Record<string, number>;
  /** SOPs in force: never monitored, monitored more than six months ago, told to revise and unchanged. */
  monitoring: { never: number; overdue: number; reviseUnchanged: number };
  /** The oldest printed version date (the latest of revision, effective, drafting) among its SOPs in force. */
  oldest?: { date: PartialDate; document: SopDocument };
  /** SOPs in force with no printed date at all. */
  undated: number;
  /** Its published documents, each with the findings shown on it (none for some), by title. */
  findings: DocumentFindings[];
  /** Its SOPs in force with their monitoring cycle, by title. */
  sops: SopMonitoring[];
}

export interface DeskAgency {
  id: string;
  name: string;
  units: DeskUnit[];
  /** Its findings, each once however many of its units it names; per rule likewise. */
  counts: Record<Severity, number>;
  byRule: Record<string, number>;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
const STATUS_COLUMN = { 'in-force': 'inForce', draft: 'draft', superseded: 'superseded', revoked: 'revoked' } as const satisfies Record<DocumentStatus, keyof DocumentStatusCounts>;
const byTitle = (a: { title: string; documentId: string }, b: typeof a) => a.title.localeCompare(b.title, 'id') || a.documentId.localeCompare(b.documentId);

export function deskUnits(corpus: Corpus, report: ComplianceReport, monitoring: ReadonlyMap<string, SopMonitoring>, pathOf: (doc: CorpusDocument) => string): DeskAgency[] {
  const reported = new Map<string, DocumentFindings>();
  for (const a of report.agencies) for (const u of a.units) for (const d of u.documents) reported.set(d.documentId, d);

  const byUnit = new Map<string, CorpusDocument[]>();
  const add = (doc: CorpusDocument) => {
    const list = byUnit.get(doc.data.unitId);
    if (list) list.push(doc);
    else byUnit.set(doc.data.unitId, [doc]);
  };
  for (const doc of [...corpus.standards.values(), ...corpus.sops.values(), ...corpus.drafts.values()]) add(doc);

  const agencies = new Map<string, DeskAgency>();
  for (const place of corpus.organisation.places) {
    const documents = byUnit.get(place.unit.id);
    if (!documents) continue;
    const published = documents.filter((d) => d.data.lifecycle.status !== 'draft');
    const status: DocumentStatusCounts = { inForce: 0, draft: 0, superseded: 0, revoked: 0 };
    for (const d of documents) status[STATUS_COLUMN[d.data.lifecycle.status]]++;
    const findings = published
      .map((d) => reported.get(d.id) ?? { documentId: d.id, title: d.data.title, kind: d.kind, href: pathOf(d), file: d.file, counts: zero(), findings: [] })
      .sort(byTitle);
    const distinct = distinctFindings(findings);
    const sops = published
      .filter((d) => d.kind === 'sop' && isInForce(d))
      .map((d) => monitoring.get(d.id))
      .filter((m): m is SopMonitoring => m !== undefined)
      .sort((a, b) => a.sop.data.title.localeCompare(b.sop.data.title, 'id'));
    // A Standar Pelayanan prints no revision date: the SOPs in force tell how out of date a unit is.
    let oldest: DeskUnit['oldest'];
    let undated = 0;
    for (const { sop } of sops) {
      const date = versionDate(sop);
      if (!date) undated++;
      else if (!oldest || date.iso < oldest.date.iso) oldest = { date, document: sop };
    }
    const unit: DeskUnit = {
      id: place.unit.id,
      name: unitName(place),
      place,
      agency: { id: place.agency.id, name: place.agency.name },
      documents: status,
      counts: countBySeverity(distinct),
      byRule: countByRule(distinct),
      monitoring: {
        never: sops.filter((m) => m.state === 'never').length,
        overdue: sops.filter((m) => m.state === 'overdue').length,
        reviseUnchanged: sops.filter((m) => m.reviseUnchanged).length,
      },
      ...(oldest ? { oldest } : {}),
      undated,
      findings,
      sops,
    };
    let agency = agencies.get(place.agency.id);
    if (!agency) agencies.set(place.agency.id, (agency = { id: place.agency.id, name: place.agency.name, units: [], counts: zero(), byRule: {} }));
    agency.units.push(unit);
  }
  for (const agency of agencies.values()) {
    const distinct = distinctFindings(agency.units.flatMap((u) => u.findings));
    agency.counts = countBySeverity(distinct);
    agency.byRule = countByRule(distinct);
  }
  return [...agencies.values()];
}

function countByRule(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.code] = (out[f.code] ?? 0) + 1;
  return out;
}

/** A rule's findings on the desk: by unit (in the table's order), then by document, each finding once per document it names. */
export interface RuleGroup {
  unit: DeskUnit;
  documents: DocumentFindings[];
}

export function ruleGroups(agencies: readonly DeskAgency[], code: string): RuleGroup[] {
  const out: RuleGroup[] = [];
  for (const unit of agencies.flatMap((a) => a.units)) {
    const documents = unit.findings.flatMap((d) => {
      const own = d.findings.filter((p) => p.finding.code === code);
      return own.length ? [{ ...d, counts: countBySeverity(own.map((p) => p.finding)), findings: own }] : [];
    });
    if (documents.length) out.push({ unit, documents });
  }
  return out;
}

/** Findings of a group, each once (a finding shared by two documents of the group counts once). */
export function distinctFindings(documents: readonly DocumentFindings[]): Finding[] {
  return [...new Set(documents.flatMap((d) => d.findings.map((p) => p.finding)))];
}
