import { ui } from '../../i18n/id.ts';
import { formatDate } from '../dates/index.ts';
import { kindTitle } from '../views/index.ts';
import type { Desk } from './desk.ts';
import type { DeskUnit } from './units.ts';

/**
 * The desk's two tables as rows: every finding where it sits (a finding about several documents
 * has a row in each, as each unit's page lists it), and the table of units. The CSV exports and
 * /kepatuhan.json are written from these; the column names are the pages' words.
 */
export interface Table {
  header: string[];
  rows: Array<Array<string | number>>;
}

export function findingsTable(desk: Desk): Table {
  const t = ui.desk.findingColumns;
  const severity = ui.compliance.severity;
  const rows: Table['rows'] = [];
  for (const agency of desk.agencies)
    for (const unit of agency.units)
      for (const doc of unit.findings)
        for (const p of doc.findings)
          rows.push([agency.name, unit.name, kindTitle(doc.kind, doc.title), doc.documentId, p.place.file, p.place.line, p.place.column, severity[p.finding.severity], p.finding.code, p.finding.message, p.href]);
  for (const f of desk.report.unplaced) rows.push(['', '', '', f.documentId ?? '', f.file, f.line, f.column, severity[f.severity], f.code, f.message, '']);
  return { header: [t.agency, t.unit, t.document, t.documentId, t.file, t.line, t.column, t.severity, t.rule, t.message, t.page], rows };
}

/** One row of the table of units: the columns of the overview's table, as numbers and text. */
export function unitCells(unit: DeskUnit) {
  return {
    inForce: unit.documents.inForce,
    draft: unit.documents.draft,
    superseded: unit.documents.superseded,
    revoked: unit.documents.revoked,
    error: unit.counts.error,
    warning: unit.counts.warning,
    info: unit.counts.info,
    neverMonitored: unit.monitoring.never,
    overdue: unit.monitoring.overdue,
    reviseUnchanged: unit.monitoring.reviseUnchanged,
    oldest: unit.oldest ? formatDate(unit.oldest.date) : '',
    undated: unit.undated,
  };
}

export function unitsTable(desk: Desk): Table {
  const c = ui.desk.unitColumns;
  const rows = desk.agencies.flatMap((a) => a.units.map((u) => {
    const cells = unitCells(u);
    return [a.name, u.name, u.id, cells.inForce, cells.draft, cells.superseded, cells.revoked, cells.error, cells.warning, cells.info, cells.neverMonitored, cells.overdue, cells.reviseUnchanged, u.oldest?.date.iso ?? '', cells.undated];
  }));
  return {
    header: [c.agency, c.unit, c.unitId, c.inForce, c.draft, c.superseded, c.revoked, c.error, c.warning, c.info, c.neverMonitored, c.overdue, c.reviseUnchanged, c.oldest, c.undated],
    rows,
  };
}

/** /kepatuhan.json's additions to the report: the reference date and the table of units, as objects. */
export function deskJson(desk: Desk): Record<string, unknown> {
  return {
    referenceDate: desk.asOf ?? null,
    units: desk.agencies.flatMap((a) => a.units.map((u) => ({
      id: u.id, name: u.name, agency: u.agency, documents: u.documents, counts: u.counts, rules: u.byRule, monitoring: u.monitoring,
      oldestVersionDate: u.oldest ? { date: u.oldest.date.iso, documentId: u.oldest.document.id } : null, undated: u.undated,
    }))),
  };
}
