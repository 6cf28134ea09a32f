// Kept for tests written against it: builds are made and shared by tests/support/site-build.ts
// (see tests/support/README.md). runBuild here is the SHARED build; a test that changes or times
// its build uses freshBuild.
export { buildFixture as runBuild, buildInto, freshBuild, NO_BROWSER, NO_PDF, warmSeedBuild, PROJECT, WITH_SITE_URL, type BuildOptions, type BuildResult } from '../support/site-build.ts';
