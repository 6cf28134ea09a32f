import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { baseLabel, editDistance, excerpt } from '../text/index.ts';
import { findingAt, normaliseText } from './place.ts';

/**
 * Rule 4, the actor columns. A step actor that is not a declared column is a schema error already.
 * Here: columns nobody uses, two columns with one label, and roles named in a step's text that have
 * no column (domain.md §4: "Kadis", "Masyarakat/Koperasi" — a defect of the document worth reporting).
 */

/** Outsiders: any of these words in a column label is a column for the applicant / the public. */
const APPLICANT_COLUMN = /\b(pemohon|tamu|pengunjung|masyarakat|pengguna layanan|koperasi|umkm)\b/i;

interface Role {
  /** How the role is named in a step's text (any of these). */
  mention: readonly RegExp[];
  /** A column label that stands for the role (any of these). */
  column: readonly RegExp[];
}

const same = (...patterns: RegExp[]): Role => ({ mention: patterns, column: patterns });

/**
 * Kept short and conservative: roles of domain.md §4 and the glossary, matched as whole words,
 * case-insensitively except "TU" (capitals only, never the "tu" of a word). "Koperasi" and "UMKM"
 * count only in a compound with a slash ("Masyarakat/Koperasi/UMKM"), never in "Dinas Koperasi
 * UKM". Generic words (pegawai, pimpinan, peserta) are left out: they name no column.
 */
export const ROLES: readonly Role[] = [
  same(/\b(?:kadis|kepala dinas)\b/i),
  same(/\b(?:kabid|kepala bidang)\b/i),
  { mention: [/\b(?:masyarakat|koperasi|umkm)(?:\s*\/\s*(?:masyarakat|koperasi|umkm))+\b/i, /\bmasyarakat\b/i], column: [APPLICANT_COLUMN] },
  { mention: [/\bpemohon\b/i], column: [APPLICANT_COLUMN] },
  { mention: [/\b(?:tamu|pengunjung)(?:\s*\/\s*(?:tamu|pengunjung))*\b/i], column: [APPLICANT_COLUMN] },
  same(/\beselon\b/i),
  same(/\bpetugas teknis\b/i),
  same(/\b(?:petugas pelayanan|front office)\b/i),
  same(/\bppid\b/i),
  same(/\bTU\b/, /\btata usaha\b/i),
  same(/\bketua tim\b/i),
  same(/\banggota tim\b/i),
  same(/\bpejabat level 1\b/i),
  same(/\bpejabat level 2\b/i),
];

const firstMatch = (patterns: readonly RegExp[], text: string): string | undefined => {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
};

/** "… kepada Kadis", "… ke Kabid", "… untuk Pemohon": the role receives; it does not act in this step. */
const RECIPIENT_BEFORE = /\b(?:kepada|kpd\.?|ke|untuk|bagi)\s+(?:(?:bapak|ibu|sdr\.?|yth\.?)\s+)?$/i;

/** Each role's mention patterns made global once: a corpus has tens of thousands of steps to scan. */
const MENTIONS_ALL = new Map(ROLES.map((role) => [role, role.mention.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))]));

/** The first mention of a role that is not a recipient ("… kepada Kadis" is left out). */
function actingMention(role: Role, text: string): string | undefined {
  for (const all of MENTIONS_ALL.get(role)!) {
    for (const m of text.matchAll(all)) if (!RECIPIENT_BEFORE.test(text.slice(0, m.index))) return m[0];
  }
  return undefined;
}

/**
 * A column that names a place, a thing or a system rather than a role: "Aplikasi SIMPEG", "Sistem
 * Informasi …", "Website", "Berkas", "Sarana Pelayanan", "Ruang Arsip". The work of a step is done by
 * people; such a column usually means "recorded in the system" or "kept in the room" (info, not an
 * error: some templates do this on purpose). Organisational units ("Kantor …", "Bagian …", "Loket"
 * for its staff) are roles and are left alone.
 */
