import type { Browser } from 'playwright-core';
import { buildState, type BuildState } from './build-state.ts';

/** How every Chromium of this project starts: headless, and nothing reaches the network on its own. */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** Whether this build may use Chromium (for diagrams and PDFs): not SOP_NO_BROWSER, and one is installed. */
export function browserAvailable(): boolean {
  return buildState().settings.chromium !== undefined;
}

/**
 * The build's one Chromium, launched on first use: the diagrams render in it, and the PDFs are
 * printed in it at the end of the build (src/node/pdf.ts), so a build starts one browser, not two.
 * `warn` says why there is none (not installed, or it failed to start). closeBuildBrowser() ends it.
 */
export function buildBrowser(warn: (message: string) => void): Promise<Browser | undefined> {
  const state = buildState();
  if (state.browser) return state.browser.launched;
  const executablePath = state.settings.chromium;
  const slot: NonNullable<BuildState['browser']> = { launched: Promise.resolve(undefined), launchStart: performance.now() };
  state.browser = slot;
  slot.launched = (async () => {
    if (!executablePath) {
      warn('Chromium tidak ditemukan');
      return undefined;
    }
    try {
      const { chromium } = await import('playwright-core');
      slot.browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
      return slot.browser;
    } catch (error) {
      warn(`Chromium gagal dijalankan (${(error as Error).message.split('\n')[0]})`);
      return undefined;
    }
  })();
  return slot.launched;
}

/** When the build's browser began to start (for the diagram stats), if it did. */
export const browserLaunchStart = (): number | undefined => buildState().browser?.launchStart;

/** Closes the build's browser; the next render or print launches a new one. */
export async function closeBuildBrowser(): Promise<void> {
  const state = buildState();
  const browser = state.browser?.browser;
  state.browser = undefined;
  await browser?.close().catch(() => {});
}
