import type { HTMLElement } from 'node-html-parser';
import type { BuildResult } from './site-build.ts';

/**
 * A document's section on the reviewer's desk, reached as a reader reaches it: from the note on
 * the document's page to its unit's page of /kepatuhan/ (the page of a long list that holds it).
 */
export async function deskSectionOf(build: BuildResult, documentRoute: string): Promise<{ href: string; section: HTMLElement }> {
  const page = await build.page(documentRoute);
  const href = page.querySelector('.public-note a')?.getAttribute('href');
  if (!href) throw new Error(`${documentRoute}: no link to the desk in its note`);
  const [route = '', anchor = ''] = href.split('#');
  const section = (await build.page(route)).querySelector(`#${anchor}`);
  if (!section) throw new Error(`${href}: no section`);
  return { href, section };
}
