import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { RULE_BY_CODE } from '../../findings/index.ts';
import type { Finding } from '../../findings/index.ts';
import { excerpt } from '../../text/index.ts';
import { isSafeLinkTarget, mailtoRecipients, schemeOf, visibleTextMismatch } from './links.ts';

/**
 * The body of a document (the Markdown after the frontmatter) may hold Markdown only: text, lists,
 * tables, links, images and ``` code blocks (```mermaid among them). Raw HTML and JSX (`<script>`,
 * `<img onerror>`, `<iframe>`), `import`/`export` and `{expressions}` are refused, with the place:
 * MDX expressions and imports run on the build machine, and any tag would be published as is.
 * Refused, not stripped: a sanitizer would drop what the author wrote without a word, while the
 * documents are written by a web team that can fix a line it is shown. `{/* comments *\/}` stay
 * allowed (the transcription notes use them). Parsed with Sätteri, the parser Astro's MDX build uses,
 * so what is checked is what would be published.
 */

export interface BodySource {
  file: string;
  /** The whole file text. */
  text: string;
  /** The body: the text after the frontmatter's closing `---`. */
  body: string;
  documentId?: string;
}

/** An expression holding only JavaScript comments, the MDX way of writing a comment. */
const COMMENT_ONLY = /^\s*(?:(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))\s*)*$/;

export function bodyFindings(source: BodySource): Finding[] {
  const { file, text, body, documentId } = source;
  const bodyStart = text.length - body.length;
  const lineOffset = text.slice(0, bodyStart).split('\n').length - 1;
  const out: Finding[] = [];
  const at = (line: number, column: number, code: string, message: string): Finding => ({
    file, line: line + lineOffset, column, severity: RULE_BY_CODE.get(code)!.severity, code, message, ...(documentId ? { documentId } : {}),
  });

  let tree: MdastNode;
  try {
    tree = file.endsWith('.md') ? markdownToMdast(body, { position: true }) : mdxToMdast(body, { position: true });
  } catch (error) {
    // Sätteri reports "5:1: Unexpected character …" for MDX it cannot read.
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    return [at(m ? Number(m[1]) : 1, m ? Number(m[2]) : 1, 'mdx', `isi dokumen bukan MDX yang sah: ${(m ? m[3]! : message).split('\n')[0]}`)];
  }

  const walk = (node: MdastNode) => {
    const n = node as MdastNode & { name?: string | null; value?: string; url?: string; position?: { start: { line: number; column: number } } };
    const { line, column } = n.position?.start ?? { line: 1, column: 1 };
    switch (n.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        out.push(at(line, column, 'html-mentah', `tag ${n.name ? `<${n.name}>` : '<>'} di isi dokumen ditolak: isi hanya boleh Markdown (teks, daftar, tabel, tautan [teks](https://…), blok \`\`\`mermaid)`));
        return; // one finding per tag, not one per nested tag
      case 'html':
        out.push(at(line, column, 'html-mentah', `HTML di isi dokumen ditolak (${excerpt(n.value ?? '', 40)}): isi hanya boleh Markdown`));
        return;
      case 'mdxjsEsm':
        out.push(at(line, column, 'kode-mdx', `import/export di isi dokumen ditolak: kode dijalankan saat membangun situs`));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(n.value ?? ''))
          out.push(at(line, column, 'kode-mdx', `ekspresi {…} di isi dokumen ditolak: kode dijalankan saat membangun situs; untuk catatan tulis {/* … */}`));
        return;
      case 'link':
      case 'image':
      case 'definition': {
        const url = n.url ?? '';
        if (!isSafeLinkTarget(url)) out.push(at(line, column, 'tautan-tidak-aman', `alamat tautan ${excerpt(url)} ditolak: hanya https://, http://, mailto:, tel: atau alamat di situs ini (/sop/…, #langkah-2)`));
        else if (n.type === 'link') {
          const recipients = schemeOf(url) === 'mailto' ? mailtoRecipients(url) : [];
          const mismatch = recipients.length > 1
            ? `tautan e-mail menulis ke ${recipients.length} alamat (${recipients.slice(0, 3).map((r) => excerpt(r, 40)).join(', ')}): tulis satu alamat saja, tanpa cc, bcc atau alamat tersandi (%40)`
            : visibleTextMismatch(textOf(n), url);
          if (mismatch) out.push(at(line, column, 'tautan-menyesatkan', mismatch));
        }
        break;
      }
    }
    for (const child of (n as { children?: MdastNode[] }).children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

function textOf(node: MdastNode): string {
  const n = node as { value?: string; children?: MdastNode[] };
  return n.value ?? (n.children ?? []).map(textOf).join('');
}
