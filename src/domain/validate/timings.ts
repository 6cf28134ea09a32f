import type { Corpus, SopDocument, StandarPelayananDocument } from '../model/index.ts';
import { locate } from '../model/index.ts';
import type { Finding } from '../findings/index.ts';
import { isEnd } from '../flow/index.ts';
import type { Step } from '../model/index.ts';
import type { TimedPart } from '../model/index.ts';
import { countedAmount, isNumeric, misspeltUnit, parseDuration, UNIT_LABEL, type Duration, type DurationUnit, type PlainDayRule } from '../time/index.ts';
import { describeTotal, type UncountedSteps } from '../time/index.ts';
import { promiseSummary, sopTimeSummary, type TimeSummary } from '../flow/index.ts';
import { comparableMinutes, toTotal, type DurationTotal } from '../time/index.ts';
import { ui } from '../../i18n/id.ts';
import { docLabel, findingAt } from './place.ts';

/**
 * Timings. Reading a waktu never fails (src/domain/time/); here: steps with no time, times kept as
 * written but not understood (info), a step's text that states another kind of day than its waktu,
 * each SOP's time summary (info). The Standar Pelayanan's promise against the SOPs that carry it out
 * reads several documents: promiseFindings.
 */
export function timingFindings(corpus: Corpus): Finding[] {
  const out: Finding[] = [];
  for (const doc of corpus.sops.values()) {
    doc.data.steps.forEach((step, i) => {
      const d = step.duration ?? parseDuration(step.timeText);
      if (d.kind === 'empty')
        out.push(
          findingAt(
            doc,
            ['langkah', i],
            'waktu-kosong',
            `langkah ${step.number}: waktu tidak diisi${d.text.trim() ? ` ("${d.text.trim()}")` : ''}; total waktu SOP tidak menghitung langkah ini`,
            { step: step.number },
          ),
        );
      if (d.kind === 'unknown') {
        const [code, message] = unreadTime(d.text, 'tidak ikut dihitung di total');
        out.push(findingAt(doc, ['langkah', i, 'waktu'], code, `langkah ${step.number}: ${message}`, { step: step.number }));
      }
      const clash = contradiction(step, d, doc.data.dayRule);
      if (clash) out.push(findingAt(doc, ['langkah', i, 'waktu'], 'waktu-bertentangan', `langkah ${step.number}: ${clash}`, { step: step.number }));
    });
    out.push(findingAt(doc, ['langkah'], 'waktu-total', totalsMessage(doc)));
  }
  for (const sp of corpus.standards.values()) {
    const parts: Array<[string, TimedPart[]]> = [
      ['jangka_waktu_penyelesaian', sp.data.completionTime],
      ['penanganan_pengaduan', sp.data.complaints.resolutionTimes],
    ];
    for (const [key, list] of parts)
      list.forEach((p, i) => {
        if (p.duration.kind === 'unknown') {
          const [code, message] = unreadTime(p.timeText, 'tidak bisa dibandingkan');
          out.push(findingAt(sp, key === 'jangka_waktu_penyelesaian' ? [key, i, 'waktu'] : [key, 'jangka_waktu', i, 'waktu'], code, `${p.label}: ${message}`));
        }
      });
  }
  return out;
}

/** A waktu that does not read: a unit one letter off is a likely typing slip (warning, with the unit), anything else is kept as written (info). */
function unreadTime(text: string, consequence: string): [code: string, message: string] {
  const typo = misspeltUnit(text);
  if (typo)
    return [
      'waktu-salah-ketik',
      `waktu "${text}": satuan "${typo.written}" tampaknya salah ketik untuk "${typo.unit}"; sampai dibetulkan, waktu ini ${consequence}`,
    ];
  return ['waktu-tak-terbaca', `waktu "${text}" tidak terbaca sebagai lama waktu; ditampilkan apa adanya dan ${consequence}`];
}

type DayKind = 'hari-kerja' | 'hari-kalender';
const DAY_UNITS: ReadonlySet<DurationUnit> = new Set(['hari', 'hari-kerja', 'hari-kalender']);
const effectiveDay = (unit: DurationUnit, plainDay: PlainDayRule): DayKind => (unit === 'hari' ? plainDay : (unit as DayKind));

/** "14 hari kalender", "3 (tiga) hari kerja", "7 hari" inside a step's kegiatan or keterangan. */
const DAYS_IN_TEXT = /(\d+(?:[.,]\d+)?)\s*(?:\([^)]*\)\s*)?(hari\s+kalender|hari\s+kerja|hari)\b/gi;

/** "paling lambat 3 hari kerja", "dalam waktu 2 jam" inside a step's text: a limit the step sets itself. */
const LIMIT_IN_TEXT =
  /(?:paling lambat|paling lama|selambat-lambatnya|maksimal|dalam waktu|dalam jangka waktu)\s+\d+(?:[.,]\d+)?\s*(?:\([^)]*\)\s*)?(?:hari\s+kalender|hari\s+kerja|hari|jam|menit|minggu|bulan)\b/gi;

