import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { formatPath } from '../model/index.ts';
import { findingAt } from './place.ts';

/**
 * Long values: the longest printed texts (a legal basis, a step with its notes) run to a few hundred
 * characters; a value of thousands usually holds a pasted page. It is shown whole, as written, and
 * reported so that an editor looks at it. Every step of the build stays linear in a value's length
 * (tests/domain/validate/hostile.test.ts), so this is a finding about the content, not a limit.
 */
export const VALUE_LENGTH_MAX = 2000;

export function lengthFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of [...corpus.sops.values(), ...corpus.standards.values()]) {
    const visit = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') {
        if (value.length > VALUE_LENGTH_MAX)
          out.push(findingAt(doc, path, 'teks-terlalu-panjang', `${formatPath(path)}: ${value.length} karakter (lebih dari ${VALUE_LENGTH_MAX}); periksa apakah teks lain ikut tersalin`));
      } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
      else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit(doc.source.data, []);
  }
  return out;
}
