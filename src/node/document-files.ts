import { sopToBpmn } from '../domain/export/index.ts';
import type { Corpus, CorpusDocument } from '../domain/model/index.ts';
import { documentRecord, openDataKind } from '../domain/export/index.ts';
import { swimlaneSource } from '../domain/swimlane/index.ts';
import { bpmnPath, dataPath, documentUrls, schemaPath, siteUrlOf, swimlaneFilePath } from '../domain/views/index.ts';
import { swimlaneOf } from './swimlanes.ts';
import { pdfEnabled } from './pdf.ts';

/**
 * The files beside each document's page, for other tools: the open-data JSON of every document and,
 * of each SOP, its swimlane as SVG and as mermaid source and its process as BPMN. They are written
 * straight into the built site after the pages (src/integrations/document-files/index.ts) rather than
 * being Astro routes: at 2,000 SOPs that is 8,000 routes, and Astro's work per route cost 10 s of a
 * 60 s build for what are plain writes. The dev server answers the same paths from here.
 */
export interface DocumentFile {
  /** Site path: "/sop/x/swimlane.svg". */
  path: string;
  /** The content file it is made from: "content/sop/x.mdx". */
  documentFile: string;
  contentType: string;
  /** Made when asked (the dev server makes only the one requested). */
  body(): string | Promise<string>;
}

export function documentFiles(corpus: Corpus, site: URL | undefined): DocumentFile[] {
  const files: DocumentFile[] = [];
  const published: CorpusDocument[] = [...corpus.sops.values(), ...corpus.standards.values()];
  for (const doc of published) {
    files.push({
      path: dataPath(doc),
      documentFile: doc.file,
      contentType: 'application/json; charset=utf-8',
      body: () => {
        const record = documentRecord(doc, corpus.organisation.unit(doc.data.unitId), documentUrls(doc, site, pdfEnabled()), siteUrlOf(schemaPath(openDataKind(doc)), site));
        return `${JSON.stringify(record, null, 2)}\n`;
      },
    });
    if (doc.kind !== 'sop') continue;
    const data = doc.data;
    files.push(
      { path: swimlaneFilePath(doc.slug, 'svg'), documentFile: doc.file, contentType: 'image/svg+xml', body: () => `<?xml version="1.0" encoding="UTF-8"?>\n${swimlaneOf(data).svg}\n` },
      { path: swimlaneFilePath(doc.slug, 'mmd'), documentFile: doc.file, contentType: 'text/plain; charset=utf-8', body: () => swimlaneSource(data) },
      { path: bpmnPath(doc.slug), documentFile: doc.file, contentType: 'application/xml; charset=utf-8', body: () => sopToBpmn(data, doc.slug) },
    );
  }
  return files;
}
