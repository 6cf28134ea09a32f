/**
 * What the pages may ask of the build, and nothing else: the site model, the compliance report and
 * the desk, the findings' twelve months, a document's history, diagrams. Pages and components
 * import these from `virtual:sop-portal/build` (src/integrations/build-state/), never from src/node
 * directly.
 */
export { getSite, type Site } from './site.ts';
export { getCompliance, type Compliance } from './compliance.ts';
export { getFindingHistory, type FindingHistory } from './finding-history.ts';
export { contentUpdatedAt, historyOf, type DocumentHistoryView } from './history.ts';
export { renderDiagram, type DiagramResult } from './mermaid/render.ts';
export { swimlaneOf } from './swimlanes.ts';
export { getPageKeys, type PageKeys } from './page-keys.ts';
