import type { Corpus, SopDocument } from '../corpus.ts';
import { CONVERSION_RULE, formatMinutes, sumDurations, type DurationTotal } from '../duration.ts';
import type { Finding } from '../findings.ts';
import { sopTotals } from '../flow.ts';
import { docLabel, findingAt } from './place.ts';

/**
 * Rule 1 and 2, timings. Unknown units are schema errors already (code `schema`, quoting the text).
 * Here: steps with no waktu, each SOP's totals along its flow (info), and the Standar Pelayanan's
 * promised jangka waktu against the SOPs that carry it out.
 */
export function timingFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    doc.data.steps.forEach((step, i) => {
      if (step.timeText.trim() === '')
        out.push(findingAt(doc, ['langkah', i], 'waktu-kosong', `langkah ${step.number}: waktu tidak diisi; total waktu SOP tidak menghitung langkah ini`, { step: step.number }));
    });
    out.push(findingAt(doc, ['langkah'], 'waktu-total', totalsMessage(doc)));
  }
  out.push(...promiseFindings(corpus));
  return out;
}

/** 1.5 -> "1,5": minutes as the reader writes numbers. */
function minutesText(n: number): string {
  return (Math.round(n * 100) / 100).toString().replace('.', ',');
}

/**
 * "95 menit (± 1 jam 35 menit) + 2 langkah tak tentu": exact minutes, said the way people say it
 * when an hour or more, plus how many steps have no number.
 */
export function describeTotal(total: DurationTotal): string {
  const exact =
    total.minMinutes === total.maxMinutes
      ? `${minutesText(total.minMinutes)} menit`
      : `${minutesText(total.minMinutes)}–${minutesText(total.maxMinutes)} menit`;
  const spoken =
    total.maxMinutes >= 60
      ? total.minMinutes === total.maxMinutes
        ? ` (± ${formatMinutes(total.minMinutes)})`
        : ` (${formatMinutes(total.minMinutes)} sampai ${formatMinutes(total.maxMinutes)})`
      : '';
  const variable = total.variable.length ? ` + ${total.variable.length} langkah tak tentu (${[...new Set(total.variable)].map((t) => `"${t}"`).join(', ')})` : '';
  return `${exact}${spoken}${variable}`;
}

/** [1,2,3,4,2,3,4,5] -> "1–4, 2–5": runs of consecutive steps. */
export function describePath(path: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const n of path) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

function totalsMessage(doc: SopDocument): string {
  const steps = doc.data.steps;
  const last = steps.length;
  const totals = sopTotals(doc.data);
  const parts: string[] = [];
  if (!totals.shortest) parts.push(`langkah terakhir (${last}) tidak bisa dicapai dari langkah 1, jadi tidak ada total`);
  else {
    const { shortest, withLoops } = totals;
    const sameAsShortest = withLoops.path.length === shortest.path.length && withLoops.path.every((n, i) => n === shortest.path[i]);
    if (sameAsShortest) parts.push(`total waktu (langkah ${describePath(shortest.path)}, tanpa putaran balik): ${describeTotal(shortest.total)}`);
    else {
      parts.push(`total waktu jalur terpendek (langkah ${describePath(shortest.path)}): ${describeTotal(shortest.total)}`);
      const ends = withLoops.path[withLoops.path.length - 1] === last;
      parts.push(
        ends
          ? `dengan tiap putaran balik sekali (langkah ${describePath(withLoops.path)}): ${describeTotal(withLoops.total)}`
          : `jalur dengan putaran balik tidak sampai ke langkah terakhir (langkah ${describePath(withLoops.path)})`,
      );
    }
    if (shortest.total.usesDayRule || withLoops.total.usesDayRule) parts.push(`hitungan: ${CONVERSION_RULE}`);
  }
  return parts.join('; ');
}

/**
 * Rule 2: an SP's promise is the sum of its jangka waktu parts (the fixed parts; "Sesuai …" parts
 * cannot be compared). Each SOP it names is compared on its own: a warning when even the shortest
 * path is longer, info when only the path with its loop-backs is.
 */
function promiseFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const sp of corpus.standards.values()) {
    if (sp.data.sopIds.length === 0) {
      out.push(findingAt(sp, ['sop'], 'sp-tanpa-sop', 'Standar Pelayanan ini tidak menyebut SOP yang menjalankannya (sop: []); jangka waktu yang dijanjikan tidak bisa dibandingkan dengan SOP'));
      continue;
    }
    const promise = sumDurations(sp.data.completionTime.map((p) => p.duration));
    if (promise.maxMinutes === 0) continue; // no number promised: nothing to compare
    const promised = `${describeTotal(promise)}${sp.data.completionTime.length > 1 ? ` [${sp.data.completionTime.map((p) => `${p.label}: ${p.timeText}`).join('; ')}]` : ''}`;
    sp.data.sopIds.forEach((id, i) => {
      const sop = corpus.sops.get(id);
      if (!sop) return; // rujukan-tidak-ada, reported when the corpus is read
      const totals = sopTotals(sop.data);
      const rule = totals.shortest?.total.usesDayRule || totals.withLoops.total.usesDayRule || promise.usesDayRule ? `; hitungan: ${CONVERSION_RULE}` : '';
      const alsoAt = [{ documentId: sop.id, file: sop.file, ...sop.source.locate(['langkah']) }];
      if (totals.shortest && totals.shortest.total.minMinutes > promise.maxMinutes) {
        out.push(findingAt(sp, ['sop', i], 'waktu-melebihi-sp',
          `${docLabel(sop)} butuh ${describeTotal(totals.shortest.total)} di jalur terpendeknya, lebih lama dari jangka waktu yang dijanjikan: ${promised}${rule}`,
          { alsoAt }));
      } else if (totals.withLoops.total.minMinutes > promise.maxMinutes) {
        out.push(findingAt(sp, ['sop', i], 'waktu-putaran-melebihi-sp',
          `${docLabel(sop)} dengan putaran baliknya butuh ${describeTotal(totals.withLoops.total)}, lebih lama dari jangka waktu yang dijanjikan: ${promised} (jalur terpendek: ${totals.shortest ? describeTotal(totals.shortest.total) : 'tidak ada'})${rule}`,
          { alsoAt }));
      }
    });
  }
  return out;
}
