/** One step as the details panel and the walk-through show it: all its columns, then where it comes from and leads to. */
import { predecessors, successors, type FlowEdge } from '../../domain/flow.ts';
import type { ViewerModel, ViewerStep } from '../../domain/viewer-model.ts';
import { fill, h, type Strings } from './shared.ts';

export const actorNames = (model: ViewerModel, step: ViewerStep, s: Strings): string =>
  step.actorIds.map((id) => model.actors.find((a) => a.id === id)?.label ?? id).join(s.together);

/** Kegiatan, then the facts: the decision's question, pelaksana, kelengkapan, waktu, output, keterangan. */
export function stepFacts(model: ViewerModel, step: ViewerStep, s: Strings, withQuestion = true): DocumentFragment {
  const facts: Array<[string, string]> = [
    ...(step.decision && withQuestion ? [[s.question, step.decision.question] as [string, string]] : []),
    [s.facts.actors, actorNames(model, step, s)],
    [s.facts.inputs, step.inputs],
    [s.facts.time, step.timeText],
    [s.facts.output, step.output],
    [s.facts.notes, step.notes],
  ];
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('p', { class: 'vw-activity' }, step.activity),
    h('dl', { class: 'vw-facts' }, ...facts.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value || s.notFilled)])),
  );
  return fragment;
}

const edgeLink = (e: FlowEdge, n: number, s: Strings) => {
  const branch = e.kind === 'yes' ? s.yes : e.kind === 'no' ? s.no : '';
  const text = branch ? fill(s.branchLink, { b: branch, n }) : fill(s.stepLink, { n });
  return h('a', { href: `#langkah-${n}` }, e.loopBack ? `${text} (${s.loopBack})` : text);
};

function linkLine(label: string, links: HTMLElement[], none: string): HTMLParagraphElement {
  const p = h('p', { class: 'vw-links' }, h('strong', {}, `${label}: `));
  if (links.length === 0) p.append(none);
  links.forEach((a, i) => p.append(...(i ? [', ', a] : [a])));
  return p;
}

/** "Sebelumnya: langkah 5, Tidak: langkah 7 (kembali)" and "Sesudahnya: Ya: langkah 7, Tidak: langkah 5 (kembali)". */
export function stepLinks(model: ViewerModel, step: ViewerStep, s: Strings): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(
    linkLine(s.before, predecessors(model.edges, step.number).map((e) => edgeLink(e, e.from, s)), s.first),
    linkLine(s.after, successors(model.edges, step.number).map((e) => edgeLink(e, e.to, s)), s.last),
  );
  return fragment;
}
