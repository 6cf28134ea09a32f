import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../tools/corpus-generator.ts';
import { ORGANISATION_FILE, parseOrganisation, type Corpus } from '../../../src/domain/model/corpus.ts';
import { compareFindings, type Finding } from '../../../src/domain/findings/finding.ts';
import { checkCorpus, DOCUMENT_RULES, documentRuleFindings } from '../../../src/domain/validate/index.ts';
import { readCheckedCorpus, readCorpus } from '../../../src/node/read-corpus.ts';

/**
 * The families in DOCUMENT_RULES are kept per document by the reader (the dev server re-runs them
 * for a saved file only). That is right only if each gives, document by document, exactly what it
 * gives over the whole corpus: a family that starts comparing documents must move out of the list.
 */
const sorted = (findings: Finding[]) => [...findings].sort(compareFindings);

const generated = await mkdtemp(path.join(tmpdir(), 'sop-per-document-'));
await writeCorpus(generated, generateCorpus({ n: 120, seed: 11 }));
// What only a comparison of documents finds, so that a comparing family put in the list fails here:
// two SOPs with one number, and one SOP replaced by another.
{
  const sops = [...(await readCorpus(generated)).sops.values()];
  const [a, b, c] = [sops[0]!, sops[1]!, sops[2]!];
  const edit = async (file: string, change: (text: string) => string) =>
    writeFile(path.join(generated, file), change(await readFile(path.join(generated, file), 'utf8')));
  await edit(b.file, (t) => t.replace(/^nomor:.*$/m, `nomor: ${a.data.number}`));
  await edit(c.file, (t) => t.replace(/^nomor:.*$/m, (line) => `${line}\nstatus: digantikan\ndigantikan_oleh: ${a.slug}\ntanggal_dicabut: 2024-01-05`));
}
afterAll(() => rm(generated, { recursive: true, force: true }));

const roots = [
  '.',
  'tests/fixtures/corpus-warnings',
  'tests/fixtures/corpus-time',
  'tests/fixtures/corpus-flow',
  'tests/fixtures/corpus-as-printed',
  'tests/fixtures/corpus-hostile',
  generated,
];

describe.each(roots)('the document-alone rules on %s', (root) => {
  let corpus: Corpus;
  it('give, document by document, what they give over the whole corpus', async () => {
    corpus = await readCorpus(root);
    const documents = [...corpus.sops.values(), ...corpus.standards.values()];
    expect(documents.length).toBeGreaterThan(0);
    const whole = sorted(DOCUMENT_RULES.flatMap((rule) => rule(corpus)));
    const byDocument = sorted(documents.flatMap((doc) => documentRuleFindings(corpus, doc)));
    expect(whole.length).toBeGreaterThan(0);
    expect(byDocument).toEqual(whole);
    // Nor do they read content/organisasi.yaml, the records or the reference date: the reader keeps
    // their results by the document's text alone, on disk between builds (src/node/parse-store.ts).
    const { organisation } = parseOrganisation({ file: ORGANISATION_FILE, text: '' });
    const { asOf: _asOf, ...undated } = corpus;
    const documentOnly: Corpus = { ...undated, organisation, monitoring: [], evaluations: [] };
    const fromTextAlone = sorted(documents.flatMap((doc) => documentRuleFindings(documentOnly, doc)));
    expect(fromTextAlone).toEqual(whole);
  });
});

describe('the reader keeps them per document', () => {
  it('and after a save reports what a fresh read of the same files reports', async () => {
    const before = await readCheckedCorpus(generated);
    const sop = [...before.corpus.sops.values()][3]!;
    const file = path.join(generated, sop.file);
    const text = await readFile(file, 'utf8');
    // A step's time made unreadable, and a step mentioning Kadis: both document-alone findings.
    await writeFile(file, text.replace(/^(\s*waktu:\s*).*$/m, '$1"kira-kira sebentar"').replace(/^(\s*-?\s*kegiatan:\s*"?)/m, '$1Kadis '));
    const after = await readCheckedCorpus(generated);
    expect(after.corpus).not.toBe(before.corpus);
    expect(after.corpus.sops.get([...before.corpus.sops.keys()][0]!)).toBe(before.corpus.sops.get([...before.corpus.sops.keys()][0]!)); // unchanged file, same document
    const own = (findings: Finding[]) => findings.filter((f) => f.file === sop.file).map((f) => `${f.line}:${f.code}`);
    expect(own(after.findings)).toEqual(expect.arrayContaining([expect.stringMatching(/:waktu-tak-terbaca$/), expect.stringMatching(/:peran-tanpa-kolom$/)]));
    const fresh = await readCorpus(generated);
    expect(after.findings).toEqual(checkCorpus(fresh));
  });
});
