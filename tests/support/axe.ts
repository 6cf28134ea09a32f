import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /**
   * Only the WCAG rules about colour (axe's cat.color: contrast, links told apart by colour). For a
   * second run of the same document in dark mode: the site's dark mode changes colours only
   * (src/styles/site.css), so every other rule gives what the light-mode run gave.
   */
  colourOnly?: boolean;
}

/** Runs axe-core in the page against WCAG 2.2 A and AA; one line per violation, first nodes named. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's Content-Security-Policy would refuse an inline
  // script. Once per document: a second run (say, after switching to dark mode) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ({ tags, colourOnly }) => {
    type Rule = { ruleId: string; tags: string[] };
    type Result = { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run(o: object): Promise<Result>; getRules(tags: string[]): Rule[] } }).axe;
    const runOnly = colourOnly
      ? { type: 'rule', values: axe.getRules(tags).filter((r) => r.tags.includes('cat.color')).map((r) => r.ruleId) }
      : { type: 'tag', values: tags };
    const result = await axe.run({ runOnly });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, { tags: WCAG_TAGS, colourOnly: options.colourOnly ?? false });
}