/**
 * A step whose kegiatan or keterangan says another time than its waktu: the same number of days
 * but another kind of day ("14 hari kalender" against "14 hari kerja"; plain "hari" counts by the
 * day rule), or a limit ("paling lambat 3 hari kerja") shorter than the waktu's least time.
 */
function contradiction(step: Step, d: Duration, plainDay: PlainDayRule): string | undefined {
  if (!isNumeric(d)) return undefined;
  const amount = countedAmount(d);
  const texts = [step.activity, step.notes];
  if (DAY_UNITS.has(amount.unit)) {
    const waktuKind = effectiveDay(amount.unit, plainDay);
    for (const text of texts)
      for (const m of text.matchAll(DAYS_IN_TEXT)) {
        const n = Number(m[1]!.replace(',', '.'));
        const unit = m[2]!.toLowerCase().replace(/\s+/g, '-') as DurationUnit;
        if ((n !== amount.max && n !== amount.min) || effectiveDay(unit, plainDay) === waktuKind) continue;
        const ruleNote = unit === 'hari' || amount.unit === 'hari' ? ` ("hari" tanpa keterangan dihitung sebagai ${UNIT_LABEL[plainDay]})` : '';
        return `teks langkah menyebut "${m[0].replace(/\s+/g, ' ')}", tetapi waktunya "${d.text}"${ruleNote}: hari kalender dan hari kerja berbeda; samakan keduanya`;
      }
  }
  const least = comparableMinutes(toTotal(d), 'min');
  for (const text of texts)
    for (const m of text.matchAll(LIMIT_IN_TEXT)) {
      const limit = parseDuration(m[0]);
      if (isNumeric(limit) && least > comparableMinutes(toTotal(limit), 'max'))
        return `teks langkah menyebut "${m[0].replace(/\s+/g, ' ')}", tetapi waktunya "${d.text}", lebih lama; samakan keduanya`;
    }
  return undefined;
}

/** The steps of a path whose time a total cannot count (see describeTotal). */
export function uncountedOn(path: readonly number[], steps: readonly Step[]): UncountedSteps {
  const out: UncountedSteps = { missing: [], nonNumeric: [] };
  for (const n of new Set(path)) {
    const d = steps[n - 1]?.duration ?? parseDuration(steps[n - 1]?.timeText ?? '');
    if (d.kind === 'empty') out.missing.push(n);
    else if (!isNumeric(d)) out.nonNumeric.push(n);
  }
  return out;
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
  const { steps } = doc.data;
  const summary = sopTimeSummary(doc.data);
  const { headline, rework } = summary;
  const total = (p: { path: number[]; total: DurationTotal }) => describeTotal(p.total, 'langkah', uncountedOn(p.path, steps));
  const parts: string[] = [];
  if (!summary.reachesEnd) parts.push(`langkah terakhir (${steps.length}) tidak bisa dicapai dari langkah 1, jadi tidak ada total`);
  else if (!rework) parts.push(`total waktu (langkah ${describePath(headline.path)}, tanpa putaran balik): ${total(headline)}`);
  else {
    parts.push(`total waktu jalur terpendek (langkah ${describePath(headline.path)}): ${total(headline)}`);
    const last = rework.path[rework.path.length - 1];
    const ends = last !== undefined && isEnd(steps[last - 1]!, steps.length);
    parts.push(
      ends
        ? `dengan tiap putaran balik sekali (langkah ${describePath(rework.path)}): ${total(rework)}`
        : `jalur dengan putaran balik tidak sampai ke akhir alur (langkah ${describePath(rework.path)})`,
    );
  }
  // The totals name the uncounted steps on their paths; the steps on neither path are named here.
  const shown = new Set(summary.reachesEnd ? [...headline.path, ...(rework?.path ?? [])] : []);
  const elsewhere = uncountedText(summary, shown);
  if (elsewhere) parts.push(elsewhere);
  if (summary.reachesEnd && summary.rules.length) parts.push(summary.rules.join(' '));
  return parts.join('; ');
}

function uncountedText(summary: TimeSummary, shown: ReadonlySet<number>): string {
  const without = summary.stepsWithoutTime.filter((n) => !shown.has(n));
  const nonNumeric = summary.stepsNonNumeric.filter((n) => !shown.has(n));
  const where = shown.size ? ' di luar jalur itu' : '';
  const pieces: string[] = [];
  if (without.length) pieces.push(`langkah tanpa waktu${where}: ${without.join(', ')}`);
  if (nonNumeric.length) pieces.push(`langkah dengan waktu bukan angka${where}: ${nonNumeric.join(', ')}`);
  return pieces.join('; ');
}

