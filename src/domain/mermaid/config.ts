import type { MermaidConfig } from 'mermaid';

/**
 * The one mermaid configuration: used to render diagrams at build time (src/node/mermaid/render.ts) and by
 * the client fallback (src/components/mermaid/MermaidRuntime.astro), so both draw the same picture. It is
 * part of the render cache key: changing it re-renders every diagram.
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // Keys a %%{init: …}%% directive in a diagram may not change (mermaid's own list, and more): with
  // htmlLabels a label's text became HTML (a link, an image) inside the SVG.
  secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'htmlLabels', 'dompurifyConfig', 'themeCSS'],
  // Ids come from the id given to render(); this keeps mermaid.run() ids stable too.
  deterministicIds: true,
  theme: 'neutral',
  look: 'classic',
  // Labels as SVG <text>, not HTML in <foreignObject>: the SVG stays text in any SVG tool (the
  // downloadable file, office suites) and the page's CSS cannot change a label's measured size.
  htmlLabels: false,
  // Arial metrics (Liberation Sans on the build machine is metric-compatible), so a label measured
  // at build time fits its box on the reader's screen.
  fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif',
  flowchart: { htmlLabels: false, wrappingWidth: 170 },
  swimlane: { look: 'classic', theme: 'neutral' },
} satisfies MermaidConfig;
