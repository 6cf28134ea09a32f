import type { Browser } from 'playwright-core';
import type { CorpusCache } from './read-corpus.ts';
import type { DiagramState } from './mermaid/render.ts';
import type { HistoryCache } from './history.ts';
import type { SiteCache } from './site.ts';
import type { SwimlaneCache } from './swimlanes.ts';
import { readSettings, type Settings } from './settings.ts';

/**
 * What one build (or one dev server, or one script) holds while it runs: its settings and the
 * caches its parts share: the corpus read once, the site model, git history, drawn swimlanes, the
 * one Chromium and its diagram queue.
 *
 * Why one slot on globalThis: Astro loads the integrations with astro.config.mjs and bundles the
 * pages apart, so every module here exists twice in one process; this slot is the one thing both
 * copies see. The integrations start it (src/integrations/build-state/), the pages reach it through
 * `virtual:sop-portal/build`, and each cache below is created by the module that owns it.
 */
export interface BuildState {
  readonly settings: Settings;
  /** Under `astro dev`: the corpus is read again per page, findings show on pages. */
  readonly devServer: boolean;
  corpus?: CorpusCache;
  site?: SiteCache;
  history?: HistoryCache;
  swimlanes?: SwimlaneCache;
  diagrams?: DiagramState;
  /** The build's one Chromium, launched on first use (src/node/chromium.ts). */
  browser?: { launched: Promise<Browser | undefined>; browser?: Browser; launchStart?: number };
}

const SLOT = Symbol.for('sop-portal.build-state');
const g = globalThis as typeof globalThis & { [SLOT]?: BuildState };

/** Called once by the build-state integration with the settings astro.config.mjs read. */
export function startBuildState(settings: Settings, devServer: boolean): BuildState {
  const kept = g[SLOT];
  // A config reload in dev starts again with the same settings: keep the caches (and the browser).
  if (kept && kept.devServer === devServer && JSON.stringify(kept.settings) === JSON.stringify(settings)) return kept;
  return (g[SLOT] = { settings, devServer });
}

/** The running build's state; a script that starts no build (check, impor) gets one from its environment. */
export function buildState(): BuildState {
  return (g[SLOT] ??= { settings: readSettings(), devServer: false });
}
