/**
 * Compares two SOP frontmatters the way a reader would: the same steps in order, each with the same
 * activity, actors (by column name, since ids may differ), waktu and decision targets (as positions).
 * Returns the differences, one line each; none when they agree.
 */
type Fm = Record<string, any>;

const norm = (t: unknown) => String(t ?? '').replace(/\s+/g, ' ').replace(/\/ /g, '/').trim();

function targets(step: Fm, i: number, ids: Map<string, number>): string {
  const k = step.keputusan;
  if (!k) return '';
  const pos = (id: string | undefined, fallback: number) => (id === undefined ? fallback : (ids.get(id) ?? -1));
  // Branch order is the drawing's, not meaningful: compared sorted.
  if (Array.isArray(k.cabang)) return k.cabang.map((c: Fm) => `${norm(c.label)}→${pos(c.ke, i + 2)}`).sort().join(' ');
  return [`Ya→${pos(k.ya, i + 2)}`, ...(k.tidak !== undefined ? [`Tidak→${pos(k.tidak, -1)}`] : [])].sort().join(' ');
}

export function compareSops(expected: Fm, actual: Fm): string[] {
  const diffs: string[] = [];
  // Names compared without case: the portal prints "PEMOHON" as "Pemohon".
  const names = (fm: Fm) => new Map<string, string>((fm.pelaksana ?? []).map((a: Fm) => [a.id, norm(a.nama).toLowerCase()]));
  const en = names(expected), an = names(actual);
  const eSteps: Fm[] = expected.langkah ?? [], aSteps: Fm[] = actual.langkah ?? [];
  if (eSteps.length !== aSteps.length) diffs.push(`langkah: ${eSteps.length} expected, ${aSteps.length} imported`);
  const eIds = new Map(eSteps.map((s, i) => [s.id, i + 1] as [string, number]));
  const aIds = new Map(aSteps.map((s, i) => [s.id, i + 1] as [string, number]));
  const actorsOf = (s: Fm, map: Map<string, string>) => [s.pelaksana ?? []].flat().map((id: string) => map.get(id) ?? `?${id}`).sort().join(' + ');
  if ([...en.values()].join('|') !== [...an.values()].join('|')) diffs.push(`pelaksana: [${[...en.values()].join(', ')}] vs [${[...an.values()].join(', ')}]`);
  for (let i = 0; i < Math.min(eSteps.length, aSteps.length); i++) {
    const e = eSteps[i]!, a = aSteps[i]!;
    const at = `langkah ${i + 1}`;
    if (norm(e.kegiatan) !== norm(a.kegiatan)) diffs.push(`${at} kegiatan: "${norm(e.kegiatan)}" vs "${norm(a.kegiatan)}"`);
    if (actorsOf(e, en) !== actorsOf(a, an)) diffs.push(`${at} pelaksana: ${actorsOf(e, en)} vs ${actorsOf(a, an)}`);
    if (norm(e.waktu) !== norm(a.waktu)) diffs.push(`${at} waktu: "${norm(e.waktu)}" vs "${norm(a.waktu)}"`);
    const et = targets(e, i, eIds), atg = targets(a, i, aIds);
    if (et !== atg) diffs.push(`${at} keputusan: ${et || '-'} vs ${atg || '-'}`);
    if (e.keputusan && norm(e.keputusan.pertanyaan) !== norm(a.keputusan?.pertanyaan)) diffs.push(`${at} pertanyaan: "${norm(e.keputusan.pertanyaan)}" vs "${norm(a.keputusan?.pertanyaan)}"`);
  }
  return diffs;
}
