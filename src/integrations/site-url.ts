import type { AstroIntegration } from 'astro';

/**
 * The published address. Without SITE_URL the build makes no canonical links and no sitemap (both
 * need absolute URLs, and http://localhost:4321 in a published file points every reader and search
 * engine at their own machine), and says so once.
 */
export function siteUrlFromEnv(value = process.env.SITE_URL): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\/[^/\s]+/i.test(url)) throw new Error(`SITE_URL "${url}" bukan alamat situs; contoh: SITE_URL=https://sop.kalbarprov.go.id`);
  return url;
}

export function siteUrlNotice(site: string | undefined): AstroIntegration {
  return {
    name: 'sop-site-url',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command === 'build' && !site)
          logger.warn('SITE_URL tidak disetel: tautan kanonis dan sitemap.xml tidak dibuat. Untuk situs yang diterbitkan: SITE_URL=https://alamat-situs npm run build');
      },
    },
  };
}
