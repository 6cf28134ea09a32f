import { ui } from '../../i18n/id.ts';
import { printedAsPosition } from './printed-number.ts';

/** "langkah 8", or "langkah 8 (No. 9)" when the row prints another number than its place. */
export function stepRefOf(step: { number: number; printedNumber: string }): string {
  return printedAsPosition(step) ? ui.stepRef(step.number) : ui.stepRefPrinted(step.number, step.printedNumber);
}

/** The same at the start of a line: "Langkah 8 (No. 9)". */
export const stepRefTitle = (step: { number: number; printedNumber: string }) => stepRefOf(step).replace(/^./, (c) => c.toUpperCase());
