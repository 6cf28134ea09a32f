/** One step as the details panel and the walk-through show it: all its columns, then where it comes from and leads to. */
import { entryWords, exitWords, predecessors, rowArrowWords, successors } from '../../domain/flow/index.ts';
import { flowWords } from '../../i18n/id.ts';
import type { ViewerModel, ViewerStep } from '../../domain/views/index.ts';
import { h, type Strings } from './shared.ts';
import { actorNames } from './step-text.ts';

/** Text with its line breaks kept (a cell with paragraphs), then a "dugaan" mark when inferred. */
function value(text: string, inferred: boolean, s: Strings): Array<Node | string> {
  const lines = (text || s.notFilled).split('\n');
  const out: Array<Node | string> = lines.flatMap((line, i) => (i ? [h('br'), line] : [line]));
  if (inferred) out.push(' ', h('span', { class: 'dugaan' }, s.inferred));
  return out;
}

/** The activity of a step, paragraphs kept. */
export const stepActivity = (step: ViewerStep, s: Strings) =>
  h('p', { class: 'vw-activity' }, ...value(step.activity, step.inferred.includes('kegiatan'), s));

/** "Verifikator → Kepala Bidang (Tidak perlu peninjauan)": the arrows drawn inside the step's row, one a line. */
const rowArrows = (model: ViewerModel, step: ViewerStep) => rowArrowWords(step, (id) => model.actors.find((x) => x.id === id)?.label ?? id).join('\n');

/** The facts: the decision's question (when printed), pelaksana, the arrows inside the row, kelengkapan, waktu, output, keterangan; inferred values marked "dugaan". */
export function stepFactList(model: ViewerModel, step: ViewerStep, s: Strings, withQuestion = true): HTMLDListElement {
  const question = step.decision?.question;
  const facts: Array<[string, string, string]> = [
    ...(question !== undefined && withQuestion ? [[s.question, question, 'keputusan'] as [string, string, string]] : []),
    [s.facts.actors, actorNames(model, step, s), 'pelaksana'],
    ...(step.rowArrows?.length ? [[flowWords.inRow, rowArrows(model, step), 'panah'] as [string, string, string]] : []),
    [s.facts.inputs, step.inputs, 'kelengkapan'],
    [s.facts.time, step.timeText, 'waktu'],
    [s.facts.output, step.output, 'output'],
    [s.facts.notes, step.notes, 'keterangan'],
  ];
  return h('dl', { class: 'vw-facts' }, ...facts.flatMap(([label, text, key]) => [h('dt', {}, label), h('dd', {}, ...value(text, step.inferred.includes(key), s))]));
}

/** Kegiatan, then the facts. */
export function stepFacts(model: ViewerModel, step: ViewerStep, s: Strings, withQuestion = true): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(stepActivity(step, s), stepFactList(model, step, s, withQuestion));
  return fragment;
}

function linkLine(label: string, links: HTMLElement[], none: string): HTMLParagraphElement {
  const p = h('p', { class: 'vw-links' }, h('strong', {}, `${label}: `));
  if (links.length === 0) p.append(none);
  links.forEach((a, i) => p.append(...(i ? ['; ', a] : [a])));
  return p;
}

/** "Datang dari: langkah 5; langkah 7, bila jawabannya Tidak (putaran kembali)" and "Selanjutnya: Jika Ya: lanjut ke langkah 7; Jika Tidak: kembali ke langkah 5". */
export function stepLinks(model: ViewerModel, step: ViewerStep, s: Strings): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const out = successors(model.edges, step.number);
  const parallel = out.length > 1 && out.every((e) => e.kind === 'jump');
  fragment.append(
    linkLine(s.before, predecessors(model.edges, step.number).map((e) => h('a', { href: `#langkah-${e.from}` }, entryWords(e))), s.first),
    linkLine(parallel ? s.afterParallel : s.after, out.map((e) => h('a', { href: `#langkah-${e.to}` }, exitWords(e))), s.last),
  );
  return fragment;
}
