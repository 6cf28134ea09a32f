import type { AstroIntegration } from 'astro';

/** Without SITE_URL (src/node/settings.ts) the build makes no canonical links and no sitemap, and says so once. */
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
