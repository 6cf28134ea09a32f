import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { formatFinding, hasErrors } from '../../domain/findings/index.ts';
import { AuthorError } from '../../node/crash.ts';
import { readCheckedCorpus } from '../../node/read-corpus.ts';

/**
 * Validates the whole corpus before Astro reads a single page. Errors stop the build with one
 * `path:line:col  severity  code  message` line each, so no page is ever published from a broken
 * document; warnings and info are printed and the build goes on.
 *
 * Under `npm run dev` nothing stops: after each save under content/, the saved file's findings
 * (errors included) are printed at once, the browser reloads, and the page shows them in a banner
 * (src/components/DevFindings.astro).
 */
/** More info findings than this, and the build log counts them instead of printing each. */
export const INFO_LINES_MAX = 50;

export function validation(contentRoot: string): AstroIntegration {
  return {
    name: 'sop-validation',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The pages' site model reuses this result (same corpus read): the rules run once a build.
        const { corpus, findings } = await readCheckedCorpus(contentRoot);
        const errors = findings.filter((f) => f.severity === 'error');
        const infos = findings.filter((f) => f.severity === 'info').length;
        // A province's corpus has thousands of info findings (time totals, copied boxes): printed one
        // by one they bury the warnings. Past a screenful they are counted; the report has them all.
        const infoLines = infos <= INFO_LINES_MAX;
        for (const f of findings) {
          const line = formatFinding(f);
          if (f.severity === 'error') logger.error(line);
          else if (f.severity === 'warning') logger.warn(line);
          else if (infoLines) logger.info(line);
        }
        if (!infoLines) logger.info(`${infos} temuan info tidak dicetak satu per satu (lebih dari ${INFO_LINES_MAX}): semuanya ada di /kepatuhan/ dan di keluaran \`npm run check\``);
        logger.info(`${corpus.sops.size} SOP, ${corpus.standards.size} Standar Pelayanan${corpus.drafts.size ? `, ${corpus.drafts.size} draf (tidak diterbitkan)` : ''}; ${errors.length} galat, ${findings.length - errors.length} temuan lain`);
        if (hasErrors(findings) && command === 'build') {
          // The findings are the whole story; a stack trace would only hide them.
          throw new AuthorError(`Validasi gagal: ${errors.length} galat.\n${errors.map(formatFinding).join('\n')}`);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const content = path.resolve(contentRoot, 'content');
        server.watcher.add(content);
        let timer: NodeJS.Timeout | undefined;
        const saved = new Set<string>();
        const onFile = (file: string) => {
          if (!file.startsWith(content + path.sep) || !/\.(mdx?|ya?ml)$/.test(file)) return;
          saved.add(path.relative(contentRoot, file).split(path.sep).join('/'));
          clearTimeout(timer);
          // Editors write a file in several steps: check once they are done.
          timer = setTimeout(() => {
            const files = [...saved];
            saved.clear();
            void reportSaved(contentRoot, files, logger).then(() => server.hot.send({ type: 'full-reload', path: '*' }));
          }, 60);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFile);
      },
    },
  };
}

/** After a save in dev: the saved files' findings, errors first, and the corpus's error count. */
async function reportSaved(contentRoot: string, files: string[], logger: AstroIntegrationLogger): Promise<void> {
  try {
    const { findings } = await readCheckedCorpus(contentRoot);
    for (const file of files) {
      const own = findings.filter((f) => f.file === file || f.alsoAt?.some((a) => a.file === file));
      if (own.length === 0) logger.info(`${file}: tidak ada temuan`);
      for (const f of own) (f.severity === 'error' ? logger.error : f.severity === 'warning' ? logger.warn : logger.info).call(logger, formatFinding(f));
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (errors) logger.warn(`${errors} galat di korpus: npm run build akan berhenti sampai diperbaiki`);
  } catch (error) {
    logger.error(`pemeriksaan gagal: ${(error as Error).message}`);
  }
}
