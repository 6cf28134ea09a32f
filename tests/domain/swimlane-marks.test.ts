import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { flowEdges } from '../../src/domain/flow.ts';
import { edgeId } from '../../src/domain/flowchart/index.ts';
import { markSwimlaneSvg, parseEdgeId, parseNodeElementId, swimlaneMarks } from '../../src/domain/swimlane-marks.ts';
import { readCorpus } from '../../src/lib/read-corpus.ts';
import { PROJECT } from '../build/run-build.ts';

/**
 * The marks the viewer relies on, on real SVGs mermaid 12 drew at build time from our swimlane
 * source (tests/fixtures/swimlane/*.svg are the published swimlane.svg files of two seed SOPs:
 * loop-backs, and a joint step drawn as two nodes).
 */
const corpus = await readCorpus(PROJECT);
const fixture = (slug: string) => readFile(path.join(PROJECT, 'tests/fixtures/swimlane', `${slug}.svg`), 'utf8');
const modelOf = (slug: string) => {
  const { steps } = corpus.sops.get(slug)!.data;
  return { steps, edges: flowEdges(steps) };
};

describe('reading mermaid ids', () => {
  it.each([
    ['mmd-41f02d998bb5-flowchart-L6-4', { step: 6, index: 0 }],
    ['mmd-e11ba5badc86-flowchart-L1_2-4', { step: 1, index: 1 }],
    ['mermaid-1-flowchart-L10-12', { step: 10, index: 0 }],
    ['mmd-41f02d998bb5-P1', undefined],
    ['mmd-41f02d998bb5-L_L6_L5_0', undefined],
  ])('node %s', (id, expected) => expect(parseNodeElementId(id)).toEqual(expected));

  it.each([
    ['L_L6_L5_0', { from: 6, to: 5, shared: false }],
    ['L_L1_L1_2_0', { from: 1, to: 1, shared: true }],
    ['L_L1_2_L2_0', { from: 1, to: 2, shared: false }],
    ['edge-label-L7-L8-L_L7_L8_0', { from: 7, to: 8, shared: false }],
    ['L_L12_L3_1', { from: 12, to: 3, shared: false }],
    ['P1', undefined],
    ['flowchart-L6-4', undefined],
  ])('edge %s', (id, expected) => expect(parseEdgeId(id)).toEqual(expected));
});

describe('marking a rendered swimlane', () => {
  it('gives every node its step and pelaksana, and every arrow its flow edge (loop-backs included)', async () => {
    const slug = 'pelaksanaan-kegiatan-diklat';
    const model = modelOf(slug);
    const svg = parse(markSwimlaneSvg(await fixture(slug), model));
    const nodes = svg.querySelectorAll('g.node');
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      const step = model.steps[Number(node.getAttribute('data-step')) - 1]!;
      expect(node.id).toContain(`-flowchart-L${step.number}-`);
      expect(node.getAttribute('data-actor')).toBe(step.actorIds[0]);
      expect(node.getAttribute('data-main')).toBe('true');
    }
    expect(nodes.map((n) => Number(n.getAttribute('data-step'))).sort((a, b) => a - b)).toEqual(model.steps.map((s) => s.number));
    const arrows = svg.querySelectorAll('path.flowchart-link');
    expect(arrows.map((p) => p.getAttribute('data-edge')).sort()).toEqual(model.edges.map(edgeId).sort());
    expect(arrows.map((p) => p.getAttribute('data-edge'))).toContain('6-5-no');
    const labels = svg.querySelectorAll('g.edgeLabel[data-edge]').map((g) => g.getAttribute('data-edge'));
    expect(labels.sort()).toEqual(['6-5-no', '6-7-yes', '7-6-no', '7-8-yes']);
  });

  it('maps the companion node of a joint step to the second pelaksana, and the line joining them', async () => {
    const slug = 'permintaan-narasumber';
    const model = modelOf(slug);
    const step1 = model.steps[0]!;
    expect(step1.actorIds.length).toBe(2);
    const svg = parse(markSwimlaneSvg(await fixture(slug), model));
    const first = svg.querySelectorAll('g.node[data-step="1"]');
    expect(first.map((n) => [n.getAttribute('data-actor'), n.getAttribute('data-main')])).toEqual(
      expect.arrayContaining([[step1.actorIds[0], 'true'], [step1.actorIds[1], undefined]]),
    );
    expect(svg.querySelectorAll('path[data-edge="1-1-shared"]')).toHaveLength(1);
    expect(svg.querySelector('path[data-id="L_L1_2_L2_0"]')!.getAttribute('data-edge')).toBe('1-2-next');
  });

  it('changes nothing else: the SVG is the same once the marks are taken out', async () => {
    const slug = 'pelaksanaan-kegiatan-diklat';
    const original = await fixture(slug);
    const marked = markSwimlaneSvg(original, modelOf(slug));
    const unmark = (s: string) => s.replace(/ data-(?:step|actor|main|edge)="[^"]*"/g, '');
    expect(unmark(marked)).toBe(unmark(original));
    expect(marked.match(/data-edge="true"/g)).toBeNull();
    expect(markSwimlaneSvg(marked, modelOf(slug))).toBe(marked);
  });

  it('has nothing to say about elements that are not the swimlane', () => {
    const model = modelOf('pelaksanaan-kegiatan-diklat');
    expect(swimlaneMarks(model, 'mmd-x-P1', 'P1')).toEqual({});
    expect(swimlaneMarks(model, 'mmd-x-flowchart-L99-1', '')).toEqual({});
  });
});
