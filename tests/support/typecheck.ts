import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { acquireAstroLock, withAstroLock } from './astro-lock.ts';
import { PROJECT } from './site-build.ts';

/**
 * `astro check` costs half a minute of one core. On a full run tests/global-setup.ts starts it
 * beside the seed build (the machine has two cores), and tests/typecheck.test.ts waits for its
 * result; run alone, the test runs it itself.
 */
const DIR = path.join(PROJECT, '.cache/typecheck');
const files = (run: string) => ({ started: path.join(DIR, `${run}.started`), log: path.join(DIR, `${run}.log`), code: path.join(DIR, `${run}.code`) });
const command = () => [process.execPath, [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'check']] as const;
const env = () => ({ ...process.env, FORCE_COLOR: '0' });

/** Starts the check in the background, once no other Astro process runs (astro-lock.ts); returns a stop function for the run's teardown. */
export function startTypecheck(run: string): () => void {
  mkdirSync(DIR, { recursive: true });
  const f = files(run);
  writeFileSync(f.started, String(process.pid));
  let child: ChildProcess | undefined;
  let stopped = false;
  void acquireAstroLock('check').then((release) => {
    if (stopped) return release();
    const log = createWriteStream(f.log);
    const [cmd, args] = command();
    child = spawn(cmd, args, { cwd: PROJECT, env: env() });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    // Astro's files in .astro/ are written by then; the rest (half a minute) only reads them.
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('Getting diagnostics') && release());
    child.on('close', (code) => {
      release();
      log.end(() => writeFileSync(f.code, String(code ?? 1)));
    });
  });
  return () => {
    stopped = true;
    if (child && child.exitCode === null) child.kill();
  };
}

/** The check's output and exit code: the background run's when this run started one, else a run of its own. */
export async function typecheckResult(run: string): Promise<{ output: string; code: number }> {
  const f = files(run);
  if (existsSync(f.started)) {
    while (!existsSync(f.code)) await new Promise((r) => setTimeout(r, 250));
    return { output: readFileSync(f.log, 'utf8'), code: Number(readFileSync(f.code, 'utf8')) };
  }
  const [cmd, args] = command();
  const result = await withAstroLock('check', async () => spawnSync(cmd, args, { cwd: PROJECT, encoding: 'utf8', env: env() }));
  return { output: result.stdout + result.stderr, code: result.status ?? 1 };
}

/** True when the vitest command line names no test files, or names the type check, and runs the build project: a run that will want it. */
export function runWantsTypecheck(argv = process.argv.slice(2)): boolean {
  const projects = argv.flatMap((a, i) => (argv[i - 1] === '--project' ? [a] : a.startsWith('--project=') ? [a.slice(10)] : []));
  if (projects.length > 0 && !projects.includes('build')) return false;
  const filters = testFilters(argv);
  return filters.length === 0 || filters.some((a) => a.includes('typecheck'));
}

/** The file filters on the vitest command line: none means the whole suite. */
export function testFilters(argv = process.argv.slice(2)): string[] {
  return argv.filter((a, i) => !a.startsWith('-') && a !== 'run' && !(argv[i - 1] ?? '').match(/^--(config|reporter|root|dir|project|outputFile\S*|t|testNamePattern)$/));
}
