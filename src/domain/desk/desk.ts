import type { Corpus, CorpusDocument, ReferenceDate } from '../model/index.ts';
import type { ComplianceReport, DocumentFindings } from '../validate/index.ts';
import { SEVERITY_ORDER, type RuleInfo, type Severity } from '../findings/index.ts';
import type { SopMonitoring } from '../monitoring/index.ts';
import { complianceAnchor, deskUnitPath } from '../views/index.ts';
import { FINDINGS_PER_PAGE, paginate } from './pages.ts';
import { deskUnits, ruleGroups, type DeskAgency, type DeskUnit, type RuleGroup } from './units.ts';
import { gapList, monitoringLists, promiseList, withdrawnList, type DeskRef, type GapEntry, type PromiseEntry, type WithdrawnEntry } from './lists.ts';

/**
 * The reviewer's desk, as data: the overview (the table of units, counts by severity and rule, the
 * lists), each unit's page and each rule's page with their findings split into pages, and where a
 * document's findings are. Each page of /kepatuhan/ renders one part of it.
 */
export interface Desk {
  asOf?: ReferenceDate;
  report: ComplianceReport;
  agencies: DeskAgency[];
  unit(id: string): DeskUnit | undefined;
  /** A unit's documents with findings, split into pages. */
  unitPages: Map<string, DocumentFindings[][]>;
  /** Every rule that found something, with its findings by unit, split into pages (each has a page of the desk). */
  rules: Array<RuleInfo & { count: number; pages: RuleGroup[][] }>;
  gaps: GapEntry[];
  withdrawn: WithdrawnEntry[];
  promises: PromiseEntry[];
  monitoring: ReturnType<typeof monitoringLists>;
  /** Where a document's findings are: its unit's page (the one that lists it) and its section. */
  findingsHref(documentId: string): string | undefined;
}

/** Lists on the overview show this many entries and link to the whole list. */
export const OVERVIEW_LIST_LIMIT = 20;

export function buildDesk(
  corpus: Corpus,
  report: ComplianceReport,
  monitoring: ReadonlyMap<string, SopMonitoring>,
  pathOf: (doc: CorpusDocument) => string,
): Desk {
  const agencies = deskUnits(corpus, report, monitoring, pathOf);
  const units = new Map(agencies.flatMap((a) => a.units.map((u) => [u.id, u] as const)));
  const order = new Map([...units.keys()].map((id, i) => [id, i]));
  const unitOrder = (id: string) => order.get(id) ?? Infinity;
  const documents = new Map<string, CorpusDocument>([...corpus.sops.values(), ...corpus.standards.values()].map((d) => [d.id, d]));
  const placeOf = (documentId: string) => {
    const unitId = documents.get(documentId)?.data.unitId ?? '';
    return { unitId, agencyId: units.get(unitId)?.agency.id ?? '' };
  };
  const ref = (doc: CorpusDocument): DeskRef => ({ documentId: doc.id, title: doc.data.title, kind: doc.kind, href: pathOf(doc), ...placeOf(doc.id) });

  const weight = (d: DocumentFindings) => d.findings.length + 1;
  const unitPages = new Map<string, DocumentFindings[][]>();
  const hrefs = new Map<string, string>();
  for (const unit of units.values()) {
    const pages = paginate(unit.findings.filter((d) => d.findings.length > 0), weight, FINDINGS_PER_PAGE);
    unitPages.set(unit.id, pages);
    pages.forEach((page, i) => page.forEach((d) => hrefs.set(d.documentId, `${deskUnitPath(unit.id, i + 1)}#${complianceAnchor(d.documentId)}`)));
  }

  const rules = report.byRule.filter((rule) => rule.count > 0).map((rule) => {
    const items = ruleGroups(agencies, rule.code).flatMap((g) => g.documents.map((d) => ({ unit: g.unit, document: d })));
    const pages = paginate(items, (i) => weight(i.document), FINDINGS_PER_PAGE).map((page) => {
      const groups: RuleGroup[] = [];
      for (const { unit, document } of page) {
        const last = groups[groups.length - 1];
        if (last?.unit === unit) last.documents.push(document);
        else groups.push({ unit, documents: [document] });
      }
      return groups;
    });
    return { ...rule, pages };
  });

  return {
    ...(corpus.asOf ? { asOf: corpus.asOf } : {}),
    report,
    agencies,
    unit: (id) => units.get(id),
    unitPages,
    rules,
    gaps: gapList(report, placeOf, unitOrder),
    withdrawn: withdrawnList(corpus, ref, unitOrder),
    promises: promiseList(corpus, ref),
    monitoring: monitoringLists(agencies),
    findingsHref: (documentId) => hrefs.get(documentId),
  };
}

/** The rule table of the overview: rules that found something, errors first and the most frequent first; then the rest. */
export function rulesByWeight<R extends { severity: Severity; count: number }>(rules: readonly R[]): { fired: R[]; quiet: R[] } {
  return {
    fired: rules.filter((r) => r.count > 0).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count),
    quiet: rules.filter((r) => r.count === 0),
  };
}
