import { defineConfig } from 'vitest/config';
import LongestFirst from './support/sequencer.ts';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests run real builds and a real Chromium: give them time. Browser tests
    // wait on Chromium more than they compute, so files run side by side; more workers than the
    // two cores keep both busy (measured: README, "Suite time"). Builds run two at a time,
    // each in an Astro root of its own, longest files first (tests/support/astro-lock.ts, sequencer.ts).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // A page's script reacts within a second when the machine is idle, not when both cores run
    // builds: expect.poll's default second made a viewer test fail once under load.
    expect: { poll: { timeout: 10_000 } },
    maxWorkers: 4,
    sequence: { sequencer: LongestFirst },
  },
});
