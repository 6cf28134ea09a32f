/**
 * Printed numbering, wherever a document prints it: the rows of an SOP's table ("1", "2", "9", "8")
 * and the items of a Standar Pelayanan's lists ("1.", "2.", "a)", "b)"). One reading of a sequence,
 * so that a skip, a repeat or a restart is worded the same way everywhere.
 */

/** One printed mark of a sequence: its text as printed and its value (1 for "1." or "a)"). */
export interface PrintedMark {
  printed: string;
  value: number;
}

/**
 * Each mark compared with the one before it: each should be one more. Reports a first mark other
 * than the first of its kind, a repeat ("3", "3"), a sequence running backwards ("9" then "8") or
 * starting again ("1." after "3."), a value an earlier mark already used, and values never printed
 * before a higher one (a skip: "7" then "9"). After two swapped marks ("5", "4") the next ("6") skips
 * nothing. `show` writes a value as the sequence does (3 → "c" for letters); `noun` names the index
 * of an earlier mark ("langkah 8", "butir 8").
 */
export function sequenceProblems(
  marks: ReadonlyArray<PrintedMark | undefined>,
  show: (value: number) => string = String,
  noun: (index: number) => string = (index) => `butir ${index + 1}`,
): Array<{ index: number; problem: string; previous?: string }> {
  const out: Array<{ index: number; problem: string; previous?: string }> = [];
  const firstWith = new Map<number, number>();
  let previous: PrintedMark | undefined;
  marks.forEach((mark, index) => {
    if (!mark) return;
    const { value } = mark;
    const usedBy = firstWith.get(value);
    const problem = ((): string | undefined => {
      if (!previous) return value === 1 ? undefined : `nomor pertama bukan ${show(1)}`;
      if (value === previous.value) return 'nomor berulang';
      if (value === 1) return `nomor mulai lagi dari ${show(1)}`;
      if (value < previous.value) return 'nomor mundur';
      if (usedBy !== undefined) return `nomor ${show(value)} sudah dipakai ${noun(usedBy)}`;
      const missing: number[] = [];
      for (let m = previous.value + 1; m < value; m++) if (!firstWith.has(m)) missing.push(m);
      if (missing.length === 0) return undefined;
      return missing.length === 1 ? `nomor ${show(missing[0]!)} terlewati` : `nomor ${show(missing[0]!)}–${show(missing[missing.length - 1]!)} terlewati`;
    })();
    if (problem) out.push({ index, problem, ...(previous ? { previous: previous.printed } : {}) });
    if (usedBy === undefined) firstWith.set(value, index);
    previous = mark;
  });
  return out;
}