/**
 * An SP's promise is the sum of its jangka waktu parts ("Sesuai …" parts cannot be compared). Each
 * SOP it names is compared on its own: a warning when even the shortest path is longer, info when
 * only the path with its loop-backs is. Calendar days compare at 7 calendar days = 5 working days,
 * and the message says so.
 */
export function promiseFindings(corpus: Corpus): Finding[] {
  return promiseComparisons(corpus).flatMap((comparison) =>
    comparison.sp.data.sopIds.length === 0
      ? [
          findingAt(
            comparison.sp,
            ['sop'],
            'sp-tanpa-sop',
            'Standar Pelayanan ini tidak menyebut SOP yang menjalankannya (sop: []); jangka waktu yang dijanjikan tidak bisa dibandingkan dengan SOP',
          ),
        ]
      : promiseAgainstSops(comparison),
  );
}

/**
 * How an SOP's time compares with the promise of a Standar Pelayanan it carries out: its shortest
 * path is longer (`exceeds`), only its path with every loop-back once is (`exceeds-with-loops`), or
 * it fits (`fits`).
 */
export type PromiseVerdict = 'fits' | 'exceeds' | 'exceeds-with-loops';

export interface PromiseComparison {
  sp: StandarPelayananDocument;
  /** The sum of the parts with a number; undefined when no part has one (nothing to compare). */
  promise?: ReturnType<typeof promiseSummary>;
  sops: Array<{ sop: SopDocument; index: number; summary: TimeSummary; verdict?: PromiseVerdict }>;
}

/** Each Standar Pelayanan with the SOPs it names (published ones), each compared with its promise. */
export function promiseComparisons(corpus: Corpus): PromiseComparison[] {
  return [...corpus.standards.values()].map((sp) => {
    const promise = promiseSummary(sp.data.completionTime, sp.data.dayRule);
    const comparable = promise.total.maxMinutes > 0 || promise.total.maxCalendarDays > 0;
    const promiseMax = comparableMinutes(promise.total, 'max');
    const sops = sp.data.sopIds.flatMap((id, index) => {
      const sop = corpus.sops.get(id);
      if (!sop) return []; // rujukan-tidak-ada, reported when the corpus is read
      const summary = sopTimeSummary(sop.data);
      const withLoops = summary.rework ?? summary.headline;
      const verdict: PromiseVerdict =
        summary.reachesEnd && comparableMinutes(summary.headline.total, 'min') > promiseMax
          ? 'exceeds'
          : comparableMinutes(withLoops.total, 'min') > promiseMax
            ? 'exceeds-with-loops'
            : 'fits';
      return [{ sop, index, summary, ...(comparable ? { verdict } : {}) }];
    });
    return { sp, ...(comparable ? { promise } : {}), sops };
  });
}

function promiseAgainstSops(comparison: PromiseComparison): Finding[] {
  const { sp, promise } = comparison;
  if (!promise) return []; // no number promised
  const promised = `${describeTotal(promise.total, 'bagian')}${sp.data.completionTime.length > 1 ? ` [${sp.data.completionTime.map((p) => `${p.label}: ${p.timeText}`).join('; ')}]` : ''}`;
  return comparison.sops.flatMap(({ sop, index: i, summary, verdict }) => {
    if (verdict === 'fits' || verdict === undefined) return [];
    const totals = [summary.headline.total, ...(summary.rework ? [summary.rework.total] : []), promise.total];
    const calendar = totals.some((x) => x.maxCalendarDays > 0) ? [ui.times.calendarCompared] : [];
    const notes = [...new Set([...summary.rules, ...promise.rules]), ...calendar];
    const rule = notes.length ? `; ${notes.join(' ')}` : '';
    const alsoAt = [{ documentId: sop.id, file: sop.file, ...locate(sop.source, ['langkah']) }];
    const withLoops = summary.rework ?? summary.headline;
    const shortest = describeTotal(summary.headline.total, 'langkah', uncountedOn(summary.headline.path, sop.data.steps));
    return verdict === 'exceeds'
      ? [
          findingAt(
            sp,
            ['sop', i],
            'waktu-melebihi-sp',
            `${docLabel(sop)} butuh ${shortest} di jalur terpendeknya, lebih lama dari jangka waktu yang dijanjikan: ${promised}${rule}`,
            { alsoAt },
          ),
        ]
      : [
          findingAt(
            sp,
            ['sop', i],
            'waktu-putaran-melebihi-sp',
            `${docLabel(sop)} dengan putaran baliknya butuh ${describeTotal(withLoops.total, 'langkah', uncountedOn(withLoops.path, sop.data.steps))}, lebih lama dari jangka waktu yang dijanjikan: ${promised} (jalur terpendek: ${summary.reachesEnd ? shortest : 'tidak ada'})${rule}`,
            { alsoAt },
          ),
        ];
  });
}
