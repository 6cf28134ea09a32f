import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { endSteps, flowEdges, reachableFromStart, reachingEnd, type FlowEdge } from '../flow/index.ts';
import type { Step } from '../model/index.ts';
import { printedValue } from '../flow/index.ts';
import { sequenceProblems } from './numbering.ts';
import { findingAt } from './place.ts';

/**
 * Rule 3, the flow of each SOP, over the whole graph (next steps, decision branches, jumps,
 * parallel targets, ends). Targets that are not step ids are schema errors already. Here: every step
 * reachable from the first; an end (the last step, or a `selesai`) reachable from every step, which
 * also catches a loop without a way out; two or more branches on every decision, going to different
 * steps; printed numbers that skip, repeat or run backwards, or a row unnumbered among numbered
 * ones; steps whose pelaksana is unknown; an exit back to its own step; a step done on a condition
 * ("apabila diperlukan") that no decision draws.
 */
export function flowFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { steps } = doc.data;
    const edges = flowEdges(steps);
    const fromStart = reachableFromStart(steps, edges);
    const toEnd = reachingEnd(steps, edges);
    const ends = endSteps(steps);
    // Steps a decision leads to: what the chart draws as one way among others.
    const branchTargets = new Set(steps.flatMap((s) => s.decision?.branches.map((b) => b.to) ?? []));
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
      for (const to of step.next ?? [])
        if (to === n) out.push(findingAt(doc, ['langkah', i, 'lanjut'], 'alur-ke-diri-sendiri', `langkah ${n}: "lanjut" kembali ke langkah ${n} sendiri; tulis langkah yang dituju sesudahnya`, { step: n }));
      const condition = !step.decision && !branchTargets.has(n) ? unDrawnCondition(step) : undefined;
      if (condition)
        out.push(findingAt(doc, ['langkah', i, condition.field], 'syarat-tanpa-keputusan',
          `langkah ${n} dijalankan dengan syarat ("${condition.text}"), tetapi bagan alir tidak menggambar keputusan untuk syarat itu: tidak ada belah ketupat sebelum atau pada langkah ini`, { step: n }));
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
        if (b.to === n)
          out.push(findingAt(doc, branchPath(j), 'alur-ke-diri-sendiri',
            `langkah ${n}: cabang ${branchName(j)} ${which} kembali ke keputusan itu sendiri; arahkan ke langkah yang memperbaiki atau melanjutkannya`, { step: n }));
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

/**
 * "(apabila diperlukan)", "jika perlu", "bila dibutuhkan", "(jika ada)": the step may be left out, so
 * the chart owes a choice. Kept to these optional-step phrases: "jika terdapat permasalahan …" in a
 * procedure about problems describes the case the procedure is for, not a choice.
 */
const CONDITION = /\b(?:apabila|jika|bila|bilamana|kalau|manakala)\s+(?:diperlukan|perlu|dibutuhkan)\b|\((?:apabila|jika|bila|kalau)\s+ada\)/i;

/** The step's first condition in its kegiatan or keterangan, as written. */
function unDrawnCondition(step: Step): { field: 'kegiatan' | 'keterangan'; text: string } | undefined {
  for (const [field, text] of [['kegiatan', step.activity], ['keterangan', step.notes]] as const) {
    const m = CONDITION.exec(text);
    if (m) return { field, text: m[0].replace(/^\(|\)$/g, '') };
  }
  return undefined;
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
 * The printed step numbers read as a sequence (numbering.ts). A row printed without a number
 * between numbered rows is reported too; unnumbered rows before the first number or after the last
 * (a "Mulai" or "Selesai" row) are not.
 */
export function numberingFindings(steps: readonly Pick<Step, 'printedNumber'>[]): { index: number; message: string }[] {
  const marks = steps.map((s) => {
    const value = printedValue(s.printedNumber);
    return value === undefined ? undefined : { printed: s.printedNumber, value };
  });
  const out = sequenceProblems(marks, String, (index) => `langkah ${index + 1}`).map(({ index, problem, previous }) => ({
    index,
    message: `langkah ${index + 1} bernomor "${steps[index]!.printedNumber}"${previous === undefined ? '' : ` sesudah "${previous}"`}: ${problem} (nomor tercetak dipertahankan; tautan memakai urutan baris)`,
  }));
  const first = marks.findIndex(Boolean);
  const last = marks.findLastIndex(Boolean);
  marks.forEach((mark, index) => {
    if (mark || index < first || index > last) return;
    const before = marks.slice(0, index).findLast(Boolean)!;
    const after = marks.slice(index + 1).find(Boolean)!;
    const printed = steps[index]!.printedNumber.trim() ? `bernomor "${steps[index]!.printedNumber}"` : 'tidak bernomor';
    out.push({ index, message: `langkah ${index + 1} ${printed}, di antara baris bernomor "${before.printed}" dan "${after.printed}" (langkah ini tetap ditampilkan; tautan memakai urutan baris)` });
  });
  return out.sort((a, b) => a.index - b.index);
}
