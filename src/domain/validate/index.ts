import type { Corpus } from '../corpus.ts';
import { compareFindings, type Finding } from '../findings.ts';
import { buildReferenceIndex, type ReferenceIndex } from '../references.ts';
import { actorFindings } from './actors.ts';
import { boxFindings } from './boxes.ts';
import { standardFindings } from './standard.ts';
import { channelFindings } from './channels.ts';
import { copyPasteFindings } from './copy-paste.ts';
import { flowFindings } from './flow.ts';
import { identityFindings } from './identity.ts';
import { importFindings } from './import.ts';
import { lifecycleFindings } from './lifecycle.ts';
import { referenceFindings } from './references.ts';
import { timingFindings } from './timings.ts';

export { RULES, RULE_BY_CODE, type RuleInfo } from './rules.ts';

/**
 * Every validation rule over the parsed corpus; the schema findings are already in corpus.findings.
 * Each family is linear (or n log n) in the size of the corpus.
 */
export function validateCorpus(corpus: Corpus, index: ReferenceIndex = buildReferenceIndex(corpus)): Finding[] {
  return [
    ...timingFindings(corpus),
    ...flowFindings(corpus),
    ...actorFindings(corpus),
    ...identityFindings(corpus),
    ...boxFindings(corpus),
    ...standardFindings(corpus),
    ...channelFindings(corpus),
    ...referenceFindings(corpus, index),
    ...lifecycleFindings(corpus),
    ...copyPasteFindings(corpus),
    ...importFindings(corpus),
  ].sort(compareFindings);
}

/** What `npm run check`, the build and the compliance report show: reading findings and rules, sorted. */
export function checkCorpus(corpus: Corpus, index?: ReferenceIndex): Finding[] {
  return [...corpus.findings, ...validateCorpus(corpus, index)].sort(compareFindings);
}
