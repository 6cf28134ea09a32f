import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { formatTotal } from '../../src/domain/time/format.ts';
import { timeWords } from '../../src/i18n/id.ts';
import { flowEdges, pathTotal } from '../../src/domain/flow/graph.ts';
import { edgeId } from '../../src/domain/flowchart/index.ts';
import { actorSteps, actorTotal } from '../../src/domain/flow/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { NO_BROWSER, PROJECT, runBuild } from '../build/run-build.ts';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { serveStatic } from '../../tools/static-server.ts';

/**
 * The interactive SOP viewer (src/components/viewer/) on the built seed site, in headless Chromium:
 * the pelaksana marks and the URL, step focus from the table and the swimlane, a keyboard-only
 * walk-through with loop-backs, tabs, zoom, no mermaid runtime where the SVG was pre-rendered,
 * reading with JavaScript off, axe with the viewer in use, and the marks on an SVG drawn in the browser.
 */

const SLUG = 'pelaksanaan-kegiatan-diklat'; // 10 steps, 4 pelaksana, decisions at 6 (Tidak → 5) and 7 (Tidak → 6)
const site = useBuiltSite();
let corpus: Corpus;
const stepsOf = (slug: string) => corpus.sops.get(slug)!.data.steps;

beforeAll(async () => {
  corpus = await readCorpus(PROJECT);
});

/** A fresh context (empty localStorage) and a page on an SOP, with every request it makes. */
async function open(route: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + route);
  if (options.javaScriptEnabled !== false) await page.waitForSelector('[data-vw-bar]:not([hidden])');
  return { context, page, requests, errors };
}

const stepsWith = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => Number(e.getAttribute('data-step'))).sort((a, b) => a - b));
const announced = (page: Page) => page.textContent('[data-vw-announce]');

