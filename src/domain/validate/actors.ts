import type { Corpus } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { excerpt } from '../text/index.ts';
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
 * A column that names a thing or a system rather than a role: "Aplikasi SIMPEG", "Sistem
 * Informasi …", "Website", "Email", "Berkas". The work of a step is done by people; a system column
 * usually means "recorded in the system" (info, not an error: some templates do this on purpose).
 */
const THING_COLUMN = /^(?:aplikasi|sistem|sist\.|website|situs|portal|e-?mail|surel|server|database|basis data|komputer|dokumen|berkas|arsip|formulir|surat|kotak|mesin)\b/i;

/**
 * The step's text names, as its doer, another actor column of this SOP: the text starts with that
 * column's label ("Kepala Bagian Umum menandatangani …") or names it after "oleh" ("… diperiksa oleh
 * Kepala Bagian Umum"), and the step is not in that column. Labels of three characters or fewer are
 * skipped (too easily part of other words). Plain string search on texts with case and spacing
 * evened out (normaliseText): a regular expression built from a label grows with it, and a label
 * pasted 16,000 characters long overflowed the expression compiler.
 */
function namesAsDoer(text: string, label: string): boolean {
  if (label.length <= 3) return false;
  const endsWord = (at: number) => at >= text.length || !/[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(at)!));
  if (text.startsWith(label) && endsWord(label.length)) return true;
  const after = `oleh ${label}`;
  for (let at = text.indexOf(after); at >= 0; at = text.indexOf(after, at + 1))
    if ((at === 0 || !/\w/.test(text[at - 1]!)) && endsWord(at + after.length)) return true;
  return false;
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
          `kolom pelaksana ${excerpt(actor.label)} menamai benda atau sistem, bukan peran; pelaksananya orang yang memakainya`));
    });
    const labels = actors.map((a) => a.label);
    // Per SOP, not per step: the doer pattern of each column, and the roles no column stands for.
    const doers = actors.map((actor) => ({ actor, key: normaliseText(actor.label) }));
    const rolesWithoutColumn = ROLES.filter((role) => !labels.some((label) => firstMatch(role.column, label) !== undefined));
    steps.forEach((step, i) => {
      const columns = step.actorIds.map((id) => actors.find((a) => a.id === id)?.label ?? id);
      const columnKeys = columns.map(normaliseText);
      const activity = normaliseText(step.activity);
      for (const { actor, key } of doers) {
        // Two columns may share a label (pelaksana-ganda): the step in either is in "that" column.
        if (columnKeys.includes(key) || !namesAsDoer(activity, key)) continue;
        out.push(findingAt(doc, ['langkah', i, 'kegiatan'], 'pelaksana-berbeda',
          `langkah ${step.number} menyebut ${excerpt(actor.label)} sebagai pelakunya, tetapi simbolnya di kolom ${columns.join(', ') || '(tanpa kolom)'}`, { step: step.number }));
        break;
      }
      const named = new Set<string>();
      for (const role of rolesWithoutColumn) {
        const text = actingMention(role, step.activity);
        if (text === undefined) continue;
        if (named.has(text.toLowerCase())) continue;
        named.add(text.toLowerCase());
        out.push(findingAt(doc, ['langkah', i, 'kegiatan'], 'peran-tanpa-kolom',
          `langkah ${step.number} menyebut "${text}", tetapi tidak ada kolom pelaksana untuk peran itu (kolom: ${labels.join(', ')})`, { step: step.number }));
      }
    });
  }
  return out;
}
