import { createHash } from 'node:crypto';
import type { CorpusDocument, UnitPlace } from '../domain/model/index.ts';
import {
  documentPageInputs,
  historyPageInputs,
  publicSummary,
  rolePageInputs,
  unitPageInputs,
  type PageInputSources,
  type Role,
} from '../domain/views/index.ts';
import { getCompliance } from './compliance.ts';
import { fileRevisions, historyDigest } from './history.ts';
import { getSite, type Site } from './site.ts';

/**
 * Each page's cacheKey for Astro's incremental build: a hash of the page's inputs as the domain
 * names them (src/domain/views/page-inputs.ts) and of the settings that change every page. A build
 * after one edit renders again the edited document's pages and the pages that show it (documents
 * citing it or cited by it, its unit's page, its roles' pages); the reviewer's desk, which counts
 * every document, keeps the whole site's key (site.pageKey).
 */
export interface PageKeys {
  document(doc: CorpusDocument): string;
  history(doc: CorpusDocument): string;
  unit(place: UnitPlace, documents: readonly CorpusDocument[]): string;
  role(role: Role): string;
  /**
   * A page of the desk's findings (a unit's or a rule's, paged): what it is given to show
   * (its props: findings, counts, places), the reference date and, for a page with the twelve
   * months' chart, the content's git history.
   */
  desk(props: unknown, withHistory: boolean): string;
  /** The whole site's key: what shows every document. */
  site: string;
}

/**
 * Props as JSON, fast enough for 240 desk pages at 2,000 documents. A document or record read from
 * a file is written as its file and the file's hash (its parsed YAML would make megabytes a page);
 * an object met a second time is written as a back-reference (the desk's units, agencies and
 * documents are shared between many props); functions are left out.
 */
function propsJson(props: unknown, fileDigest: (file: string) => string | undefined): string {
  const seen = new Map<object, number>();
  return JSON.stringify(props, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    const again = seen.get(value);
    if (again !== undefined) return ['seen', again];
    seen.set(value, seen.size);
    if ('source' in value && 'file' in value && typeof value.file === 'string') return ['file', value.file, fileDigest(value.file) ?? null];
    return value instanceof Map ? [...value] : value instanceof Set ? [...value] : value;
  });
}

const keys = new WeakMap<Site, Promise<PageKeys>>();

export function getPageKeys(): Promise<PageKeys> {
  return getSite().then((site) => {
    let known = keys.get(site);
    if (!known) keys.set(site, (known = makePageKeys(site)));
    return known;
  });
}

async function makePageKeys(site: Site): Promise<PageKeys> {
  const [revisions, compliance, history] = await Promise.all([fileRevisions(), getCompliance(), historyDigest()]);
  const records = new Map<string, string[]>();
  for (const r of [...site.corpus.monitoring, ...site.corpus.evaluations]) records.set(r.documentId, [...(records.get(r.documentId) ?? []), r.file]);
  const src: PageInputSources = {
    corpus: site.corpus,
    references: site.references,
    supersedes: site.supersedes,
    fileDigest: (file) => site.fileDigests.get(file),
    revisions,
    recordFiles: (id) => records.get(id) ?? [],
    note: (id) => [publicSummary((compliance.byDocument.get(id)?.findings ?? []).map((p) => p.finding)), compliance.desk.findingsHref(id) ?? null],
  };
  // What changes every page: where the site is published, PDFs, how diagrams are drawn.
  const shown = site.shownSettings;
  const key = (page: string, inputs: unknown) =>
    createHash('sha256')
      .update(JSON.stringify([page, shown, inputs]))
      .digest('base64url');
  return {
    document: (doc) => key('document', documentPageInputs(src, doc)),
    history: (doc) => key('history', historyPageInputs(src, doc)),
    unit: (place, documents) => key('unit', unitPageInputs(src, place, documents)),
    role: (role) => key('role', rolePageInputs(src, role)),
    desk: (props, withHistory) =>
      key('desk', [
        site.fileDigests.get('content/organisasi.yaml'),
        site.corpus.asOf ?? null,
        withHistory ? history : null,
        propsJson(props, (file) => site.fileDigests.get(file)),
      ]),
    site: site.pageKey,
  };
}
