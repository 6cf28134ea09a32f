import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/domain/findings/finding.ts';
import { checkCorpus } from '../../../src/domain/validate/index.ts';
import { readCorpus } from '../../../src/node/read-corpus.ts';

/**
 * The findings on the real seed content, as a reviewed snapshot: every line of
 * seed-findings.snap.txt was checked against the source documents in ../shared/seeds/. A change in
 * the findings (a rule, a transcription) shows up here and must be explained in its commit.
 * Lines starting with "    juga:" are the other documents a grouped finding is about (alsoAt).
 */
describe('the findings on the seed documents', () => {
  it('match the reviewed snapshot', async () => {
    const findings = checkCorpus(await readCorpus(process.cwd()));
    const lines = findings.flatMap((f) => [
      formatFinding(f),
      ...(f.alsoAt ?? []).map((a) => `    juga: ${a.file}:${a.line}:${a.column}`),
    ]);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./seed-findings.snap.txt');
  });

  it('have no error, so the seeds build', async () => {
    const findings = checkCorpus(await readCorpus(process.cwd()));
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
  });
});