describe('Pelaksana Anda', () => {
  it('marks exactly that role’s steps in the table, the diagram and the list, and puts it in the URL', async () => {
    const { context, page, errors } = await open(`/sop/${SLUG}/`);
    const mine = actorSteps(stepsOf(SLUG), 'pejabat-level-2');
    expect(mine).toEqual([3, 4, 5]);
    await page.getByLabel('Pelaksana Anda').selectOption({ label: 'Pejabat Level 2 (Pimpinan Unit)' });

    expect(new URL(page.url()).searchParams.get('pelaksana')).toBe('pejabat-level-2');
    expect(await stepsWith(page, 'tr.fc-row.vw-mine')).toEqual(mine);
    expect(await stepsWith(page, 'tr.fc-row.vw-dim')).toEqual([1, 2, 6, 7, 8, 9, 10]);
    // Never by colour alone: a text marker in each marked row, none elsewhere.
    expect(await page.$$eval('tr.fc-row', (rows) => rows.map((r) => r.querySelector('.vw-mark')?.textContent ?? ''))).toEqual(
      Array.from({ length: 10 }, (_, i) => (mine.includes(i + 1) ? '● Langkah Anda' : '')),
    );
    // The symbol in that role's column, thick; the others faded.
    expect(await stepsWith(page, '.fc-symbol.vw-mine')).toEqual(mine);
    expect(await stepsWith(page, 'g.node.vw-mine')).toEqual(mine);
    expect(await page.$$eval('g.node.vw-mine', (ns) => ns.map((n) => n.getAttribute('data-actor')))).toEqual(['pejabat-level-2', 'pejabat-level-2', 'pejabat-level-2']);
    expect(await stepsWith(page, 'g.node.vw-dim')).toEqual([1, 2, 6, 7, 8, 9, 10]);
    expect(await stepsWith(page, 'ol.step-list > li.vw-mine')).toEqual(mine);

    const total = formatTotal(actorTotal(stepsOf(SLUG), 'pejabat-level-2'));
    expect(await page.textContent('[data-vw-role-summary]')).toBe(`● Langkah Anda 3 dari 10 langkah · ${total} pada jalur tercepat`);
    await expect.poll(() => announced(page)).toBe('Langkah Pejabat Level 2 (Pimpinan Unit) ditandai: 3 dari 10 langkah.');

    // Back: the role goes, with its marks.
    await page.goBack();
    await expect.poll(() => page.$$eval('.vw-mine, .vw-dim', (els) => els.length)).toBe(0);
    expect(await page.inputValue('#vw-role')).toBe('');
    await page.goForward();
    await expect.poll(() => stepsWith(page, 'tr.fc-row.vw-mine')).toEqual(mine);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is restored from the URL, and remembered on the next SOP where the same role appears', async () => {
    const { context, page } = await open(`/sop/${SLUG}/?pelaksana=anggota-tim`);
    expect(await page.inputValue('#vw-role')).toBe('anggota-tim');
    expect(await stepsWith(page, 'tr.fc-row.vw-mine')).toEqual(actorSteps(stepsOf(SLUG), 'anggota-tim'));
    expect(await stepsWith(page, 'g.node.vw-mine')).toEqual(actorSteps(stepsOf(SLUG), 'anggota-tim'));

    // Another SOP with "Anggota Tim Kerja": chosen for the reader, and in the URL.
    await page.goto(`${site.url}/sop/penyiapan-bahan-materi-diklat/`);
    await page.waitForSelector('[data-vw-bar]:not([hidden])');
    expect(await page.inputValue('#vw-role')).toBe('anggota-tim');
    expect(new URL(page.url()).searchParams.get('pelaksana')).toBe('anggota-tim');
    expect(await stepsWith(page, 'tr.fc-row.vw-mine')).toEqual(actorSteps(stepsOf('penyiapan-bahan-materi-diklat'), 'anggota-tim'));

    // An SOP without that role: nothing chosen, nothing dimmed.
    await page.goto(`${site.url}/sop/pelayanan-konsultasi/`);
    await page.waitForSelector('[data-vw-bar]:not([hidden])');
    expect(await page.inputValue('#vw-role')).toBe('');
    expect(await page.$$eval('.vw-dim', (els) => els.length)).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('marks a joint step in the lane of each of its pelaksana', async () => {
    const slug = 'permintaan-narasumber';
    const { context, page } = await open(`/sop/${slug}/?pelaksana=petugas-teknis`);
    const mine = actorSteps(stepsOf(slug), 'petugas-teknis');
    expect(mine).toContain(1); // step 1 is done by Pemohon and Petugas Teknis together
    expect(await stepsWith(page, 'g.node.vw-mine')).toEqual(mine);
    // Step 1's node in the Pemohon lane is not marked: only the companion node in Petugas Teknis's lane.
    expect(await page.$$eval('g.node[data-step="1"]', (ns) => ns.map((n) => [n.getAttribute('data-actor'), n.classList.contains('vw-mine')]))).toEqual(
      expect.arrayContaining([['pemohon', false], ['petugas-teknis', true]]),
    );
    await context.close();
  });
});

describe('step focus and deep links', () => {
  const touching = (n: number) => flowEdges(stepsOf(SLUG)).filter((e) => e.from === n || e.to === n).map(edgeId).sort();
  const marked = (page: Page, scope: string) => page.$$eval(`${scope} .vw-edge[data-edge]`, (els) => [...new Set(els.map((e) => e.getAttribute('data-edge')!))].sort());

  it('clicking a swimlane node opens that step’s details, marks its arrows, and the URL follows', async () => {
    const { context, page } = await open(`/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.click('g.node[data-step="6"]');
    const details = page.locator('[data-vw-details]');
    await expect.poll(() => details.isVisible()).toBe(true);
    const step = stepsOf(SLUG)[5]!;
    expect(await details.locator('h2').textContent()).toBe('Langkah 6');
    const text = (await details.textContent())!;
    for (const part of [step.activity, step.decision!.question, 'Anggota Tim Kerja', step.inputs, step.timeText, step.output]) expect(text).toContain(part);
    // Unambiguous on its own: where the flow comes from, and what each answer does.
    expect(text).toContain('Datang dari: langkah 5; langkah 7, bila jawabannya Tidak (putaran kembali)');
    expect(text).toContain('Selanjutnya: Jika Ya: lanjut ke langkah 7; Jika Tidak: kembali ke langkah 5');
    expect(new URL(page.url()).hash).toBe('#langkah-6');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vw-details-title');
    expect(touching(6)).toEqual(['5-6-next', '6-5-no', '6-7-yes', '7-6-no']);
    expect(await marked(page, '.swimlane')).toEqual(touching(6));
    expect(await marked(page, '.fc-table')).toEqual(touching(6));
    expect(await stepsWith(page, 'g.node.vw-current')).toEqual([6]);

    // A link in the panel moves the focus on; Escape closes and gives the focus back.
    await details.getByRole('link', { name: 'Jika Ya: lanjut ke langkah 7' }).click();
    expect(await details.locator('h2').textContent()).toBe('Langkah 7');
    expect(new URL(page.url()).hash).toBe('#langkah-7');
    await page.keyboard.press('Escape');
    expect(await details.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('6');
    expect(new URL(page.url()).hash).toBe('');
    await context.close();
  });

  it('reaches every node by keyboard, and a table symbol by pointer', async () => {
    const { context, page } = await open(`/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    const nodeButtons = page.locator('.vw-nodes button');
    expect(await nodeButtons.count()).toBe(10);
    expect(await nodeButtons.nth(2).getAttribute('aria-label')).toMatch(/^Langkah 3: /);
    await nodeButtons.nth(2).focus();
    await page.keyboard.press('Enter');
    expect(await page.textContent('#vw-details-title')).toBe('Langkah 3');

    await page.getByRole('tab', { name: 'Tabel resmi' }).click();
    await page.click('td.fc-lane[data-step="7"]');
    expect(await page.textContent('#vw-details-title')).toBe('Langkah 7');
    expect(await stepsWith(page, 'tr.fc-row.vw-current')).toEqual([7]);
    await context.close();
  });

  it('#langkah-N opens the step in whichever view is shown', async () => {
    const { context, page } = await open(`/sop/${SLUG}/#langkah-4`);
    expect(await page.textContent('#vw-details-title')).toBe('Langkah 4');
    expect(await stepsWith(page, 'tr.fc-row.vw-current')).toEqual([4]);
    // The plain list: the same hash focuses its item there.
    await page.getByRole('tab', { name: 'Langkah', exact: true }).click();
    await page.evaluate(() => (location.hash = '#langkah-9'));
    await expect.poll(() => page.textContent('#vw-details-title')).toBe('Langkah 9 (tercetak nomor 8)');
    await expect.poll(() => page.locator('#daftar-langkah-9').evaluate((li) => {
      const r = li.getBoundingClientRect();
      return li.classList.contains('vw-current') && r.top >= 0 && r.top < innerHeight;
    })).toBe(true);
    await context.close();
  });
});

describe('the walk-through', () => {
  it('keyboard only: "Tidak" at a decision goes back to the earlier step, "Ya" goes on to the end, with the time along the way', async () => {
    const { context, page, errors } = await open(`/sop/${SLUG}/`);
    const steps = stepsOf(SLUG);
    const heading = () => page.textContent('[data-vw-walk-heading]');
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tabTo = async (name: string) => {
      for (let i = 0; i < 60 && (await focused()) !== name; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
    };

    await tabTo('▶ Mulai');
    await page.keyboard.press('Enter');
    expect(await heading()).toBe('Langkah 1 dari 10');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-vw-walk-heading'))).toBe(true);
    await expect.poll(() => announced(page)).toBe(`Langkah 1 dari 10. ${steps[0]!.activity}`);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe('Langkah 6 dari 10');
    expect(await page.textContent('[data-vw-walk-question]')).toContain(steps[5]!.decision!.question);
    expect(await stepsWith(page, 'tr.fc-row.vw-current')).toEqual([6]);

    // "Berikutnya" cannot guess the answer: it asks for one.
    await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe('Langkah 6 dari 10');
    await expect.poll(() => announced(page)).toBe('Jawab pertanyaan ini untuk melanjutkan: Ya atau Tidak.');

    await tabTo('Tidak → kembali ke langkah 5');
    await page.keyboard.press('Enter');
    expect(await heading()).toBe('Langkah 5 dari 10');
    await expect.poll(() => announced(page)).toBe(`Kembali ke langkah 5. ${steps[4]!.activity}`);
    expect(await stepsWith(page, 'tr.fc-row.vw-current')).toEqual([5]);
    expect(await page.textContent('[data-vw-walk-note]')).toBe('Kembali ke langkah ini karena jawaban “Tidak” di langkah 6.');
    expect(await page.$$eval('[data-vw-trail] li', (lis) => lis.map((li) => li.textContent).join(' '))).toBe('1 2 3 4 5 6 5');

    await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe('Langkah 6 dari 10');
    await tabTo('Ya → lanjut ke langkah 7');
    await page.keyboard.press('Enter'); // Ya at step 6
    expect(await heading()).toBe('Langkah 7 dari 10');
    await page.keyboard.press('Enter'); // the focus stays on "Ya": Ya at step 7
    expect(await heading()).toBe('Langkah 8 dari 10 (tercetak nomor 9)');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await heading()).toBe('Langkah 10 dari 10 (tercetak nomor 9)');

    const path = [1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10];
    const total = formatTotal(pathTotal(steps, path));
    expect(total).toBe('± 1 hari kerja 5 jam 50 menit');
    expect(await page.textContent('[data-vw-elapsed]')).toBe(total);
    expect(await page.textContent('[data-vw-walk-done]')).toContain(`Total waktu jalur ini: ${total}, 12 langkah dilalui.`);
    // The total counted plain "hari": the rule is printed with it, as on the page.
    expect(await page.textContent('[data-vw-walk-done]')).toContain(timeWords.dayRule('hari-kerja'));
    expect(await page.isDisabled('[data-vw-next]')).toBe(true);
    await expect.poll(() => announced(page)).toContain(`Selesai. Total waktu jalur ini: ${total}.`);

    // Back one step, then close: the focus returns to "Mulai".
    await page.keyboard.press('ArrowLeft');
    expect(await heading()).toBe('Langkah 9 dari 10 (tercetak nomor 8)');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-vw-walk]')).toBe(false);
    expect(await focused()).toBe('▶ Mulai');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the steps whose time is not a number, and on a phone is the first thing to do', async () => {
    const { context, page } = await open('/sop/pelayanan-konsultasi/', { viewport: { width: 360, height: 740 } });
    const mulai = page.getByRole('button', { name: 'Mulai' });
    const box = (await mulai.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740); // on the first screen
    await mulai.click();
    const steps = stepsOf('pelayanan-konsultasi');
    const variable = steps.find((s) => s.duration?.kind === 'variable')!;
    for (let i = 1; i < variable.number; i++) {
      const step = steps[i - 1]!;
      if (step.decision) await page.click('[data-vw-answer="0"]');
      else await page.click('[data-vw-next]');
    }
    // Pelayanan Konsultasi prints its fourth row as "3" (the source repeats the number): said beside the position.
    expect(await page.textContent('[data-vw-walk-heading]')).toBe(`Langkah ${variable.number} dari ${steps.length} (tercetak nomor ${variable.printedNumber})`);
    expect(await page.textContent('[data-vw-variable]')).toContain(`langkah ${variable.number}: ${variable.timeText}`);
    expect(await page.textContent('[data-vw-elapsed]')).toContain('ditambah');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await context.close();
  });
});

describe('views, zoom and loading', () => {
  it('shows the views as ARIA tabs, and remembers the choice', async () => {
    const { context, page } = await open(`/sop/${SLUG}/`);
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Tabel resmi', 'Diagram', 'Langkah']);
    expect(await page.getAttribute('[role=tablist]', 'aria-label')).toBe('Tampilan langkah');
    expect(await page.getAttribute('#vw-tab-tabel', 'aria-selected')).toBe('true');
    await page.focus('#vw-tab-tabel');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vw-tab-diagram');
    expect(await page.getAttribute('#vw-tab-diagram', 'aria-selected')).toBe('true');
    expect(await page.isVisible('section.swimlane')).toBe(true);
    expect(await page.isVisible('.fc-table')).toBe(false);
    expect(await page.getAttribute('[data-view=diagram]', 'role')).toBe('tabpanel');
    await page.reload();
    await page.waitForSelector('[data-vw-bar]:not([hidden])');
    expect(await page.getAttribute('#vw-tab-diagram', 'aria-selected')).toBe('true');
    // A link to an anchor in another view shows that view.
    await page.click('a[href="#langkah-umum"]');
    expect(await page.getAttribute('#vw-tab-langkah', 'aria-selected')).toBe('true');
    expect(await page.isVisible('#langkah-umum')).toBe(true);
    await context.close();
  });

  it('zooms the swimlane with the buttons, the keyboard and Ctrl + wheel, fits it to the width, and goes full screen at 360 px', async () => {
    const { context, page } = await open(`/sop/${SLUG}/`, { viewport: { width: 360, height: 740 } });
    await page.getByRole('tab', { name: 'Diagram' }).click();
    const width = () => page.$eval('section.swimlane svg', (svg) => svg.getBoundingClientRect().width);
    const natural = Number(await page.getAttribute('section.swimlane svg', 'width'));
    expect(Math.round(await width())).toBe(natural);
    await page.getByRole('button', { name: 'Sesuaikan lebar' }).click();
    const inner = await page.$eval('.swimlane__scroll', (box) => box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) * 2);
    expect(Math.abs((await width()) - inner)).toBeLessThan(2);
    expect(await page.$eval('.swimlane__scroll', (b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(1);
    const fitted = await width();
    await page.getByRole('button', { name: 'Perbesar' }).click();
    expect((await width()) / fitted).toBeCloseTo(1.25, 1);
    await page.focus('.swimlane__scroll');
    await page.keyboard.press('-');
    expect((await width()) / fitted).toBeCloseTo(1, 1);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect((await width()) / fitted).toBeCloseTo(1.5625, 1);
    await page.keyboard.press('0');
    expect(Math.abs((await width()) - fitted)).toBeLessThan(2);
    const box = (await page.locator('.swimlane__scroll').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await width()) / fitted).toBeGreaterThan(1.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);

    await page.getByRole('button', { name: 'Layar penuh' }).click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement || !!document.querySelector('.vw-fullscreen'))).toBe(true);
    const full = page.getByRole('button', { name: 'Keluar dari layar penuh' });
    expect(await full.getAttribute('aria-pressed')).toBe('true');
    await full.click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement || !!document.querySelector('.vw-fullscreen'))).toBe(false);
    await context.close();
  });

  it('loads no mermaid code where the swimlane was pre-rendered, and only the viewer after the page', async () => {
    const { context, page, requests } = await open(`/sop/${SLUG}/`);
    await page.getByRole('tab', { name: 'Diagram' }).click();
    await page.getByRole('button', { name: 'Perbesar' }).click();
    await page.click('g.node[data-step="2"]');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /mermaid/i.test(r))).toEqual([]);
    const scripts = requests.filter((r) => r.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/SopViewer\./);
    // A module script: deferred, it runs once the page is parsed. Under the budget of 20 KB gzip.
    expect(await page.getAttribute(`script[src="${scripts[0]}"]`, 'type')).toBe('module');
    const code = await readFile(path.join(inject('siteDir'), scripts[0]!));
    expect(code.toString()).not.toMatch(/\bimport\s*[{"'*\w]/); // one file: nothing more to load at once
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(20 * 1024);
    await context.close();
  });

  it('passes axe in use: walk-through open, a role chosen, a step in focus (light and dark)', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await open(`/sop/${SLUG}/?pelaksana=ketua-tim`, { colorScheme });
      await page.getByRole('button', { name: 'Mulai' }).click();
      for (let i = 0; i < 5; i++) await page.click('[data-vw-next]');
      await page.getByRole('tab', { name: 'Diagram' }).click();
      await page.click('g.node[data-step="7"]');
      const violations = await axeViolations(page);
      failures.push(...violations.map((v) => `${colorScheme} ${v}`));
      await context.close();
    }
    expect(failures).toEqual([]);
  });
});

