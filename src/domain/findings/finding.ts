import { showControls, shownMessage } from '../text/index.ts';

/**
 * A finding about a document: what the schema, the validation rules and the build report, in the
 * form editors understand: `path:line:col  severity  code  message`.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Path of the file, relative to the project root: "content/sop/x.mdx". */
  file: string;
  /** 1-based line and column of the offending value. */
  line: number;
  column: number;
  severity: Severity;
  /** Stable rule code, e.g. "schema", "waktu-satuan"; explained in the README. */
  code: string;
  message: string;
  /** "sop/pelayanan-konsultasi", when the finding belongs to one document. */
  documentId?: string;
  /** The step the finding is about, when there is one (for links to `#langkah-N`). */
  step?: number;
  /**
   * Other documents the same finding is about, when a rule reports a group once (a title cited by
   * several SOPs, a box copied between SOPs, a cycle of references): each is shown on its own page.
   */
  alsoAt?: FindingPlace[];
}

/** Where a finding sits in one document. */
export interface FindingPlace {
  documentId: string;
  file: string;
  line: number;
  column: number;
  step?: number;
}

/** A finding about a whole file (its name, its place, an empty file): at its first line, an error unless said otherwise. */
export function fileFinding(file: string, code: string, message: string, more: Partial<Pick<Finding, 'severity' | 'documentId'>> = {}): Finding {
  return { file, line: 1, column: 1, severity: 'error', code, message, ...more };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The one line a terminal gets: never longer than a screenful, never a raw control character (src/domain/text/quote.ts). */
export function formatFinding(f: Finding): string {
  return `${showControls(f.file)}:${f.line}:${f.column}  ${f.severity}  ${f.code}  ${shownMessage(f.message)}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code)
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A finding as plain JSON for `npm run check -- --json` and /kepatuhan.json: documentId always present. */
export function findingToJson(f: Finding): Record<string, unknown> {
  return {
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    code: f.code,
    message: shownMessage(f.message),
    documentId: f.documentId ?? null,
    ...(f.step === undefined ? {} : { step: f.step }),
    ...(f.alsoAt ? { alsoAt: f.alsoAt } : {}),
  };
}
