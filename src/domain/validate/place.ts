import type { CorpusDocument } from '../model/index.ts';
import type { Finding, FindingPlace, Severity } from '../findings/index.ts';
import { locate, type FieldPath } from '../model/index.ts';
import { RULE_BY_CODE } from '../findings/index.ts';
import { kindTitle } from '../views/index.ts';

/** Helpers shared by the rule families: where a finding sits, and how documents are named in messages. */

export function placeOf(doc: CorpusDocument, path: FieldPath, step?: number): FindingPlace {
  return { documentId: doc.id, file: doc.file, ...locate(doc.source, path), ...(step === undefined ? {} : { step }) };
}

/**
 * A finding at a frontmatter value of a document. The severity comes from the rule table, so a
 * code cannot be reported with two severities.
 */
export function findingAt(
  doc: CorpusDocument,
  path: FieldPath,
  code: string,
  message: string,
  extra: { step?: number; alsoAt?: FindingPlace[] } = {},
): Finding {
  const rule = RULE_BY_CODE.get(code);
  if (!rule) throw new Error(`kode temuan tanpa aturan: ${code}`);
  const severity: Severity = rule.severity;
  const { documentId, ...at } = placeOf(doc, path, extra.step);
  return { ...at, severity, code, message: oneLine(message), documentId, ...(extra.alsoAt?.length ? { alsoAt: extra.alsoAt } : {}) };
}

/**
 * A finding is one line of `npm run check`: a quoted value written over several lines (a kegiatan
 * in paragraphs) must not break it.
 */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ');

/** The name with its kind, as the pages give it, no word twice: "SOP Pelayanan Konsultasi", "Standar Pelayanan Konsultasi". */
export function docLabel(doc: CorpusDocument): string {
  return kindTitle(doc.kind, doc.data.title);
}

/** A label as printed, without the colon the source prints after it ("Peralatan/Perlengkapan:"). */
export const labelText = (label: string) => label.trim().replace(/\s*:+$/, '');

/**
 * "A, B dan C"; past `max` names: "A, B, C, D, E dan 4 lainnya". `total` is the size of the whole
 * list when the caller passes only its first names (so long lists cost nothing).
 */
export function listNames(names: readonly string[], max = 5, total = names.length): string {
  const shown = names.slice(0, max);
  if (total > shown.length) return `${shown.join(', ')} dan ${total - shown.length} lainnya`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} dan ${shown[shown.length - 1]}`;
}

/** Up to `max` items of a list other than `self`, without walking the whole list. */
export function othersThan<T>(items: readonly T[], self: T, max = 5): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (item !== self) out.push(item);
    if (out.length === max) break;
  }
  return out;
}

/** Case and spacing do not make two texts different. */
export const normaliseText = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** A text quoted in a message, or its end when it is long: enough for a reviewer to find the place. */
export const quoted = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= 70 ? `"${t}"` : `"…${t.slice(-60)}"`;
};
