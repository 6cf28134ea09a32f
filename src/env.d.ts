/**
 * `virtual:sop-portal/build`: what the pages may ask of the build (src/integrations/build-state/,
 * src/node/pages.ts). The settings and the dev flag are data fixed when the build started.
 */
declare module 'virtual:sop-portal/build' {
  type Pages = typeof import('./node/pages.ts');
  export const settings: import('./node/settings.ts').PageSettings;
  /** True only under `astro dev`: findings show on pages; never in a built site. */
  export const devServer: boolean;
  export const getSite: Pages['getSite'];
  export const getCompliance: Pages['getCompliance'];
  export const getFindingHistory: Pages['getFindingHistory'];
  export const historyOf: Pages['historyOf'];
  export const contentUpdatedAt: Pages['contentUpdatedAt'];
  export const renderDiagram: Pages['renderDiagram'];
  export const swimlaneOf: Pages['swimlaneOf'];
  export const getPageKeys: Pages['getPageKeys'];
  export type Site = import('./node/pages.ts').Site;
  export type Compliance = import('./node/pages.ts').Compliance;
  export type FindingHistory = import('./node/pages.ts').FindingHistory;
  export type DocumentHistoryView = import('./node/pages.ts').DocumentHistoryView;
  export type DiagramResult = import('./node/pages.ts').DiagramResult;
}