const THING_COLUMN = /^(?:aplikasi|sistem|sist\.|website|situs|portal|e-?mail|surel|server|database|basis data|komputer|dokumen|berkas|arsip|formulir|surat|kotak|mesin|sarana|prasarana|fasilitas|ruang|ruangan|gedung|tempat|meja|lemari|gudang|peralatan|perlengkapan|alat|buku|kartu|map|papan)\b/i;

/** The words of a name or a text, lower case, without the punctuation around them. */
const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

/**
 * Words a reader takes for one spelling of the same name: equal, or (both of five letters or more)
 * one or two letters apart ("pelayanan"/"layanan"); never a verb for the role it makes ("memohon" is
 * what a "pemohon" does), never another number ("Level 1"/"Level 2").
 */
function wordAlike(written: string, label: string): boolean {
  if (written === label) return true;
  if (Math.min(written.length, label.length) < 5 || /\d/.test(written + label)) return false;
  if (/^me/.test(written) && /^pe/.test(label)) return false;
  return editDistance(written, label, 2) <= 2;
}

/** The column labels as a step's text may name them: as printed, and without a bracketed part. */
interface ColumnName {
  actor: { id: string; label: string };
  key: string;
  forms: string[][];
}

/**
 * An active verb opens the sentence ("Menerima …", "Mengirim …"): its doer is the step's column,
 * whatever "oleh" says later. Only the me- verbs: "ber-" starts nouns too ("Berkas diterima oleh …").
 */
const ACTIVE_START = /^\s*me(?:m|n|ng|ny|l|r|w|y)\p{L}{3,}/iu;

/**
 * The words after "oleh" that can name the step's doer: only in a passive main clause ("Surat
 * diteruskan oleh Sekretaris"). In "… yang diberikan oleh pengguna layanan" or after an active verb
 * ("Menerima berkas … oleh pemohon") "oleh" names who gave or made something, not who does the step.
 */
function doerAfterOleh(text: string): string[] | undefined {
  const m = /\boleh\s+/i.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  if (ACTIVE_START.test(before) || /\byang\b/i.test(before)) return undefined;
  return wordsOf(text.slice(m.index + m[0].length));
}

/**
 * The column a step's text names as its doer: its first words, or the words after a doer's "oleh",
 * equal to a column's name (`exact`) or written alike ("Petugas pelayanan" for "Petugas Layanan").
 * Names of three characters or fewer are skipped (too easily part of other words).
 */
function namedDoer(text: string, columns: readonly ColumnName[]): { column: ColumnName; written: string; exact: boolean } | undefined {
  const places = [wordsOf(text), doerAfterOleh(text)].filter((w): w is string[] => w !== undefined);
  let alike: { column: ColumnName; written: string; exact: boolean } | undefined;
  for (const words of places)
    for (const column of columns)
      for (const form of column.forms) {
        if (form.join(' ').length <= 3 || words.length < form.length) continue;
        const head = words.slice(0, form.length);
        if (head.every((w, k) => w === form[k])) return { column, written: head.join(' '), exact: true };
        if (!alike && head.every((w, k) => wordAlike(w, form[k]!))) alike = { column, written: originalWords(text, head), exact: false };
      }
  return alike;
}

