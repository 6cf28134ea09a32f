/**
 * Issue 24, point 7: in the official table every label printed on an arrow is fully visible, inside
 * the lane it belongs to, next to the arrow it names, and crossed by no line, measured in Chromium on
 * labels of real length (up to 27 characters, six actors: the PBG fixture of tests/fixtures/corpus-flow),
 * on the desktop, on a 360-px phone, without JavaScript, and as printed (print media at the printed
 * page's width, the table made smaller when it must be).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { buildFixture, NO_BROWSER } from '../support/site-build.ts';

const site = useBuiltSite(() => buildFixture('corpus-flow', NO_BROWSER));
const ROUTES = ['/sop/penerbitan-persetujuan-bangunan-gedung/', '/sop/tindak-lanjut-hasil-audit/', '/sop/verifikasi-berkas-izin/'];

interface Problem {
  label: string;
  problem: string;
}

/** Every label of the table, checked against its cell, every line and arrowhead, and the other labels. */
function checkLabels(): { count: number; longest: number; problems: Problem[] } {
  type R = { left: number; right: number; top: number; bottom: number };
  const rect = (e: Element): R => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  };
  const overlaps = (a: R, b: R, inset = 0.5) => a.left + inset < b.right && b.left + inset < a.right && a.top + inset < b.bottom && b.top + inset < a.bottom;
  const distance = (a: R, b: R) => Math.hypot(Math.max(0, b.left - a.right, a.left - b.right), Math.max(0, b.top - a.bottom, a.top - b.bottom));
  const table = document.querySelector('table.fc-table')!;
  const lines = [...table.querySelectorAll('line.fc-wire')].map((l) => ({ edge: l.getAttribute('data-edge') ?? '', box: rect(l), cell: l.closest('td') }));
  const heads = [...table.querySelectorAll('path.fc-arrow, .fc-symbol')].map((p) => ({ edge: p.getAttribute('data-edge') ?? '', box: rect(p), diamond: p.tagName === 'polygon' }));
  /** A diamond is its rhombus, not its frame: the label's point nearest the centre lies outside it. */
  const onDiamond = (a: R, d: R) => {
    const [cx, cy, hw, hh] = [(d.left + d.right) / 2, (d.top + d.bottom) / 2, (d.right - d.left) / 2, (d.bottom - d.top) / 2];
    const nearest = (lo: number, hi: number, c: number) => Math.min(Math.max(c, lo), hi);
    return Math.abs(nearest(a.left, a.right, cx) - cx) / hw + Math.abs(nearest(a.top, a.bottom, cy) - cy) / hh < 1;
  };
  const labels = [...table.querySelectorAll('text.fc-label')];
  const problems: Problem[] = [];
  let longest = 0;
  for (const label of labels) {
    const text = (label.textContent ?? '').trim();
    longest = Math.max(longest, text.length);
    const box = rect(label);
    const cell = label.closest('td')!;
    const own = label.getAttribute('data-edge')!;
    const say = (problem: string) => problems.push({ label: `${text} (${own}, row ${cell.closest('tr')?.getAttribute('data-step')})`, problem });
    if (box.right - box.left < 2 || box.bottom - box.top < 2) say('not drawn');
    // Inside its own lane (the cell of the symbol its arrow leaves).
    const c = rect(cell);
    if (box.left < c.left - 0.5 || box.right > c.right + 0.5 || box.top < c.top - 0.5 || box.bottom > c.bottom + 0.5) say(`outside its lane ${JSON.stringify({ box, cell: c })}`);
    // Crossed by no line, arrowhead or symbol (its own line included), and on no other label.
    for (const l of lines) if (overlaps(box, l.box)) say(`crossed by the line of ${l.edge || 'a join'}`);
    for (const h of heads) if (h.diamond ? onDiamond(box, h.box) : overlaps(box, h.box)) say(`on an arrowhead or symbol (${h.edge || 'symbol'})`);
    for (const other of labels) if (other !== label && overlaps(box, rect(other))) say(`on the label "${other.textContent}"`);
    // Next to its own arrow where it leaves the cell's symbol, and nearer to it than to any other arrow there.
    const mine = lines.filter((l) => l.edge === own && l.cell === cell).map((l) => distance(box, l.box));
    const others = lines.filter((l) => l.edge !== own && l.edge && l.cell === cell && l.edge.split('-')[0] === own.split('-')[0]).map((l) => distance(box, l.box));
    const near = Math.min(...mine);
    if (!(near <= 7)) say(`${near.toFixed(1)} px from its arrow`);
    if (others.some((d) => d <= near)) say('as near to another arrow as to its own');
  }
  return { count: labels.length, longest, problems };
}

async function check(page: Page, route: string) {
  const result = await page.evaluate(checkLabels);
  expect(result.count, route).toBeGreaterThan(0);
  expect(result.problems, route).toEqual([]);
  return result;
}

async function open(options: { width: number; height: number; javaScriptEnabled?: boolean }) {
  const context = await site.browser.newContext({ viewport: { width: options.width, height: options.height }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  return { context, page: await context.newPage() };
}

describe('labels on the arrows of the official table', () => {
  it('are whole, in their lane, next to their arrow and crossed by nothing: desktop, phone, without JavaScript', async () => {
    for (const view of [{ width: 1366, height: 900 }, { width: 360, height: 740 }, { width: 1366, height: 900, javaScriptEnabled: false }]) {
      const { context, page } = await open(view);
      for (const route of ROUTES) {
        await page.goto(site.url + route);
        if (view.javaScriptEnabled !== false) await page.getByRole('tab', { name: 'Tabel resmi' }).click();
        const { longest } = await check(page, `${route} at ${view.width} px${view.javaScriptEnabled === false ? ' without JavaScript' : ''}`);
        if (route.includes('bangunan')) expect(longest).toBeGreaterThanOrEqual(25);
      }
      await context.close();
    }
  });

  it('as printed: the same, on the printed page’s width, the table made smaller when its columns need more', async () => {
    // A4 landscape less the 12-mm margins: 1032 px at 96 per inch (src/domain/flowchart/pages.ts).
    const { context, page } = await open({ width: 1032, height: 703 });
    await page.emulateMedia({ media: 'print' });
    for (const route of ROUTES) {
      await page.goto(site.url + route);
      await check(page, `${route} printed`);
      // Whole on the page: the table is no wider than the paper.
      const width = await page.$eval('table.fc-table', (t) => t.getBoundingClientRect().width);
      expect(width, route).toBeLessThanOrEqual(1032 + 1);
    }
    await context.close();
  });
});
