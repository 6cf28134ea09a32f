import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Corpus } from '../../src/domain/model/corpus.ts';
import { edgeId, flowEdges, stepRefOf } from '../../src/domain/flow/index.ts';
import { readCorpus } from '../../src/node/read-corpus.ts';
import { PROJECT } from './run-build.ts';

/** The flowchart table as built into the SOP pages (the shared build of the seed content). */
let corpus: Corpus;
const page = async (route: string) => parse(await readFile(path.join(inject('siteDir'), route, 'index.html'), 'utf8'));

beforeAll(async () => {
  corpus = await readCorpus(PROJECT);
});


describe.each(['pelaksanaan-kegiatan-diklat', 'pelayanan-konsultasi'])('the flowchart table of %s', (slug) => {
  let html: HTMLElement;
  let table: HTMLElement;
  beforeAll(async () => {
    html = await page(`sop/${slug}`);
    table = html.querySelector('table.fc-table')!;
  });

  it('has two header rows: Pelaksana over the actors, Mutu Baku over its three columns', () => {
    const data = corpus.sops.get(slug)!.data;
    const [first, second] = table.querySelectorAll('thead tr');
    const groups = first!.querySelectorAll('th').map((th) => [th.text.trim(), th.getAttribute('colspan') ?? '1']);
    const lanes = Number(table.getAttribute('data-lanes'));
    expect(groups).toEqual([
      ['No.', '1'],
      ['Kegiatan', '1'],
      ['Pelaksana', String(data.actors.length)],
      ['Mutu Baku', '3'],
      ['Ket.', '1'],
    ]);
    // The gutter for the arrows that skip rows is no actor: not under "Pelaksana", no header text.
    const gutterHead = first!.querySelector('td.fc-gutter');
    if (lanes > 0) expect([gutterHead?.getAttribute('rowspan'), gutterHead?.text.trim()]).toEqual(['2', '']);
    else expect(gutterHead).toBeNull();
    expect(second!.querySelectorAll('th').map((th) => th.text.trim())).toEqual([...data.actors.map((a) => a.label), 'Kelengkapan', 'Waktu', 'Output']);
  });

  it('draws one symbol per step and actor, in that actor’s column, with the right shape', () => {
    const data = corpus.sops.get(slug)!.data;
    expect(table.querySelectorAll('.fc-symbol[data-step]').length).toBe(data.steps.reduce((n, s) => n + s.actorIds.length, 0));
    for (const step of data.steps) {
      const row = table.querySelector(`tr#langkah-${step.number}`)!;
      expect(row.getAttribute('data-step')).toBe(String(step.number));
      const lanes = row.querySelectorAll('td.fc-lane');
      expect(lanes.length).toBe(data.actors.length);
      const columns = lanes.flatMap((td, i) => (td.querySelector(`.fc-symbol[data-step="${step.number}"]`) ? [i] : []));
      expect(columns, `step ${step.number}`).toEqual(data.actors.flatMap((a, i) => (step.actorIds.includes(a.id) ? [i] : [])));
      for (const i of columns) {
        const symbol = lanes[i]!.querySelector('.fc-symbol')!;
        const terminal = (step.number === 1 || step.number === data.steps.length) && !step.decision;
        expect(symbol.tagName.toLowerCase(), `shape of step ${step.number}`).toBe(step.decision ? 'polygon' : 'rect');
        if (!step.decision) expect(Number(symbol.getAttribute('rx')) > 0).toBe(terminal);
        // The text equivalent: who performs it and where it goes next.
        const said = lanes[i]!.querySelector('.visually-hidden')!.text;
        expect(said).toContain(data.actors[i]!.label);
        expect(said).toContain(`langkah ${step.number}`);
      }
      expect(row.querySelectorAll('svg.fc-draw').every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
      expect(row.querySelectorAll('svg:not(.fc-draw)').every((svg) => svg.parentNode?.classList.contains('fc-draw'))).toBe(true);
    }
  });

  it('draws every arrow, into its target’s row, with Ya/Tidak on the decisions', () => {
    const data = corpus.sops.get(slug)!.data;
    const edges = flowEdges(data.steps);
    expect(edges.some((e) => e.loopBack)).toBe(true);
    for (const e of edges) {
      const id = edgeId(e);
      expect(table.querySelectorAll(`line[data-edge="${id}"]`).length, id).toBeGreaterThan(0);
      const heads = table.querySelectorAll(`tr.fc-row .fc-arrow[data-edge="${id}"]`);
      expect(heads.length, `${id}: one arrowhead`).toBe(1);
      expect(heads[0]!.closest('tr')!.id, `${id}: arrowhead in the target row`).toBe(`langkah-${e.to}`);
      if (e.kind !== 'branch') continue;
      const labels = table.querySelectorAll(`text.fc-label[data-edge="${id}"]`);
      expect(labels.map((l) => [l.closest('tr')!.id, l.text]), id).toEqual([[`langkah-${e.from}`, e.label]]);
      const from = table.querySelector(`tr#langkah-${e.from}`)!;
      expect(from.querySelector('.fc-lane .visually-hidden')!.text).toContain(`Jika ${e.label}: ${e.loopBack ? 'kembali' : 'lanjut'} ke langkah ${e.to}`);
      expect(from.querySelector(`th.fc-activity a[href="#langkah-${e.to}"]`), `${id}: link in the Kegiatan text`).not.toBeNull();
    }
  });
});

describe('print pages of the flowchart', () => {
  it('closes each page of Pelaksanaan Kegiatan Diklat with off-page connectors that the next page opens', async () => {
    const table = (await page('sop/pelaksanaan-kegiatan-diklat')).querySelector('table.fc-table')!;
    const rows = table.querySelectorAll('tbody tr');
    const ends = rows.filter((r) => r.classList.contains('fc-connector') && r.classList.contains('fc-break-after'));
    expect(ends.length).toBe(Number(table.getAttribute('data-pages')) - 1);
    expect(ends.length).toBeGreaterThan(0);
    const numbers = (r: HTMLElement) => r.querySelectorAll('.fc-offpage').map((c) => c.getAttribute('data-step') + ':' + c.text.trim());
    for (const end of ends) {
      expect(end.classList.contains('print-only')).toBe(true);
      expect(end.getAttribute('aria-hidden')).toBe('true');
      const start = rows[rows.indexOf(end) + 1]!;
      expect(start.classList.contains('fc-connector')).toBe(true);
      expect(Number(start.getAttribute('data-page'))).toBe(Number(end.getAttribute('data-page')) + 1);
      expect(numbers(end).length).toBeGreaterThan(0);
      expect(numbers(start)).toEqual(numbers(end));
      for (const n of numbers(end)) expect(n.split(':')[0]).toBe(n.split(':')[1]);
      // The text names each step as the rest of the table does, its printed number too where it differs.
      const steps = corpus.sops.get('pelaksanaan-kegiatan-diklat')!.data.steps;
      for (const row of [end, start])
        for (const n of numbers(row)) expect(row.querySelector('.fc-connector-text')!.text).toContain(stepRefOf(steps[Number(n.split(':')[0]) - 1]!));
    }
    // Steps 8–10 print 9, 8, 9: a break lands next to one of them.
    expect(ends.map((r) => r.querySelector('.fc-connector-text')!.text).join(' ')).toMatch(/langkah (8|9|10) \(No\. \d\)/);
  });

  it('prints Pelayanan Konsultasi on one page: no connector rows', async () => {
    const table = (await page('sop/pelayanan-konsultasi')).querySelector('table.fc-table')!;
    expect(table.getAttribute('data-pages')).toBe('1');
    expect(table.querySelectorAll('tr.fc-connector').length).toBe(0);
  });
});
