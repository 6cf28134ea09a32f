// npm run format [-- --base REV]: Prettier writes the TypeScript and JavaScript files changed since
// REV (default: HEAD's first parent), uncommitted changes included. npm run format:check checks
// them without writing, as CI does (.ci/run). See tools/changed-files.ts for why not the whole tree.
import { spawnSync } from 'node:child_process';
import { baseCommit, changedSince, toFormat } from '../tools/changed-files.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const at = args.indexOf('--base');
const base = baseCommit(at >= 0 ? args[at + 1] : undefined);
if (!base) {
  console.log('format: HEAD has no parent commit to compare with (a first commit or a shallow clone); nothing checked. Name one with --base REV.');
  process.exit(0);
}
const files = toFormat(changedSince(base));
if (files.length === 0) {
  console.log(`format: no TypeScript or JavaScript file changed since ${base.slice(0, 10)}.`);
  process.exit(0);
}
const prettier = spawnSync(
  process.execPath,
  ['node_modules/prettier/bin/prettier.cjs', check ? '--check' : '--write', '--log-level', check ? 'warn' : 'log', ...files],
  { stdio: 'inherit' },
);
if (check && prettier.status !== 0) console.error('format: run `npm run format` to format the files named above.');
else if (check) console.log(`format: ${files.length} changed file${files.length === 1 ? '' : 's'} formatted as Prettier writes them.`);
process.exit(prettier.status ?? 1);
