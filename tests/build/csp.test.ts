import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { buildFixture, WITH_SITE_URL } from '../support/site-build.ts';

/**
 * Issue 14.17 on the seed build: a Content-Security-Policy on every page that allows our own scripts
 * (files, and inline ones by hash) and nothing else, and no localhost address in any published file
 * when SITE_URL is not set; with SITE_URL, canonical links and the sitemap use it.
 */
const siteDir = inject('siteDir');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
const htmlFiles = filesUnder(siteDir).filter((f) => f.endsWith('.html'));
const policyOf = (html: string) => parse(html).querySelectorAll('meta[http-equiv="content-security-policy"]').map((m) => m.getAttribute('content') ?? '');
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.split(/\s+/)[0] === name)?.split(/\s+/).slice(1) ?? [];

describe('Content-Security-Policy', () => {
  it('is on every page, once, in <head> before any script', () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(siteDir, file);
      expect(policyOf(html), rel).toHaveLength(1);
      const meta = html.indexOf('http-equiv="content-security-policy"');
      expect(meta, rel).toBeLessThan(html.indexOf('</head>'));
      const firstScript = html.indexOf('<script');
      if (firstScript >= 0) expect(meta, rel).toBeLessThan(firstScript);
    }
  });

  it('allows scripts from the site and by hash only: no unsafe-inline, no eval, WebAssembly for search', () => {
    for (const file of htmlFiles) {
      const policy = policyOf(readFileSync(file, 'utf8'))[0]!;
      const scripts = directive(policy, 'script-src');
      expect(scripts[0]).toBe("'self'");
      expect(scripts).toContain("'wasm-unsafe-eval'");
      expect(scripts.filter((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directive(policy, 'default-src')).toEqual(["'self'"]);
      expect(directive(policy, 'object-src')).toEqual(["'none'"]);
      expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
      expect(directive(policy, 'form-action')).toEqual(["'self'"]);
    }
  });

  it('names the hash of every inline script a page runs, and no script comes from another host', () => {
    let inline = 0;
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      const page = parse(html, { blockTextElements: { script: true } });
      const allowed = directive(policyOf(html)[0]!, 'script-src');
      for (const script of page.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        const src = script.getAttribute('src');
        if (src) expect(src, path.relative(siteDir, file)).toMatch(/^\/(?!\/)/);
        else if (type === '' || type === 'module' || type === 'text/javascript') {
          inline++;
          const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
          expect(allowed, `${path.relative(siteDir, file)}: ${script.rawText.slice(0, 60)}`).toContain(hash);
        }
      }
      // No inline event handlers: a CSP with hashes would refuse them.
      expect(html, path.relative(siteDir, file)).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
    expect(inline).toBeGreaterThan(0);
  });
});

describe('without SITE_URL', () => {
  it('no published file names localhost or 127.0.0.1', () => {
    const offending = filesUnder(siteDir)
      .filter((f) => !/\.(wasm|png|jpe?g|pf_\w+|pagefind)$/.test(f))
      .filter((f) => /\b(?:localhost|127\.0\.0\.1)\b/.test(readFileSync(f, 'latin1')))
      .map((f) => path.relative(siteDir, f));
    expect(offending).toEqual([]);
  });

  it('makes no canonical links and no sitemap', () => {
    for (const file of htmlFiles) expect(parse(readFileSync(file, 'utf8')).querySelector('link[rel=canonical]'), file).toBeNull();
    expect(existsSync(path.join(siteDir, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(path.join(siteDir, 'sitemap-0.xml'))).toBe(false);
  });
});

describe('with SITE_URL', () => {
  it('says nothing of it; canonical links and the sitemap use the address (and without it the build says so)', async () => {
    const build = await buildFixture('corpus-diagrams', WITH_SITE_URL);
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(build.output).not.toContain('SITE_URL tidak disetel');
    expect((await build.page('sop/dengan-diagram')).querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://sop.contoh.go.id/sop/dengan-diagram/');
    expect(await build.file('sitemap-0.xml')).toContain('<loc>https://sop.contoh.go.id/sop/dengan-diagram/</loc>');
    const withoutSite = await buildFixture('seed');
    expect(withoutSite.output).toContain('SITE_URL tidak disetel: tautan kanonis dan sitemap.xml tidak dibuat');
  });
});
