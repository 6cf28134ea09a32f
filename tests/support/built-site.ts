import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

export interface BuiltSite {
  /** http://127.0.0.1:<port> */
  url: string;
  browser: Browser;
  /** Paths requested from the server so far, in order. */
  requests: string[];
}

/**
 * For a browser test file: the shared build of the seed site (tests/global-setup.ts) served on
 * 127.0.0.1 and one Chromium, started before the file's tests and closed after them.
 */
export function useBuiltSite(): BuiltSite {
  const site = { url: '', requests: [] as string[] } as BuiltSite;
  let close = () => {};
  beforeAll(async () => {
    const served = await serveStatic(inject('siteDir'));
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