/** The words as the text writes them (its capitals), for the message. */
function originalWords(text: string, lower: readonly string[]): string {
  const pattern = new RegExp(lower.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'), 'iu');
  return pattern.exec(text)?.[0] ?? lower.join(' ');
}

/** The column whose name a role mention is a near-spelling of ("Petugas pelayanan" → "Petugas Layanan"). */
function columnAlike(mention: string, columns: readonly ColumnName[]): ColumnName | undefined {
  const words = wordsOf(mention);
  return columns.find((c) => c.forms.some((form) => form.length === words.length && words.every((w, k) => wordAlike(w, form[k]!))));
}

export function actorFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    const { actors, steps } = doc.data;
    const used = new Set(steps.flatMap((s) => s.actorIds));
    const byLabel = new Map<string, number>();
    actors.forEach((actor, i) => {
      if (!used.has(actor.id))
        out.push(findingAt(doc, ['pelaksana', i, 'id'], 'pelaksana-tak-dipakai', `kolom pelaksana ${excerpt(actor.label)} (${actor.id}) tidak dipakai langkah mana pun`));
      const key = normaliseText(actor.label);
      const first = byLabel.get(key);
      if (first === undefined) byLabel.set(key, i);
      else
        out.push(findingAt(doc, ['pelaksana', i, 'nama'], 'pelaksana-ganda',
          `kolom pelaksana ${excerpt(actor.label)} (${actor.id}) bernama sama dengan kolom ke-${first + 1} (${actors[first]!.id}); pembaca tidak bisa membedakan keduanya`));
    });
    actors.forEach((actor, i) => {
      if (THING_COLUMN.test(actor.label.trim()))
        out.push(findingAt(doc, ['pelaksana', i, 'nama'], 'kolom-bukan-peran',
          `kolom pelaksana ${excerpt(actor.label)} menamai tempat, benda atau sistem, bukan peran; pelaksananya orang yang memakainya`));
    });
    const labels = actors.map((a) => a.label);
    // Per SOP, not per step: the names of each column, and the roles no column stands for.
    const columns: ColumnName[] = actors.map((actor) => ({
      actor,
      key: normaliseText(actor.label),
      forms: [...new Set([actor.label, baseLabel(actor.label)])].map(wordsOf).filter((f) => f.length > 0),
    }));
    const rolesWithoutColumn = ROLES.filter((role) => !labels.some((label) => firstMatch(role.column, label) !== undefined));
    steps.forEach((step, i) => {
      const own = step.actorIds.map((id) => actors.find((a) => a.id === id)?.label ?? id);
      const ownKeys = own.map(normaliseText);
      const at = (code: string, message: string) => out.push(findingAt(doc, ['langkah', i, 'kegiatan'], code, message, { step: step.number }));
      const spelledOtherwise = new Set<ColumnName>();
      const doer = namedDoer(step.activity, columns);
      // Two columns may share a label (pelaksana-ganda): the step in either is in "that" column.
      if (doer && !ownKeys.includes(doer.column.key)) {
        const named = doer.exact ? excerpt(doer.column.actor.label) : `${excerpt(doer.written)} (kolom ${excerpt(doer.column.actor.label)})`;
        at('pelaksana-berbeda', `langkah ${step.number} menyebut ${named} sebagai pelakunya, tetapi simbolnya di kolom ${own.join(', ') || '(tanpa kolom)'}`);
        if (!doer.exact) spelledOtherwise.add(doer.column);
      } else if (doer && !doer.exact) {
        at('pelaksana-ditulis-lain', `langkah ${step.number} menyebut ${excerpt(doer.written)}, padahal kolom pelaksananya bernama ${excerpt(doer.column.actor.label)}; samakan penulisannya`);
        spelledOtherwise.add(doer.column);
      }
      const named = new Set<string>();
      for (const role of rolesWithoutColumn) {
        const text = actingMention(role, step.activity);
        if (text === undefined || named.has(text.toLowerCase())) continue;
        named.add(text.toLowerCase());
        const alike = columnAlike(text, columns);
        if (alike) {
          if (!spelledOtherwise.has(alike))
            at('pelaksana-ditulis-lain', `langkah ${step.number} menyebut "${text}", padahal kolom pelaksananya bernama "${alike.actor.label}"; samakan penulisannya`);
          spelledOtherwise.add(alike);
          continue;
        }
        at('peran-tanpa-kolom', `langkah ${step.number} menyebut "${text}", tetapi tidak ada kolom pelaksana untuk peran itu (kolom: ${labels.join(', ')})`);
      }
    });
  }
  return out;
}