describe('with JavaScript off', () => {
  it('shows the three views stacked and none of the viewer', async () => {
    const { context, page } = await open(`/sop/${SLUG}/?pelaksana=ketua-tim#langkah-6`, { javaScriptEnabled: false });
    for (const selector of ['.fc-table', 'section.swimlane svg', 'ol.step-list', '#daftar-langkah-10', 'tr#langkah-10'])
      expect(await page.isVisible(selector), selector).toBe(true);
    for (const selector of ['[data-vw-bar]', '[data-vw-walk]', '[data-vw-details]', '[role=tablist]', '.vw-zoombar'])
      expect(await page.isVisible(selector), selector).toBe(false);
    expect(await page.$$eval('.vw-mark, .vw-dim, .vw-stepbtn', (els) => els.length)).toBe(0);
    expect(await page.textContent('tr#langkah-6 td.fc-no')).toBe('6');
    // The swimlane's marks are in the HTML from the build, not added by a script.
    expect(await stepsWith(page, 'section.swimlane g.node[data-main]')).toEqual(stepsOf(SLUG).map((s) => s.number));
    expect(await page.$$eval('section.swimlane path[data-edge]', (ps) => ps.map((p) => p.getAttribute('data-edge')).sort())).toEqual(flowEdges(stepsOf(SLUG)).map(edgeId).sort());
    await context.close();
  });
});

