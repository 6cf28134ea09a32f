import { flowEdges } from '../flow/index.ts';
import { STATUS_WORD } from '../model/index.ts';
import type { ArrowMarks, SopData, Step } from '../model/index.ts';
import type { StandarPelayananData } from '../model/index.ts';
import { listTexts } from '../model/index.ts';
import { promiseTotalText, sopTotalText } from '../flow/index.ts';

/**
 * What changed between two revisions of a document, as a reviewer asks it: which steps were added,
 * removed or reworded, whose actor or waktu changed, which box entries came or went, and the total
 * time before and after. Not a line diff of YAML: steps are matched by their text, so inserting a
 * step does not make every later step "changed".
 */

/** A value that changed; `field` is the frontmatter key ("waktu", "nomor", "biaya_tarif"). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Entries that came or went in a list (a box of the SOP, a component of a Standar Pelayanan). */
export interface ListChange {
  field: string;
  added: string[];
  removed: string[];
}

export type StepChange =
  | { kind: 'added'; after: number; activity: string }
  | { kind: 'removed'; before: number; activity: string }
  | { kind: 'changed'; before: number; after: number; activity: string; changes: FieldChange[] };

export interface DocumentDiff {
  fields: FieldChange[];
  lists: ListChange[];
  actors: { added: string[]; removed: string[] };
  steps: StepChange[];
  /** The headline total time (SOP) or completion time (Standar Pelayanan), as the page says it. */
  total: { before: string; after: string; changed: boolean };
  /** True when nothing the reader sees changed (a commit that only touched comments or layout). */
  unchanged: boolean;
}

