import type { TestProject } from 'vitest/node';
import { PROJECT, runBuild } from './build/run-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output directory of the one real build of the seed content that build and browser tests share. */
    siteDir: string;
  }
}

/** Builds the real site once per test run; a failed build fails the run with Astro's output. */
export default async function setup(project: TestProject) {
  const build = await runBuild(PROJECT);
  if (build.code !== 0) throw new Error(`astro build failed:\n${build.output}`);
  project.provide('siteDir', build.outDir);
}
