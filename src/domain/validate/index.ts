import type { Corpus, CorpusDocument } from '../model/index.ts';
import { compareFindings, type Finding } from '../findings/index.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../references/index.ts';
import { actorFindings } from './actors.ts';
import { boxFindings } from './boxes.ts';
import { standardFindings } from './standard.ts';
import { channelFindings } from './channels.ts';
import { copyPasteFindings } from './copy-paste.ts';
import { flowFindings } from './flow.ts';
import { identityFindings } from './identity.ts';
import { importFindings } from './import.ts';
import { lengthFindings } from './lengths.ts';
import { lifecycleFindings } from './lifecycle.ts';
import { listFindings } from './lists.ts';
import { typingFindings } from './typing.ts';
import { spellingFindings } from './spelling.ts';
import { monevFindings } from './monev.ts';
import { referenceFindings } from './references.ts';
import { promiseFindings, timingFindings } from './timings.ts';

export { RULES, RULE_BY_CODE, type RuleInfo } from '../findings/index.ts';

/**
 * The rule families that read one document alone: a document's findings from them depend on nothing
 * else in the corpus (no other document, not organisasi.yaml), so a caller may keep them per document (src/node/read-corpus.ts does: after a
 * save under `npm run dev` only the saved file goes through them again).
 * tests/domain/validate/per-document.test.ts holds each family to that.
 */
export const DOCUMENT_RULES: ReadonlyArray<(corpus: Corpus) => Finding[]> = [
  timingFindings, flowFindings, actorFindings, boxFindings, listFindings, typingFindings, standardFindings, channelFindings, importFindings, lengthFindings,
];

/** The document-alone families on one document. */
export function documentRuleFindings(corpus: Corpus, doc: CorpusDocument): Finding[] {
  const alone: Corpus = {
    ...corpus,
    sops: doc.kind === 'sop' ? new Map([[doc.slug, doc]]) : new Map(),
    standards: doc.kind === 'sp' ? new Map([[doc.slug, doc]]) : new Map(),
  };
  return DOCUMENT_RULES.flatMap((rule) => rule(alone));
}

/**
 * Every validation rule over the parsed corpus; the schema findings are already in corpus.findings.
 * Each family is linear (or n log n) in the size of the corpus. `perDocument` may return kept
 * results of documentRuleFindings for documents that have not changed.
 */
export function validateCorpus(
  corpus: Corpus,
  index: ReferenceIndex = buildReferenceIndex(corpus),
  perDocument: (corpus: Corpus, doc: CorpusDocument) => Finding[] = documentRuleFindings,
): Finding[] {
  const documents: CorpusDocument[] = [...corpus.sops.values(), ...corpus.standards.values()];
  return [
    ...documents.flatMap((doc) => perDocument(corpus, doc)),
    // What compares documents: numbers used twice, the promise of a Standar Pelayanan against its
    // SOPs, references, successors, boxes copied between documents, spelling against the corpus's words.
    ...identityFindings(corpus),
    ...promiseFindings(corpus),
    ...referenceFindings(corpus, index),
    ...lifecycleFindings(corpus),
    ...copyPasteFindings(corpus),
    ...spellingFindings(corpus),
    // Monitoring and evaluation records against their SOPs and the reference date.
    ...monevFindings(corpus),
  ].sort(compareFindings);
}

/** What `npm run check`, the build and the compliance report show: reading findings and rules, sorted. */
export function checkCorpus(corpus: Corpus, index?: ReferenceIndex, perDocument?: (corpus: Corpus, doc: CorpusDocument) => Finding[]): Finding[] {
  return [...corpus.findings, ...validateCorpus(corpus, index, perDocument)].sort(compareFindings);
}

export { nipProblem } from './identity.ts';
export * from './compliance.ts';
export { withdrawnCitations, type WithdrawnCitation } from './lifecycle.ts';
export { promiseComparisons, type PromiseComparison, type PromiseVerdict } from './timings.ts';
