// npm run check [-- --json] [--root DIR]: validates the corpus without building pages. One finding a
// line, `path:line:col  severity  code  message`; --json prints the same as a JSON array. Exit 1 when
// there is an error, 2 when the check itself could not run (a setting, or a crash of the tool: one
// line naming its log, src/node/crash.ts). The rules are those of the build (src/domain/validate/),
// explained in docs/validation.md.
import { countBySeverity, findingToJson, formatFinding, hasErrors } from '../src/domain/findings/index.ts';
import { crashError } from '../src/node/crash.ts';
import { readCheckedCorpus } from '../src/node/read-corpus.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? args[rootIndex + 1]! : process.cwd();
try {
  const { corpus, findings } = await readCheckedCorpus(root);
  if (args.includes('--json')) console.log(JSON.stringify(findings.map(findingToJson), null, 2));
  else {
    for (const f of findings) console.log(formatFinding(f));
    const c = countBySeverity(findings);
    console.error(`${corpus.sops.size} SOP, ${corpus.standards.size} Standar Pelayanan; ${c.error} galat, ${c.warning} peringatan, ${c.info} info`);
  }
  process.exitCode = hasErrors(findings) ? 1 : 0;
} catch (error) {
  console.error(crashError(error, 'check').message);
  process.exitCode = 2;
}
