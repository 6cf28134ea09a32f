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

/**
 * Whether a printed No. is a step number as tables print them: "1", "1.", "(1)", "9a", "12)"; not text
 * (an activity read into the No column is no number, even when it starts with one).
 */
export function isPrintedNumber(printed: string): boolean {
  return /^\(?\d{1,3}[a-z]?\)?\.?$/i.test(printed.trim());
}

/** The number the step list shows after "Langkah": as printed without its stop ("9."), or the place in brackets when none is printed ("(9)"). */
export function listedNumber(step: { number: number; printedNumber: string }): string {
  return step.printedNumber === '' ? `(${step.number})` : step.printedNumber.replace(/\.$/, '');
}