describe('a build without Chromium (SOP_NO_BROWSER=1)', () => {
  let dir: string;
  beforeAll(async () => {
    const build = await runBuild(path.join(PROJECT, 'tests/fixtures/corpus-diagrams'), NO_BROWSER);
    if (build.code !== 0) throw new Error(`build failed:\n${build.output}`);
    dir = build.outDir;
  });

  it('has the same swimlane SVG, drawn without a browser, with its marks, and the viewer works on it', async () => {
    const fallback = await serveStatic(dir);
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${fallback.url}/sop/dengan-diagram/?pelaksana=anggota-tim`);
      await page.getByRole('tab', { name: 'Diagram' }).click();
      await page.waitForSelector('section.swimlane .mermaid-diagram > svg g.node[data-step]');
      const corpusFixture = await readCorpus(path.join(PROJECT, 'tests/fixtures/corpus-diagrams'));
      const steps = corpusFixture.sops.get('dengan-diagram')!.data.steps;
      const nodes = await page.$$eval('section.swimlane g.node', (ns) => ns.map((n) => [n.getAttribute('data-step'), n.getAttribute('data-actor')]));
      // Step 3 is done by both pelaksana: two nodes.
      expect(nodes.map(([s]) => Number(s)).sort()).toEqual([1, 2, 3, 3, 4]);
      expect(await page.$$eval('section.swimlane path[data-edge]', (ps) => ps.map((p) => p.getAttribute('data-edge')).sort())).toEqual(
        [...flowEdges(steps).map(edgeId), '3-3-shared'].sort(),
      );
      await expect.poll(() => stepsWith(page, 'section.swimlane g.node.vw-mine')).toEqual(actorSteps(steps, 'anggota-tim'));
      await page.click('section.swimlane g.node[data-step="2"]');
      expect(await page.textContent('#vw-details-title')).toBe('Langkah 2');
      expect(await page.locator('.vw-nodes button').count()).toBe(4);
    } finally {
      await context.close();
      fallback.server.close();
    }
  });
});
