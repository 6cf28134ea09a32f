import type { Corpus } from '../corpus.ts';
import type { Finding } from '../findings.ts';
import { flowEdges, reachableFromStart, reachingEnd } from '../flow.ts';
import { findingAt } from './place.ts';

/**
 * Rule 3, the flow of each SOP. Decision targets that are not step ids and steps with no actor are
 * schema errors already. Here: every step reachable from the first, the last step reachable from
 * every step, and both branches on every decision.
 */
export function flowFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { steps } = doc.data;
    const last = steps.length;
    const edges = flowEdges(steps);
    const fromStart = reachableFromStart(steps, edges);
    const toEnd = reachingEnd(steps, edges);
    steps.forEach((step, i) => {
      const n = step.number;
      if (!fromStart.has(n))
        out.push(findingAt(doc, ['langkah', i], 'alur-tak-terjangkau',
          `langkah ${n} tidak bisa dicapai dari langkah 1: tidak ada jalur (langkah berikutnya atau cabang keputusan) yang sampai ke sini`, { step: n }));
      if (!toEnd.has(n))
        out.push(findingAt(doc, ['langkah', i], 'alur-buntu',
          `dari langkah ${n} tidak ada jalur yang sampai ke langkah terakhir (${last})`, { step: n }));
      const decision = step.decision;
      if (!decision) return;
      if (decision.no === undefined)
        out.push(findingAt(doc, ['langkah', i, 'keputusan'], 'keputusan-tanpa-cabang',
          `langkah ${n}: keputusan "${decision.question}" hanya punya cabang Ya; tulis "tidak: <id langkah>" untuk cabang Tidak`, { step: n }));
      else if (decision.no === decision.yes)
        out.push(findingAt(doc, ['langkah', i, 'keputusan', 'tidak'], 'keputusan-cabang-sama',
          `langkah ${n}: cabang Ya dan Tidak keputusan "${decision.question}" sama-sama menuju langkah ${decision.yes}`, { step: n }));
    });
  }
  return out;
}
