import type { AstroIntegration } from 'astro';
import { formatFinding, hasErrors } from '../domain/findings.ts';
import { readCorpus } from '../lib/read-corpus.ts';
import { checkCorpus } from '../domain/validate/index.ts';

/**
 * Validates the whole corpus before Astro reads a single page. Errors stop the build with one
 * `path:line:col  severity  code  message` line each, so no page is ever published from a broken
 * document; warnings and info are printed and the build goes on.
 */
export function validation(contentRoot: string): AstroIntegration {
  return {
    name: 'sop-validation',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const corpus = await readCorpus(contentRoot);
        const findings = checkCorpus(corpus);
        const errors = findings.filter((f) => f.severity === 'error');
        for (const f of findings) {
          const line = formatFinding(f);
          if (f.severity === 'error') logger.error(line);
          else if (f.severity === 'warning') logger.warn(line);
          else logger.info(line);
        }
        logger.info(`${corpus.sops.size} SOP, ${corpus.standards.size} Standar Pelayanan${corpus.drafts.size ? `, ${corpus.drafts.size} draf (tidak diterbitkan)` : ''}; ${errors.length} galat, ${findings.length - errors.length} temuan lain`);
        if (hasErrors(findings) && command === 'build') {
          const error = new Error(`Validasi gagal: ${errors.length} galat.\n${errors.map(formatFinding).join('\n')}`);
          error.stack = error.message; // the findings are the whole story; a stack trace would only hide them
          throw error;
        }
      },
    },
  };
}
