import type { TestProject } from 'vitest/node';
import { buildFixture } from './support/site-build.ts';
import { runWantsTypecheck, startTypecheck } from './support/typecheck.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output directory of the one real build of the seed content that build and browser tests share. */
    siteDir: string;
    /** This run's id: a failed build is shared within the run, built again in the next. */
    testRun: string;
  }
}

/** Builds the real site once per test run (or reuses it, tests/support/README.md); a failed build fails the run with Astro's output. */
export default async function setup(project: TestProject) {
  const testRun = `run-${Date.now().toString(36)}-${process.pid}`;
  process.env.SOP_TEST_RUN = testRun;
  project.provide('testRun', testRun);
  // astro check runs beside the seed build and the first test files (tests/support/typecheck.ts).
  const stopTypecheck = runWantsTypecheck() ? startTypecheck(testRun) : () => {};
  const build = await buildFixture('seed');
  if (build.code !== 0) {
    stopTypecheck();
    throw new Error(`astro build failed:\n${build.output}`);
  }
  project.provide('siteDir', build.outDir);
  return stopTypecheck;
}
