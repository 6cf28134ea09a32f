import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { PROJECT } from './run-build.ts';

/**
 * What Pagefind reads of an SOP page: the text inside data-pagefind-body less every
 * data-pagefind-ignore block. The official table is the indexed copy of the steps; the plain step
 * list and the swimlane (its labels and mermaid source) repeat it and are left out, so the index
 * holds each step once (smaller index, faster indexing, no doubled excerpts).
 */
async function indexedText(route: string): Promise<string> {
  const html = parse(await readFile(path.join(inject('siteDir'), route, 'index.html'), 'utf8'));
  const body = html.querySelector('[data-pagefind-body]')!;
  // Pagefind reads no script (the viewer's JSON island) and nothing marked ignored.
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore], script, style, template')) ignored.remove();
  return body.text.replace(/\s+/g, ' ');
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the text Pagefind indexes on an SOP page', () => {
  it('holds each step’s activity exactly once', async () => {
    const corpus = await readCorpus(PROJECT);
    for (const doc of corpus.sops.values()) {
      const text = await indexedText(`sop/${doc.slug}`);
      for (const step of doc.data.steps) {
        const words = step.activity.replace(/\s+/g, ' ').trim().slice(0, 60);
        expect(count(text, words), `${doc.slug} langkah ${step.number}`).toBe(1);
      }
    }
  });
});
