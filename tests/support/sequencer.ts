import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files, longest first (measured in full runs on a 2-core machine, 2026-12-02:
 * tests/support/README.md, "Suite time"). Four workers share two cores, so the run ends when its last long file does: a
 * long file that starts late sets the suite's time. Vitest orders by the last run's durations
 * when it has them and by file size when it does not (a fresh clone, CI), and by size the longest
 * file, pages.test.ts, came twelfth.
 */
const LONGEST_FIRST = [
  'tests/browser/pages.test.ts',
  'tests/browser/reading.test.ts',
  'tests/browser/search-public.test.ts',
  'tests/browser/viewer.test.ts',
  'tests/browser/search.test.ts',
  'tests/build/diagrams.test.ts',
  'tests/browser/dev.test.ts',
  'tests/browser/swimlane.test.ts',
  'tests/browser/import-roundtrip.test.ts',
  'tests/browser/print.test.ts',
  'tests/browser/csp.test.ts',
  'tests/build/generated-corpus.test.ts',
  'tests/browser/as-printed.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => spec.moduleId.endsWith(name));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    const rest = await super.sort(files);
    return rest.sort((a, b) => rank(a) - rank(b)); // stable: the rest keeps Vitest's order
  }
}
