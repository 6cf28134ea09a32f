// npm run check [-- --json] [--root DIR]: validates the corpus without building pages.
import { compareFindings, formatFinding, hasErrors } from '../src/domain/findings.ts';
import { readCorpus } from '../src/lib/read-corpus.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? args[rootIndex + 1]! : process.cwd();
const corpus = await readCorpus(root);
const findings = [...corpus.findings].sort(compareFindings);
if (args.includes('--json')) console.log(JSON.stringify(findings, null, 2));
else {
  for (const f of findings) console.log(formatFinding(f));
  console.error(`${corpus.sops.size} SOP, ${corpus.standards.size} Standar Pelayanan; ${findings.length} temuan`);
}
process.exit(hasErrors(findings) ? 1 : 0);
