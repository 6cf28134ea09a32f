import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driveDevLoop, startDevServer, type DevServer } from '../../tools/dev-loop.ts';
import { acquireAstroLock } from '../support/astro-lock.ts';
import { launchChromium } from '../../tools/chromium.ts';
import { PROJECT } from '../support/site-build.ts';

/** `npm run dev` on a copy of the seed content: a save shows on the open page; an error shows, in the terminal and on the page, and the server goes on. */

let server: DevServer;
let browser: Browser;
let root: string;
let releaseAstro: () => void;
beforeAll(async () => {
  // The dev server writes .astro/ for its copy of the content: no other Astro process meanwhile.
  releaseAstro = await acquireAstroLock('dev server');
  root = await mkdtemp(path.join(os.tmpdir(), 'sop-dev-'));
  await cp(path.join(PROJECT, 'content'), path.join(root, 'content'), { recursive: true });
  server = await startDevServer(PROJECT, root, 4700 + Math.floor(Math.random() * 200));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(root, { recursive: true, force: true });
  releaseAstro?.();
});

describe('npm run dev', () => {
  it('reloads the page after a save, and reports an error in the terminal and on the page without stopping', async () => {
    const since = server.lines.at(-1)!.t;
    await driveDevLoop(server, browser, root, 'pelayanan-konsultasi');
    const printed = server.lines.filter((l) => l.t >= since).map((l) => l.text);
    expect(printed.some((l) => /content\/sop\/pelayanan-konsultasi\.mdx:\d+:\d+ +error +schema +nama_salah/.test(l))).toBe(true);
    // Fixed again (driveDevLoop puts the file back): the page is served as before.
    await server.waitForLine(/pelayanan-konsultasi\.mdx: tidak ada temuan|pelayanan-konsultasi\.mdx:\d+:\d+ +(warning|info)/, printed.length ? since : 0);
    const page = await browser.newPage();
    // The save that fixed it may still be settling (the file was just put back): ask until it answers.
    await expect.poll(async () => (await page.goto(`${server.url}/sop/pelayanan-konsultasi/`))?.status(), { timeout: 20_000 }).toBe(200);
    expect(await page.textContent('h1')).toContain('Pelayanan Konsultasi');
    await page.close();
  });

  it('serves the files beside a document as the build writes them (open data, swimlane, BPMN)', async () => {
    const get = (p: string) => fetch(`${server.url}${p}`);
    const json = await get('/data/sop/pelayanan-konsultasi.json');
    expect(json.headers.get('content-type')).toContain('application/json');
    expect((await json.json()).nama).toBeTruthy();
    const svg = await get('/sop/pelayanan-konsultasi/swimlane.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<\?xml[^>]*>\n<svg/);
    expect(await (await get('/sop/pelayanan-konsultasi/swimlane.mmd')).text()).toMatch(/^swimlane-beta|^%%|^---/m);
    expect(await (await get('/sop/pelayanan-konsultasi/proses.bpmn')).text()).toContain('<bpmn:process');
    expect(await (await get('/data/standar-pelayanan/pelayanan-konsultasi.json')).json()).toHaveProperty('nama');
    expect((await get('/sop/tidak-ada/swimlane.svg')).status).toBe(404);
  });
});
