import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Every setting a build, the dev server or a script takes from its environment, read once and
 * checked here: nothing else in the project reads `process.env`. A build receives these through
 * its build state (src/node/build-state.ts); its pages through `virtual:sop-portal/build`.
 */
export interface Settings {
  /** Where `content/` is: the project, or another corpus (`SOP_CONTENT_ROOT`, tests and the bench). */
  contentRoot: string;
  /** The built site (`SOP_OUT_DIR`, default `dist`). */
  outDir: string;
  /**
   * Caches kept between builds: Astro's pages, rendered diagrams, printed PDFs (`SOP_CACHE_DIR`,
   * default under node_modules). Separate folders let builds of different corpora run side by side.
   */
  cacheDir: string;
  /** Astro's own cache: `<cacheDir>` when SOP_CACHE_DIR is set, else node_modules/.astro. */
  astroCacheDir: string;
  /** A root of its own for Astro's `.astro/` folder (`SOP_ASTRO_ROOT`: test builds side by side). */
  astroRoot?: string;
  /** The published address (`SITE_URL`); without it no canonical links, sitemap or QR codes. */
  siteUrl?: string;
  /** The Chromium to use, or undefined: none installed, or `SOP_NO_BROWSER=1`. */
  chromium?: string;
  /** `SOP_NO_BROWSER=1`: never start a browser, even when one is installed. */
  browserDisabled: boolean;
  /** PDFs are printed (a Chromium is there, and not `SOP_PDF=0`). */
  pdf: boolean;
  /** Pages rendering diagrams at once in Chromium (`SOP_DIAGRAM_PAGES`). */
  diagramPages?: number;
}

/**
 * What pages may read of the settings (`virtual:sop-portal/build`): only what changes a page. Paths
 * stay out, so that a build into another folder keeps the pages of the build before.
 */
export type PageSettings = Pick<Settings, 'pdf'>;
export const pageSettings = (settings: Settings): PageSettings => ({ pdf: settings.pdf });

/** A setting that cannot be used: its message names the variable and what it takes. */
export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(message: string) {
    super(message);
    // The message says everything: where in this module it was thrown would only bury it.
    this.stack = '';
  }
}

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

type Env = Record<string, string | undefined>;

const flag = (env: Env, name: string) => {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return undefined;
  if (['1', 'true'].includes(value)) return true;
  if (['0', 'false'].includes(value)) return false;
  throw new SettingsError(`${name}=${JSON.stringify(value.slice(0, 40))} tidak dikenal: pakai 1 atau 0`);
};

/**
 * The published address. Without SITE_URL the build makes no canonical links and no sitemap (both
 * need absolute URLs, and http://localhost:4321 in a published file points every reader and search
 * engine at their own machine).
 *
 * Only the root of a host: every link of the site starts at "/", so a site served under a path
 * (https://host/portal) would lose "/portal" in its canonical links, sitemap, open data and the URL
 * and QR code printed on every PDF. Such an address is refused with the reason, as is anything
 * that is not a plain host name (a quote, a space, a user name and password, a query).
 */
export function siteUrlOf(value: string | undefined): string | undefined {
  const written = value?.trim();
  if (!written) return undefined;
  const example = 'contoh: SITE_URL=https://sop.kalbarprov.go.id';
  let url: URL | undefined;
  try {
    url = new URL(written);
  } catch {
    url = undefined;
  }
  // Never echoed back when it holds a password (a CI log keeps what it is shown).
  const shown = url?.username || url?.password ? '(alamat dengan nama pengguna/kata sandi, tidak dicetak)' : `"${written.slice(0, 80).replace(/[^\x20-\x7e]/g, '?')}"`;
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\//i.test(written)) throw new SettingsError(`SITE_URL ${shown} bukan alamat situs; ${example}`);
  if (url.username || url.password) throw new SettingsError(`SITE_URL ${shown}: tulis alamat situsnya saja, tanpa nama pengguna atau kata sandi; ${example}`);
  const host = /^https?:\/\/([^/?#]*)/i.exec(written)![1]!;
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i.test(host) && !/^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(host))
    throw new SettingsError(`SITE_URL ${shown}: "${host.replace(/[^\x20-\x7e]/g, '?')}" bukan nama host (huruf, angka, titik dan tanda hubung saja); ${example}`);
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(written))
    throw new SettingsError(
      `SITE_URL ${shown} memuat jalur "${url.pathname}${url.search}${url.hash}": situs ini hanya dapat disajikan di akar sebuah host (tautannya mulai dari "/"), jadi tautan kanonis, sitemap, data terbuka dan QR di PDF akan kehilangan jalur itu. Sajikan di subdomain sendiri, ${example}`,
    );
  return url.origin;
}

export function readSettings(env: Env = process.env, cwd = process.cwd()): Settings {
  const cacheFromEnv = env.SOP_CACHE_DIR?.trim() || undefined;
  const browserDisabled = flag(env, 'SOP_NO_BROWSER') ?? false;
  const wanted = env.SOP_CHROMIUM?.trim() || undefined;
  const chromium = browserDisabled ? undefined : [...(wanted ? [wanted] : []), ...CHROMIUM_CANDIDATES].find((p) => existsSync(p));
  const pages = env.SOP_DIAGRAM_PAGES?.trim();
  if (pages && !/^[1-9]\d{0,1}$/.test(pages)) throw new SettingsError(`SOP_DIAGRAM_PAGES=${JSON.stringify(pages.slice(0, 20))}: pakai bilangan 1–99`);
  const siteUrl = siteUrlOf(env.SITE_URL);
  const astroRoot = env.SOP_ASTRO_ROOT?.trim() || undefined;
  return {
    contentRoot: path.resolve(cwd, env.SOP_CONTENT_ROOT?.trim() || '.'),
    outDir: path.resolve(cwd, env.SOP_OUT_DIR?.trim() || 'dist'),
    cacheDir: cacheFromEnv ? path.resolve(cwd, cacheFromEnv) : path.join(cwd, 'node_modules/.cache'),
    astroCacheDir: cacheFromEnv ? path.resolve(cwd, cacheFromEnv) : path.join(cwd, 'node_modules/.astro'),
    ...(astroRoot ? { astroRoot: path.resolve(cwd, astroRoot) } : {}),
    ...(siteUrl ? { siteUrl } : {}),
    ...(chromium ? { chromium } : {}),
    browserDisabled,
    pdf: flag(env, 'SOP_PDF') !== false && chromium !== undefined,
    ...(pages ? { diagramPages: Number(pages) } : {}),
  };
}
