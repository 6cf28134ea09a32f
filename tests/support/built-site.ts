import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../tools/chromium.ts';
import type { BuildResult } from './site-build.ts';
import { serveStatic } from '../../tools/static-server.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> */
  url: string;
  browser: Browser;
  /** Paths requested from the server so far, in order. */
  requests: string[];
  /** The served directory. */
  dir: string;
}

/**
 * For a browser test file: a built site served on 127.0.0.1 and one Chromium, started before the
 * file's tests and closed after them. By default the shared build of the seed site
 * (tests/global-setup.ts); pass `() => buildFixture('corpus-x')` for a fixture's shared build, and
 * response headers to send with every file.
 */
export function useBuiltSite(build?: () => Promise<BuildResult>, headers: Record<string, string> = {}): BuiltSite {
  const site = { url: '', requests: [] as string[], dir: '' } as BuiltSite;
  let close = () => {};
  beforeAll(async () => {
    if (build) {
      const built = await build();
      if (built.code !== 0) throw new Error(`build failed:\n${built.output.slice(-4000)}`);
      site.dir = built.outDir;
    } else site.dir = inject('siteDir');
    const served = await serveStatic(site.dir, headers);
    site.url = served.url;
    site.requests = served.requests;
    site.browser = await launchChromium();
    close = () => served.server.close();
  });
  afterAll(async () => {
    await site.browser?.close();
    close();
  });
  return site;
}
