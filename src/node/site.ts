import { createHash } from 'node:crypto';
import { KINDS, type Corpus, type CorpusDocument, type SopDocument, type StandarPelayananDocument } from '../domain/model/index.ts';
import type { ReferenceIndex } from '../domain/references/index.ts';
import type { Finding } from '../domain/findings/index.ts';
import { buildRoleIndex, type Role } from '../domain/views/index.ts';
import { buildCatalogue, type CatalogueNode } from '../domain/views/index.ts';
import { isInForce } from '../domain/model/index.ts';
import { monitoringStates, type SopMonitoring } from '../domain/monitoring/index.ts';
import { diagramPageState } from './mermaid/render.ts';
import { historyDigest } from './history.ts';
import { buildState } from './build-state.ts';
import { readCheckedCorpus, type CheckedCorpus } from './read-corpus.ts';

/**
 * Everything the pages need, computed once per build from the domain model. Components read
 * from here and render; they decide nothing.
 */
export interface Site {
  corpus: Corpus;
  references: ReferenceIndex;
  /** Every published SOP (drafts are not), in force or not: each has its page. */
  sops: SopDocument[];
  standards: StandarPelayananDocument[];
  /**
   * The organisation tree (any depth) with every published document, in force or not: only nodes
   * that hold some. Each node gets a unit page.
   */
  tree: CatalogueNode<CorpusDocument>[];
  /** The default catalogue (home page, unit listings): the same tree with documents in force only. */
  catalogue: CatalogueNode<CorpusDocument>[];
  /** Published documents no longer in force (superseded, revoked), by title: findable, never listed as in force. */
  retired: CorpusDocument[];
  /** Document id -> the documents it replaces ("Menggantikan"). */
  supersedes: Map<string, CorpusDocument[]>;
  /** The "per pelaksana" index (SOPs in force). */
  roles: Role[];
  /** Every finding (schema and validation rules), sorted: the compliance report and each page's box. */
  findings: Finding[];
  /** Each published SOP's monitoring cycle (records, state as of the reference date), by document id. */
  monitoring: Map<string, SopMonitoring>;
  /**
   * What the pages are made of besides the site's code: the content files, their git history and
   * the settings that change a page (PDF links, where diagrams are drawn). Pages give it to Astro's
   * incremental build as their `cacheKey` (astro.config.mjs): a build with the same key and the same
   * code keeps the pages of the build before instead of rendering them again.
   */
  pageKey: string;
  /** A hash of each content file's text, by path: what each page's own key is made of (src/node/page-keys.ts). */
  fileDigests: ReadonlyMap<string, string>;
  /** The settings that change every page (PDF links, where diagrams are drawn, the site's address), as JSON. */
  shownSettings: string;
}

const byTitle = (a: CorpusDocument, b: CorpusDocument) => a.data.title.localeCompare(b.data.title, 'id');

function buildSite({ corpus, references, findings, fileDigests }: CheckedCorpus, pageKey: string): Site {
  const sops = [...corpus.sops.values()].sort(byTitle);
  const standards = [...corpus.standards.values()].sort(byTitle);
  const published: CorpusDocument[] = [...standards, ...sops];
  const tree = buildCatalogue(corpus.organisation, published);
  const catalogue = buildCatalogue(corpus.organisation, published.filter(isInForce));
  const retired = published.filter((d) => !isInForce(d)).sort(byTitle);
  const supersedes = new Map<string, CorpusDocument[]>();
  for (const doc of published) {
    const id = doc.data.lifecycle.supersededBy;
    if (id === undefined) continue;
    const key = `${KINDS[doc.kind].collection}/${id}`;
    supersedes.set(key, [...(supersedes.get(key) ?? []), doc]);
  }
  return {
    corpus, references, sops, standards, tree, catalogue, retired, supersedes,
    roles: buildRoleIndex(sops.filter(isInForce)),
    findings,
    monitoring: monitoringStates(corpus),
    pageKey,
    fileDigests,
    shownSettings: shownSettings(),
  };
}

/** The settings that change every page: PDF links, where diagrams are drawn, the site's address. */
function shownSettings(): string {
  const { settings } = buildState();
  return JSON.stringify({ pdf: settings.pdf, diagrams: diagramPageState(), siteUrl: settings.siteUrl ?? '' });
}

/** The whole site's cacheKey (pages that show every document: the desk): content, its git history, its reference date, the settings. */
export async function pageKeyOf(checked: CheckedCorpus): Promise<string> {
  const asOf = JSON.stringify(checked.corpus.asOf ?? null);
  return createHash('sha256').update(`${checked.digest}\n${await historyDigest()}\n${shownSettings()}\n${asOf}`).digest('base64url');
}

/** The site model of each corpus read, in the build state: a build makes one. */
export interface SiteCache {
  byCorpus: WeakMap<CheckedCorpus, Promise<Site>>;
  /** A build's one model (the dev server asks the reader again on every page). */
  current?: Promise<Site>;
}

function loadSite(): Promise<Site> {
  const state = buildState();
  const cache = (state.site ??= { byCorpus: new WeakMap() });
  return readCheckedCorpus(state.settings.contentRoot).then((checked) => {
    let site = cache.byCorpus.get(checked);
    if (!site) cache.byCorpus.set(checked, (site = pageKeyOf(checked).then((key) => buildSite(checked, key))));
    return site;
  });
}

/**
 * The site model. A build reads the corpus once. The dev server asks the reader on every page
 * (it re-reads only the files saved since, src/node/read-corpus.ts), so a saved document shows at once.
 */
export function getSite(): Promise<Site> {
  const state = buildState();
  if (state.devServer) return loadSite();
  return ((state.site ??= { byCorpus: new WeakMap() }).current ??= loadSite());
}
