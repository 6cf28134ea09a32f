import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { showControls } from '../domain/text/index.ts';
import { buildState } from './build-state.ts';

/**
 * A crash of the tool itself (a bug, not a mistake in a document) is told to the author in one line
 * that says so and names a log file; the stack trace, which helps only a developer, goes into that
 * file: `<cache>/sop-galat/<tool>-<time>.log` (node_modules/.cache/sop-galat/ by default, or under
 * SOP_CACHE_DIR). What the author must fix (a finding, a setting) is an AuthorError and is shown
 * as it is, without a trace.
 */

/** An error whose message is the whole story for the author: shown as it is, never as a crash. */
export class AuthorError extends Error {
  override name = 'AuthorError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

function logFolder(): string {
  try {
    return path.join(buildState().settings.cacheDir, 'sop-galat');
  } catch {
    return path.join(tmpdir(), 'sop-galat'); // the settings themselves could not be read
  }
}

/**
 * Writes the error to a log file named after `tool` ("check", "build"); returns the line for the
 * author, naming `where` it happened.
 */
export function reportCrash(error: unknown, tool: string, where = tool): string {
  const detail = error instanceof Error ? `${error.stack || `${error.name}: ${error.message}`}${error.cause ? `\ncause: ${String((error.cause as Error).stack ?? error.cause)}` : ''}` : String(error);
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  let log = '(log tidak dapat ditulis)';
  try {
    const folder = logFolder();
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `${tool}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
    writeFileSync(file, `${where}, ${new Date().toISOString()}, node ${process.version}\n${detail}\n`);
    log = file;
  } catch {
    // the line below still says what happened
  }
  return showControls(`galat internal di ${where} (bug pada alat, bukan kesalahan dokumen Anda): ${first}. Rincian untuk pengembang: ${log}`);
}

/** The error to throw instead of a crash: its message is reportCrash's line, it has no trace. */
export function crashError(error: unknown, tool: string, where = tool): Error {
  if (error instanceof AuthorError || (error instanceof Error && error.name === 'SettingsError')) return error;
  return new AuthorError(reportCrash(error, tool, where));
}

type Hooks = NonNullable<import('astro').AstroIntegration['hooks']>;

/**
 * The integration with every hook guarded: a crash in one of them reaches Astro as one line naming
 * its log (crashError), not as a stack trace.
 */
export function guarded<T extends import('astro').AstroIntegration>(integration: T): T {
  const hooks: Record<string, unknown> = {};
  for (const [name, hook] of Object.entries(integration.hooks as Hooks)) {
    hooks[name] = async (...args: unknown[]) => {
      try {
        return await (hook as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        throw crashError(error, 'build', `${integration.name} (${name})`);
      }
    };
  }
  return { ...integration, hooks };
}
