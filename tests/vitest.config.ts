import { defineConfig } from 'vitest/config';
import LongestFirst from './support/sequencer.ts';

/**
 * Four projects: `unit` (tests/domain: the pure domain; the tests beside src modules and of tools/;
 * no site is built, seconds), `import` (the PDF importer on generated PDFs), `build` (real builds of
 * fixtures, asserting on the HTML; the type check) and `browser` (built pages in headless Chromium).
 * `npm test` runs all four; `npm run test:unit` the first alone. Only build and browser build the
 * seed site first (tests/global-setup.ts).
 */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    // Build and browser tests run real builds and a real Chromium: give them time. Browser tests
    // wait on Chromium more than they compute, so files run side by side; more workers than the
    // two cores keep both busy (measured: docs/performance.md, "Suite time"). Builds run two at a
    // time, each in an Astro root of its own, longest files first (tests/support/astro-lock.ts, sequencer.ts).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A page's script reacts within a second when the machine is idle, not when both cores run
    // builds: expect.poll's default second made a viewer test fail once under load.
    expect: { poll: { timeout: 10_000 } },
    maxWorkers: 4,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/domain/**/*.test.ts', 'tests/guard/**/*.test.ts', 'tests/tools/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'import', include: ['tests/import/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/typecheck.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
