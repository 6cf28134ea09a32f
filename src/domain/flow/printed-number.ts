/**
 * Step numbers as printed (`no` in the frontmatter). No imports: the page texts (src/i18n/id.ts) and
 * the reader's browser use these too.
 */

/** True when the printed number is the step's position ("3" or "3." for step 3): nothing to add beside it. */
export function printedAsPosition(step: { number: number; printedNumber: string }): boolean {
  return step.printedNumber.replace(/\.$/, '') === String(step.number);
}

/** The leading number of a printed step number ("9", "9.", "9a"); undefined for "" or text. */
export function printedValue(printed: string): number | undefined {
  const m = /^\s*(\d+)/.exec(printed);
  return m ? Number(m[1]) : undefined;
}

/** The number the step list shows after "Langkah": as printed without its stop ("9."), or the place in brackets when none is printed ("(9)"). */
export function listedNumber(step: { number: number; printedNumber: string }): string {
  return step.printedNumber === '' ? `(${step.number})` : step.printedNumber.replace(/\.$/, '');
}
