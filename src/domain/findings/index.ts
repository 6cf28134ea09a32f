/** Findings: the one-line finding every check reports, and the catalogue of rules (codes, severities, explanations). */
export * from './finding.ts';
export * from './rules.ts';
