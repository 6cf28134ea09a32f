/**
 * The recognised SOP → frontmatter as /work/contract.md and the schema define it (Indonesian keys):
 * printed numbers in `no`, actors by id, branches, jumps and ends from the arrows, shapes only where
 * they differ from the derived one, every value read from the drawing listed in the step's `dugaan`,
 * and an `impor` block with what could not be read. Nothing is invented: an unreadable date keeps its
 * text in `tertulis`, an empty cell stays empty.
 */
import { readDate, readSignatory, STANDARD_BOX_LABEL, STANDARD_LABEL, type BoxKey, type IdentityKey } from './identity.ts';
import { nipProblem } from '../validate/index.ts';
import type { RecognisedSop, RecognisedStep, DrawnShape } from './recognise.ts';
import { isPrintedNumber } from '../flow/index.ts';

export interface ImportOptions {
  /** The PDF's file name, for `impor.berkas`. */
  file: string;
  /** ISO date of the import, for `impor.tanggal`. */
  date: string;
  /** The unit id the document belongs to (placed in organisasi.yaml by the caller). */
  unitId: string;
}

export type Frontmatter = Record<string, unknown>;

/** Lower-case words joined by hyphens, ASCII only: an id the schema accepts. */
export function slug(text: string, fallback = 'x'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

const EMPTY = /^[-—–]*$/;
/** "SOP-032/17000/2025", "061/ 1625.1 /DISKOPUKM": a number with slashes and no spaced words. */
const SOP_NUMBER = /^(SOP[-\s]?)?[\w.-]+(\s*\/\s*[\w.-]+){2,}$/i;
const invalidNip = (nip: string | undefined) => nip !== undefined && nip !== '' && nipProblem(nip) !== undefined;
const YES = /^(ya|y)$/i;
const NO = /^(tidak|t|tdk)$/i;

export function sopTitle(sop: RecognisedSop): string | undefined {
  const nama = sop.identity.values.nama?.replace(/\s+/g, ' ').trim();
  if (!nama || EMPTY.test(nama)) return undefined;
  return nama.replace(/^SOP\s+/i, '') || nama;
}

export function toFrontmatter(sop: RecognisedSop, options: ImportOptions): Frontmatter {
  const notes = [...sop.notes];
  const { identity } = sop;
  const v = identity.values;
  const fm: Frontmatter = {};
  const nomor = v.nomor?.trim() ?? '';
  fm.nomor = EMPTY.test(nomor) ? '' : nomor;
  const title = sopTitle(sop);
  if (!title) notes.push('Nama SOP tidak terbaca: nama diambil dari nama berkas');
  fm.nama = title ?? options.file.replace(/\.pdf$/i, '');
  fm.unit = options.unitId;
  if (identity.kop.length) fm.kop = identity.kop;
  const tertulis: Record<string, string> = {};
  for (const key of ['tanggal_pembuatan', 'tanggal_revisi', 'tanggal_efektif'] as const) {
    // Without the quotes a print may put around text it kept as written.
    const text = v[key]?.trim().replace(/^[“"](.*)[”"]$/, '$1');
    if (!text || EMPTY.test(text)) continue;
    const iso = readDate(text);
    if (iso) fm[key] = iso;
    else tertulis[key] = text;
  }
  const signer = v.disahkan_oleh !== undefined ? readSignatory(identity.valueLines.disahkan_oleh ?? [v.disahkan_oleh], identity.valueBreaks.disahkan_oleh) : undefined;
  if (signer) fm.disahkan_oleh = signer;
  const labels: Record<string, string> = {};
  for (const [key, printed] of Object.entries(identity.labels) as [IdentityKey, string][]) {
    const standard = STANDARD_LABEL[key];
    if (standard && !standard.test(printed.replace(/\s+/g, ' '))) labels[key] = printed;
  }
  for (const [key, printed] of Object.entries(identity.boxLabels) as [BoxKey, string][])
    if (!STANDARD_BOX_LABEL[key].test(printed.replace(/\s+/g, ' '))) labels[key] = printed;
  if (invalidNip(signer?.nip)) {
    // Kept as printed beside an empty typed value: validation would reject it typed.
    tertulis['disahkan_oleh.nip'] = signer!.nip;
    signer!.nip = '';
  }
  if (Object.keys(labels).length) fm.label = labels;
  if (Object.keys(tertulis).length) fm.tertulis = tertulis;
  const b = identity.boxes;
  fm.dasar_hukum = b.dasar_hukum ?? [];
  fm.kualifikasi_pelaksana = b.kualifikasi_pelaksana ?? [];
  // An entry that is only an SOP number is kept as `nomor`; anything else as the title.
  fm.keterkaitan = (b.keterkaitan ?? []).map((t) => (SOP_NUMBER.test(t) ? { nomor: t } : { judul: t }));
  fm.peralatan_perlengkapan = b.peralatan_perlengkapan ?? [];
  fm.peringatan = b.peringatan ?? [];
  fm.pencatatan_pendataan = b.pencatatan_pendataan ?? [];
  if (b.maksud_tujuan?.length) fm.maksud_tujuan = b.maksud_tujuan;
  if (b.ruang_lingkup?.length) fm.ruang_lingkup = b.ruang_lingkup;

  const actorIds: string[] = [];
  fm.pelaksana = sop.actors.map((name, i) => {
    let id = slug(name, `pelaksana-${i + 1}`);
    while (actorIds.includes(id)) id = `${id}-${i + 1}`;
    actorIds.push(id);
    return { id, nama: name };
  });

  const steps = sop.steps;
  const last = steps.length - 1;
  const targeted = new Set<number>();
  const stepId = (i: number) => {
    targeted.add(i);
    return `langkah-${i + 1}`;
  };
  /** Step index for "langkah N" as the portal prints it: the N-th step. */
  const byPosition = (n: number) => (n >= 1 && n <= steps.length ? n - 1 : undefined);
  const stepName = (s: RecognisedStep, i: number) => `langkah ${s.no && isPrintedNumber(s.no) ? s.no.replace(/\.$/, '') : `ke-${i + 1}`}`;
  const langkah = steps.map((s, i) => {
    const out: Record<string, unknown> = {};
    const dugaan: string[] = [];
    out.no = s.no;
    if (s.no && !isPrintedNumber(s.no)) notes.push(`${stepName(s, i)}: kolom No. berisi "${s.no.slice(0, 40)}", bukan nomor langkah; periksa kolom tabelnya`);
    out.kegiatan = s.activity || '—';
    if (!s.activity) notes.push(`${stepName(s, i)}: kolom kegiatan kosong atau tidak terbaca`);
    if (s.actors.length) {
      const ids = s.actors.map((a) => actorIds[a]!);
      out.pelaksana = ids.length === 1 ? ids[0] : ids;
      dugaan.push('pelaksana');
    }
    if (s.inputs) out.kelengkapan = s.inputs;
    if (s.time && !EMPTY.test(s.time)) out.waktu = s.time.replace(/\n/g, ' ');
    if (s.output) out.output = s.output;
    if (s.notes) out.keterangan = s.notes;
    let derived: DrawnShape = i === 0 || i === last ? 'terminator' : 'proses';
    const decision = decisionOf(s, i, steps.length, byPosition);
    const single = decision ? undefined : singleLabelledExit(s);
    if (decision) {
      // A question only when the diamond prints one: never made up from the activity.
      const k: Record<string, unknown> = decision.question ? { pertanyaan: decision.question } : {};
      if (decision.short) {
        if (decision.yes !== undefined && decision.yes !== i + 1) k.ya = stepId(decision.yes);
        if (decision.no !== undefined) k.tidak = stepId(decision.no);
      } else
        k.cabang = decision.branches!.map((br) => ({ ...(br.label !== undefined && { label: br.label }), ...(br.to !== i + 1 && { ke: stepId(br.to) }) }));
      out.keputusan = k;
      derived = 'keputusan';
      if (decision.inferred) dugaan.push('keputusan');
    } else if (single) {
      // One labelled arrow and no alternative ("Y" alone): an exit with its label, not a choice.
      out.lanjut = single.to === i + 1 ? { label: single.label } : { ke: stepId(single.to), label: single.label };
      dugaan.push('lanjut');
    } else if (s.shape === 'keputusan') {
      // A diamond whose exits were not read: the step keeps its shape, the flow goes on to the next
      // row, and the note says so.
      notes.push(`${stepName(s, i)}: belah ketupat tanpa cabang yang terbaca; alurnya ditulis lanjut ke langkah berikutnya`);
    }
    // A joint row as drawn: each actor's own shape when they differ, and the arrows between its symbols.
    if (new Set(s.symbols.map((x) => x.shape)).size > 1) {
      out.bentuk = Object.fromEntries(s.symbols.map((x) => [actorIds[x.actor]!, x.shape]));
      dugaan.push('bentuk');
    }
    const rowArrows = s.rowArrows.filter((a) => actorIds[a.from] !== undefined && actorIds[a.to] !== undefined && a.from !== a.to);
    if (rowArrows.length) {
      out.panah = rowArrows.map((a) => ({ dari: actorIds[a.from]!, ke: actorIds[a.to]! }));
      dugaan.push('panah');
    }
    const printedNext = s.printedFlow?.next.map(byPosition).filter((t): t is number => t !== undefined) ?? [];
    if (!decision && !single && printedNext.length) out.lanjut = printedNext.length === 1 ? stepId(printedNext[0]!) : printedNext.map(stepId);
    if (!decision && !single && s.printedFlow?.ends) out.selesai = true;
    if (!decision && s.next?.length && !out.lanjut && !out.selesai) {
      const jumps = s.next.filter((t) => t !== i);
      if (jumps.length && !(jumps.length === 1 && jumps[0] === i + 1)) {
        out.lanjut = jumps.length === 1 ? stepId(jumps[0]!) : jumps.map(stepId);
        dugaan.push('lanjut');
      }
    }
    if (!decision && !s.next?.length && !out.lanjut && !out.selesai && sop.arrowsRead && s.shape === 'terminator' && i > 0 && i < last) {
      out.selesai = true;
      dugaan.push('selesai');
    }
    if (s.shape && s.shape !== derived && !out.bentuk) {
      out.bentuk = s.shape;
      dugaan.push('bentuk');
    }
    if (dugaan.length) out.dugaan = dugaan;
    return out;
  });
  // Ids only on the steps something points at; `id` first, for the reader.
  fm.langkah = langkah.map((step, i) => (targeted.has(i) ? { id: `langkah-${i + 1}`, ...step } : step));
  fm.impor = { berkas: options.file, tanggal: options.date, catatan: notes };
  return fm;
}

interface DecisionRead {
  /** Printed inside the diamond; absent when it prints none. */
  question?: string;
  short: boolean;
  yes?: number;
  no?: number;
  branches?: { label?: string; to: number }[];
  inferred: boolean;
}

function decisionOf(s: RecognisedStep, i: number, count: number, byPosition: (n: number) => number | undefined): DecisionRead | undefined {
  const question = s.question || undefined;
  // Printed as text (this portal's print): not inferred.
  const printed = s.printedFlow?.branches.map((b) => ({ label: b.label, to: byPosition(b.to) })).filter((b): b is { label: string; to: number } => b.to !== undefined);
  if (printed?.length) return fromBranches(question, printed, i, count, false);
  if (s.shape !== 'keputusan' || !s.branches?.length) return undefined;
  return fromBranches(question, s.branches, i, count, true);
}

/** A diamond with one exit that carries a label other than "Tidak" ("Y" alone): a labelled exit, no choice. */
function singleLabelledExit(s: RecognisedStep): { label: string; to: number } | undefined {
  const exits = s.shape === 'keputusan' && !s.printedFlow?.branches.length ? (s.branches ?? []) : [];
  const only = exits.length === 1 ? exits[0]! : undefined;
  return only?.label && !NO.test(only.label) ? { label: only.label, to: only.to } : undefined;
}

/**
 * A decision from its exits as drawn: "Ya"/"Y" and "Tidak"/"T" in the short form (one "Tidak" exit
 * beside an unlabelled one to the next row: "Ya" is the next row, as the short form says); any
 * other set of two or more exits in the general form, each with its printed label or none (one of
 * them is taken; no label is ever made up).
 */
function fromBranches(question: string | undefined, exits: { label?: string; to: number }[], i: number, count: number, inferred: boolean): DecisionRead | undefined {
  const yes = exits.filter((b) => b.label && YES.test(b.label));
  const no = exits.filter((b) => b.label && NO.test(b.label));
  const unlabelled = exits.filter((b) => !b.label);
  const base = { ...(question !== undefined && { question }), inferred };
  if (no.length === 1 && yes.length <= 1 && yes.length + no.length + unlabelled.length === exits.length) {
    if (yes.length === 1 && unlabelled.length === 0) return { ...base, short: true, yes: yes[0]!.to, no: no[0]!.to };
    const next = unlabelled[0];
    if (yes.length === 0 && (unlabelled.length === 0 || (unlabelled.length === 1 && next!.to === i + 1)) && i < count - 1) return { ...base, short: true, no: no[0]!.to };
  }
  if (exits.length < 2) return undefined;
  return { ...base, short: false, branches: exits.map((b) => ({ ...(b.label && { label: b.label }), to: b.to })) };
}