const normalise = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.;:,]+$/, '').trim();
const words = (t: string) => new Set(normalise(t).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Dice similarity of the word sets: 1 = same words. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Pairs of indexes of a longest common subsequence under `same`. */
function lcs<A, B>(a: readonly A[], b: readonly B[], same: (x: A, y: B) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[i]![j] = same(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i]!, b[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) (pairs.push([i, j]), i++, j++);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Steps of two revisions matched: same text first, then similar text (a rewording) between those. */
export function matchSteps(before: readonly Step[], after: readonly Step[]): Array<[Step | undefined, Step | undefined]> {
  const exact = lcs(before, after, (x, y) => normalise(x.activity) === normalise(y.activity));
  const out: Array<[Step | undefined, Step | undefined]> = [];
  let i = 0;
  let j = 0;
  const gap = (iEnd: number, jEnd: number) => {
    const b = before.slice(i, iEnd);
    const a = after.slice(j, jEnd);
    const similar = lcs(b, a, (x, y) => similarity(x.activity, y.activity) >= 0.5);
    let bi = 0;
    let aj = 0;
    for (const [x, y] of similar) {
      while (bi < x) out.push([b[bi++], undefined]);
      while (aj < y) out.push([undefined, a[aj++]]);
      out.push([b[bi++], a[aj++]]);
    }
    while (bi < b.length) out.push([b[bi++], undefined]);
    while (aj < a.length) out.push([undefined, a[aj++]]);
  };
  for (const [x, y] of exact) {
    gap(x, y);
    out.push([before[x], after[y]]);
    i = x + 1;
    j = y + 1;
  }
  gap(before.length, after.length);
  return out;
}

const actorName = (sop: SopData, id: string) => sop.actors.find((a) => a.id === id)?.label ?? id;
const actorNames = (sop: SopData, step: Step) => step.actorIds.map((id) => actorName(sop, id)).join(', ');

/**
 * A decision as text: its question and where each branch leads, as a step number of the newer
 * revision (`target` maps an older revision's numbers), so renumbering alone is no change.
 */
function decisionText(sop: SopData, step: Step, target: (n: number) => string): string {
  if (!step.decision) return '';
  const branches = flowEdges(sop.steps)
    .filter((e) => e.from === step.number)
    .map((e) => `${e.label ?? '(tanpa label)'} → ${e.to > sop.steps.length ? 'selesai' : target(e.to)}${lineWord(e)}`);
  return [...(step.decision.question === undefined ? [] : [step.decision.question]), ...branches].join('; ');
}

const lineWord = (marks: ArrowMarks) => (marks.dashed ? ' (putus-putus)' : '');

/** A non-decision step's exits as written: targets, and the label or dashed line printed on an arrow. */
function onwardText(step: Step, target: (n: number) => string): string {
  if (step.ends) return 'selesai';
  const marked = (to: number) => {
    const m = step.exitMarks?.find((x) => x.to === to);
    return m ? `${m.label ? ` (${m.label})` : ''}${lineWord(m)}` : '';
  };
  const jumps = (step.next ?? []).map((to) => `${target(to)}${marked(to)}`);
  return jumps.length ? jumps.join(', ') : marked(step.number + 1).trim();
}

/** The shape as drawn: one for the row, or per actor. */
const shapeText = (sop: SopData, step: Step) =>
  step.shape ?? Object.entries(step.actorShapes ?? {}).map(([id, shape]) => `${actorName(sop, id)}: ${shape}`).join(', ');

const rowArrowText = (sop: SopData, step: Step) =>
  (step.rowArrows ?? []).map((a) => `${actorName(sop, a.from)} → ${actorName(sop, a.to)}${a.label ? ` (${a.label})` : ''}${lineWord(a)}`).join('; ');

function stepFields(sop: SopData, step: Step, target: (n: number) => string): Record<string, string> {
  return {
    // Only a number printed other than the position: renumbering after an insertion is no change.
    no: step.printedNumber === String(step.number) ? '' : step.printedNumber,
    kegiatan: step.activity,
    pelaksana: actorNames(sop, step),
    waktu: step.timeText,
    kelengkapan: step.inputs,
    output: step.output,
    keterangan: step.notes,
    keputusan: decisionText(sop, step, target),
    lanjut: onwardText(step, target),
    bentuk: shapeText(sop, step),
    panah: rowArrowText(sop, step),
    dugaan: step.inferred.join(', '),
  };
}

function fieldChanges(before: Record<string, string>, after: Record<string, string>): FieldChange[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => (before[k] ?? '') !== (after[k] ?? ''))
    .map((field) => ({ field, before: before[field] ?? '', after: after[field] ?? '' }));
}

function listChanges(before: Record<string, readonly string[]>, after: Record<string, readonly string[]>): ListChange[] {
  return Object.keys(before)
    .map((field) => {
      const b = before[field]!.map(normalise);
      const a = after[field]!.map(normalise);
      return {
        field,
        added: after[field]!.filter((_, i) => !b.includes(a[i]!)),
        removed: before[field]!.filter((_, i) => !a.includes(b[i]!)),
      };
    })
    .filter((c) => c.added.length + c.removed.length > 0);
}

const date = (d: { iso: string } | undefined) => d?.iso ?? '';

function lifecycleFields(data: SopData | StandarPelayananData): Record<string, string> {
  return {
    status: STATUS_WORD[data.lifecycle.status],
    digantikan_oleh: data.lifecycle.supersededBy ?? '',
    tanggal_dicabut: date(data.lifecycle.withdrawnOn),
  };
}

function sopFields(sop: SopData): Record<string, string> {
  return {
    nomor: sop.number,
    nama: sop.title,
    unit: sop.unitId,
    tanggal_pembuatan: date(sop.dates.created),
    tanggal_revisi: date(sop.dates.revised),
    tanggal_efektif: date(sop.dates.effective),
    disahkan_oleh: sop.approvedBy ? [sop.approvedBy.position, sop.approvedBy.name, sop.approvedBy.nip].filter(Boolean).join(', ') : '',
    label: Object.entries(sop.identity.labels).map(([k, v]) => `${k}: ${v}`).join('; '),
    tertulis: Object.entries(sop.identity.printed).map(([k, v]) => `${k}: ${v}`).join('; '),
    ...lifecycleFields(sop),
  };
}

const sopLists = (sop: SopData): Record<string, readonly string[]> => ({
  kop: sop.identity.letterhead,
  maksud_tujuan: sop.identity.purpose,
  ruang_lingkup: sop.identity.scope,
  dasar_hukum: sop.legalBasis,
  kualifikasi_pelaksana: sop.qualifications,
  keterkaitan: sop.related.map((r) => [r.title, r.number, r.scope, r.sopId && `(${r.sopId})`].filter(Boolean).join(' ')),
  peralatan_perlengkapan: sop.equipment,
  peringatan: sop.warnings,
  pencatatan_pendataan: sop.records,
});

export function diffSop(before: SopData, after: SopData): DocumentDiff {
  const steps: StepChange[] = [];
  const matches = matchSteps(before.steps, after.steps);
  const renumber = new Map(matches.filter(([b, a]) => b && a).map(([b, a]) => [b!.number, a!.number]));
  const oldTarget = (n: number) => (renumber.has(n) ? `langkah ${renumber.get(n)}` : `langkah ${n} (lama, dihapus)`);
  const newTarget = (n: number) => `langkah ${n}`;
  for (const [b, a] of matches) {
    if (b && a) {
      const changes = fieldChanges(stepFields(before, b, oldTarget), stepFields(after, a, newTarget));
      if (changes.length) steps.push({ kind: 'changed', before: b.number, after: a.number, activity: a.activity, changes });
    } else if (a) steps.push({ kind: 'added', after: a.number, activity: a.activity });
    else if (b) steps.push({ kind: 'removed', before: b.number, activity: b.activity });
  }
  const names = (sop: SopData) => sop.actors.map((x) => x.label);
  const actors = {
    added: names(after).filter((n) => !names(before).includes(n)),
    removed: names(before).filter((n) => !names(after).includes(n)),
  };
  const total = { before: sopTotalText(before), after: sopTotalText(after), changed: false };
  total.changed = total.before !== total.after;
  return finish({ fields: fieldChanges(sopFields(before), sopFields(after)), lists: listChanges(sopLists(before), sopLists(after)), actors, steps, total });
}

function standardFields(sp: StandarPelayananData): Record<string, string> {
  return {
    nama: sp.title,
    nomor: sp.number,
    unit: sp.unitId,
    biaya_tarif: [sp.fee.text, ...sp.fee.rows.map((r) => `${r.item}${r.group ? ` (${r.group})` : ''}: ${r.amountText}`), sp.fee.basis ?? ''].filter(Boolean).join('; '),
    jumlah_pelaksana: sp.staffCount,
    jangka_waktu_penyelesaian: sp.completionTime.map((p) => (p.item ? listTexts([p.item]).join(' ') : `${p.label}: ${p.timeText}`)).join('; '),
    ...lifecycleFields(sp),
  };
}

const standardLists = (sp: StandarPelayananData): Record<string, readonly string[]> => ({
  persyaratan: listTexts(sp.requirements),
  sistem_mekanisme_prosedur: listTexts(sp.procedure),
  mekanisme: listTexts(sp.mechanism),
  produk_pelayanan: listTexts(sp.products),
  penanganan_pengaduan: [...sp.complaints.channels.map((c) => c.text), ...listTexts(sp.complaints.flow)],
  dasar_hukum: listTexts(sp.legalBasis),
  sarana_prasarana: listTexts(sp.facilities),
  kompetensi_pelaksana: listTexts(sp.competence),
  pengawasan_internal: listTexts(sp.internalSupervision),
  jaminan_pelayanan: listTexts(sp.serviceGuarantee),
  jaminan_keamanan_keselamatan: listTexts(sp.safetyGuarantee),
  evaluasi_kinerja_pelaksana: listTexts(sp.performanceEvaluation),
  sop: sp.sopIds,
});

export function diffStandard(before: StandarPelayananData, after: StandarPelayananData): DocumentDiff {
  const total = { before: promiseTotalText(before), after: promiseTotalText(after), changed: false };
  total.changed = total.before !== total.after;
  return finish({
    fields: fieldChanges(standardFields(before), standardFields(after)),
    lists: listChanges(standardLists(before), standardLists(after)),
    actors: { added: [], removed: [] },
    steps: [],
    total,
  });
}

function finish(diff: Omit<DocumentDiff, 'unchanged'>): DocumentDiff {
  const unchanged = !diff.fields.length && !diff.lists.length && !diff.actors.added.length && !diff.actors.removed.length && !diff.steps.length && !diff.total.changed;
  return { ...diff, unchanged };
}
