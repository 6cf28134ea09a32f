import type { TestProject } from 'vitest/node';
import path from 'node:path';
import { fixtureWithHistory } from '../tools/git-fixture.ts';
import { writeScaleCorpus } from './support/scale-corpus.ts';
import { buildFixture, FIXTURES, NO_BROWSER, NO_PDF, warmSeedBuild, WITH_SITE_URL, type BuildOptions } from './support/site-build.ts';
import { runWantsTypecheck, startTypecheck, testFilters } from './support/typecheck.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output directory of the one real build of the seed content that build and browser tests share. */
    siteDir: string;
    /** This run's id: a failed build is shared within the run, built again in the next. */
    testRun: string;
  }
}

/**
 * The shared builds the test files ask for (their buildFixture calls), made in the background from
 * the start, one after another, while the first files run on the seed build: otherwise the files
 * that need a fixture start last and wait for their builds in a row. A build listed here that no
 * file asks for is time lost; one missing here is built when its file asks.
 */
const SHARED_BUILDS: [string | (() => Promise<string>), BuildOptions?][] = [
  ['corpus-diagrams', NO_BROWSER],
  ['corpus-flow', NO_BROWSER],
  ['corpus-as-printed', NO_BROWSER],
  ['corpus-diagrams', WITH_SITE_URL],
  ['corpus-warnings', NO_PDF],
  ['corpus-time', NO_BROWSER],
  ['corpus-flow', { env: { NODE_ENV: 'test', SOP_NO_BROWSER: '1', SOP_PDF: '0' } }],
  ['corpus-hostile'],
  ['corpus-hostile-ok', NO_PDF],
  ['corpus-error'],
  // The desk's fixture lives in a repository of its own (its git history is what the desk reads).
  [fixtureWithHistory(path.join(FIXTURES, 'corpus-monev')), NO_BROWSER],
  // Last: the longest (2,000 SOPs, ~2 minutes); its test file usually asks for it first.
  [writeScaleCorpus, NO_BROWSER],
];

interface Started {
  testRun: string;
  siteDir: string;
  teardown: () => Promise<void>;
}

/**
 * The build and browser projects both name this setup; it runs once per test run and both get the
 * same seed build (Vitest may load this file once per project, so the run is kept on globalThis).
 */
const SHARED = Symbol.for('sop-tests.global-setup');
const shared = globalThis as typeof globalThis & { [SHARED]?: { started: Promise<Started>; users: number } };

export default async function setup(project: TestProject) {
  const entry = (shared[SHARED] ??= { started: start(), users: 0 });
  entry.users++;
  const { testRun, siteDir, teardown } = await entry.started;
  project.provide('testRun', testRun);
  project.provide('siteDir', siteDir);
  return async () => {
    if (--entry.users === 0) await teardown();
  };
}

/** Builds the real site once per test run (or reuses it, tests/support/README.md); a failed build fails the run with Astro's output. */
async function start(): Promise<Started> {
  const testRun = `run-${Date.now().toString(36)}-${process.pid}`;
  process.env.SOP_TEST_RUN = testRun;
  // astro check (in the project root) beside the seed build (in a root of its own: support/astro-lock.ts),
  // then the shared builds beside the test files.
  const stopTypecheck = runWantsTypecheck() ? startTypecheck(testRun) : () => {};
  const build = await buildFixture('seed');
  if (build.code !== 0) {
    stopTypecheck();
    throw new Error(`astro build failed:\n${build.output}`);
  }
  let stopped = false;
  const prebuilt = (async () => {
    if (testFilters().length > 0) return; // a run of chosen files builds what they ask for
    await warmSeedBuild();
    for (const [name, options] of SHARED_BUILDS) if (!stopped) await buildFixture(typeof name === 'string' ? name : await name(), options);
  })();
  return {
    testRun,
    siteDir: build.outDir,
    teardown: async () => {
      stopped = true;
      stopTypecheck();
      await prebuilt;
    },
  };
}
