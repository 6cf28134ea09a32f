import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { endSteps, flowEdges, reachableFromStart, reachingEnd, type FlowEdge } from '../flow/index.ts';
import type { Step } from '../model/index.ts';
import { printedValue } from '../flow/index.ts';
import { findingAt } from './place.ts';

/**
 * Rule 3, the flow of each SOP, over the whole graph (next steps, decision branches, jumps,
 * parallel targets, ends). Targets that are not step ids are schema errors already. Here: every step
 * reachable from the first; an end (the last step, or a `selesai`) reachable from every step, which
 * also catches a loop without a way out; two or more branches on every decision, going to different
 * steps; printed numbers that skip, repeat or run backwards; steps whose pelaksana is unknown.
 */
export function flowFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { steps } = doc.data;
    const edges = flowEdges(steps);
    const fromStart = reachableFromStart(steps, edges);
    const toEnd = reachingEnd(steps, edges);
    const ends = endSteps(steps);
    const endText = ends.length === 1 && ends[0] === steps.length ? `langkah terakhir (${steps.length})` : `akhir alur (${ends.length ? `langkah ${ends.join(', ')}` : 'tidak ada langkah akhir'})`;
    steps.forEach((step, i) => {
      const n = step.number;
      if (!fromStart.has(n))
        out.push(findingAt(doc, ['langkah', i], 'alur-tak-terjangkau',
          `langkah ${n} tidak bisa dicapai dari langkah 1: tidak ada jalur (langkah berikutnya, cabang keputusan atau "lanjut") yang sampai ke sini`, { step: n }));
      if (!toEnd.has(n))
        out.push(findingAt(doc, ['langkah', i], 'alur-buntu',
          `dari langkah ${n} tidak ada jalur yang sampai ke ${endText}${inLoop(n, edges) ? '; langkah ini ada dalam putaran tanpa jalan keluar' : ''}`, { step: n }));
      if (step.actorIds.length === 0)
        out.push(findingAt(doc, ['langkah', i], 'langkah-tanpa-pelaksana',
          `langkah ${n}: pelaksana tidak diisi (tidak terbaca di sumber?); bagan alir tidak menggambar simbolnya`, { step: n }));
      const decision = step.decision;
      if (!decision) return;
      const branchPath = (j: number) =>
        decision.branches[j]!.short ? ['langkah', i, 'keputusan', decision.branches[j]!.short === 'yes' ? 'ya' : 'tidak'] : ['langkah', i, 'keputusan', 'cabang', j];
      const which = decision.question === undefined ? 'keputusan' : `keputusan "${decision.question}"`;
      const branchName = (j: number) => decision.branches[j]!.label ?? `ke-${j + 1} (tanpa label)`;
      if (decision.branches.length < 2)
        out.push(findingAt(doc, ['langkah', i, 'keputusan'], 'keputusan-tanpa-cabang',
          `langkah ${n}: ${which} hanya punya cabang ${decision.branches[0]?.label ?? 'Ya'}; tulis "tidak: <id langkah>" untuk cabang Tidak, atau "lanjut: {label: …}" bila tercetak satu panah berlabel saja`, { step: n }));
      decision.branches.forEach((b, j) => {
        const earlier = decision.branches.findIndex((o) => o.to === b.to);
        if (earlier < j)
          out.push(findingAt(doc, branchPath(j), 'keputusan-cabang-sama',
            `langkah ${n}: cabang ${branchName(earlier)} dan ${branchName(j)} ${which} sama-sama menuju langkah ${b.to}`, { step: n }));
      });
    });
    out.push(...numberingFindings(steps).map(({ index, message }) =>
      findingAt(doc, ['langkah', index, 'no'], 'penomoran-tidak-urut', message, { step: index + 1 })));
  }
  return out;
}

/** True when step n can come back to itself. */
function inLoop(n: number, edges: readonly FlowEdge[]): boolean {
  const seen = new Set<number>();
  const queue = edges.filter((e) => e.from === n).map((e) => e.to);
  while (queue.length) {
    const m = queue.shift()!;
    if (m === n) return true;
    if (seen.has(m)) continue;
    seen.add(m);
    for (const e of edges) if (e.from === m) queue.push(e.to);
  }
  return false;
}

/**
 * Printed numbers compared with the numbered row before them (unnumbered rows are skipped): each
 * should be one more. Reports a number never printed before a higher one (a skip: "7" then "9"), a
 * repeat ("3", "3"), a number running backwards ("9" then "8"), and a number an earlier row already
 * used; the first numbered row should print 1. After two swapped rows ("5", "4") the next ("6")
 * skips nothing.
 */
export function numberingFindings(steps: readonly Pick<Step, 'printedNumber'>[]): { index: number; message: string }[] {
  const out: { index: number; message: string }[] = [];
  const firstRowWith = new Map<number, number>();
  let previous: { value: number; printed: string } | undefined;
  steps.forEach((step, index) => {
    const value = printedValue(step.printedNumber);
    if (value === undefined) return;
    const usedBy = firstRowWith.get(value);
    const problem = ((): string | undefined => {
      if (!previous) return value === 1 ? undefined : 'nomor pertama bukan 1';
      if (value === previous.value) return 'nomor berulang';
      if (value < previous.value) return 'nomor mundur';
      if (usedBy !== undefined) return `nomor ${value} sudah dipakai langkah ${usedBy + 1}`;
      const missing: number[] = [];
      for (let m = previous.value + 1; m < value; m++) if (!firstRowWith.has(m)) missing.push(m);
      if (missing.length === 0) return undefined;
      return missing.length === 1 ? `nomor ${missing[0]} terlewati` : `nomor ${missing[0]}–${missing[missing.length - 1]} terlewati`;
    })();
    if (problem) {
      const where = `langkah ${index + 1} bernomor "${step.printedNumber}"${previous ? ` sesudah "${previous.printed}"` : ''}`;
      out.push({ index, message: `${where}: ${problem} (nomor tercetak dipertahankan; tautan memakai urutan baris)` });
    }
    if (usedBy === undefined) firstRowWith.set(value, index);
    previous = { value, printed: step.printedNumber };
  });
  return out;
}
