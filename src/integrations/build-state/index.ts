import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { startBuildState } from '../../node/build-state.ts';
import { boundHeapGrowth } from '../../node/heap.ts';
import { pageSettings, type Settings } from '../../node/settings.ts';

/** The one module through which pages reach the build (typed in src/env.d.ts). */
export const BUILD_MODULE = 'virtual:sop-portal/build';
const RESOLVED = `\0${BUILD_MODULE}`;
const PAGES_API = fileURLToPath(new URL('../../node/pages.ts', import.meta.url));

/**
 * Starts the build state (src/node/build-state.ts) with the settings astro.config.mjs read, and
 * gives the pages `virtual:sop-portal/build`: what of those settings changes a page, and whether this
 * is the dev server, as data, and the services of src/node/pages.ts. It comes first in the list: every other integration
 * and every page runs on this state.
 */
export function buildStateIntegration(settings: Settings): AstroIntegration {
  return {
    name: 'sop-build-state',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const devServer = command === 'dev';
        startBuildState(settings, devServer);
        boundHeapGrowth();
        const code = [
          `export const settings = ${JSON.stringify(pageSettings(settings))};`,
          `export const devServer = ${JSON.stringify(devServer)};`,
          `export * from ${JSON.stringify(PAGES_API)};`,
        ].join('\n');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sop-build-module',
                resolveId: (id) => (id === BUILD_MODULE ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
