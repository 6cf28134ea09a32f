/**
 * Where a page that needs mermaid in the reader's browser (a diagram the build could not render)
 * finds it: mermaid's own prebuilt file, copied into the site only by a build that needed it, and
 * served from node_modules by the dev server. Never bundled.
 */
export const MERMAID_RUNTIME_PATH = '/_diagrams/mermaid.min.js';
