import { fileURLToPath } from 'node:url';

/**
 * MDX plugin (Sätteri mdast, Astro 7's remark equivalent): a ```mermaid block written by an author
 * becomes `<SopMermaid source="…" label="…" />`, the shared component that inlines the build-time
 * SVG or falls back to mermaid in the browser, with its import added to the document. The label
 * (the accessible name when the diagram has no accTitle) is the rest of the fence line,
 * "```mermaid Alur surat masuk", or "Diagram". Markdown (.md) is left alone: it cannot hold
 * components.
 */

const COMPONENT = 'SopMermaid';
const COMPONENT_PATH = fileURLToPath(new URL('../../components/mermaid/Mermaid.astro', import.meta.url));

interface FactoryContext {
  sourceFormat: string;
  source: string;
}
interface CodeNode {
  lang?: string | null;
  meta?: string | null;
  value: string;
}

const MARK = Symbol.for('sop-portal.mermaid-fences');

/** True for a plugin made by mermaidFences() (the config hook may run more than once per process). */
export const isMermaidFences = (plugin: unknown) => typeof plugin === 'function' && MARK in plugin;

export function mermaidFences() {
  const factory = (ctx: FactoryContext) => {
    if (ctx.sourceFormat !== 'mdx' || !ctx.source.includes('mermaid')) return null;
    let used = false;
    return {
      name: 'sop-mermaid-fences',
      code(node: CodeNode) {
        if (node.lang !== 'mermaid') return undefined;
        used = true;
        return {
          type: 'mdxJsxFlowElement',
          name: COMPONENT,
          attributes: [
            { type: 'mdxJsxAttribute', name: 'source', value: node.value },
            { type: 'mdxJsxAttribute', name: 'label', value: node.meta?.trim() || 'Diagram' },
          ],
          children: [],
        };
      },
      after(root: unknown, api: { prependChild(node: unknown, child: unknown): void }) {
        if (used) api.prependChild(root, { type: 'mdxjsEsm', value: `import ${COMPONENT} from ${JSON.stringify(COMPONENT_PATH)};` });
      },
    };
  };
  return Object.assign(factory, { [MARK]: true });
}
