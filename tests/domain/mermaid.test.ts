import { describe, expect, it } from 'vitest';
import { escapeLabel, MERMAID_CONFIG, mermaidText, oneLine, roundSvgNumbers } from '../../src/domain/mermaid/index.ts';

/** Issue 27, points 4 and 8: text never configures a diagram, and rounding never changes what mermaid drew. */

/** Path data read back as its numbers and flags, for comparing a rounded path with the one drawn. */
function numbersOf(d: string): number[] {
  return [...d.matchAll(/[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi)].map((m) => Number(m[0]));
}

describe('4. a document title never becomes mermaid configuration', () => {
  it('"%%" in a label or an accessible title gets a word joiner between: no directive, no comment, and it still reads "%%"', () => {
    const title = "Surat %%{init: {'htmlLabels': true, 'theme': 'dark'}}%% Masuk";
    for (const text of [escapeLabel(title), mermaidText(title), mermaidText('100%% %%%')]) expect(text).not.toContain('%%');
    expect(escapeLabel(title)).toBe("Surat %\u2060%{init: {'htmlLabels': true, 'theme': 'dark'}}%\u2060% Masuk");
    expect(escapeLabel(title).replace(/\u2060/g, '')).toBe(title);
    expect(escapeLabel('Naik 50%')).toBe('Naik 50%');
    // Text that is not mermaid source (the swimlane drawn in TypeScript) keeps its "%%".
    expect(oneLine(title)).toBe(title);
  });

  it('a directive in any diagram cannot turn labels into HTML', () => {
    expect(MERMAID_CONFIG.secure).toEqual(expect.arrayContaining(['secure', 'securityLevel', 'htmlLabels', 'dompurifyConfig']));
  });
});

describe('8. numbers of a drawn SVG rounded by a reader of path syntax', () => {
  it('compact path data keeps its numbers apart: "1.999.5" is two numbers, not "20.5"', () => {
    expect(roundSvgNumbers('d', 'M1.999.5L.004.2')).toBe('M2 0.5L0 0.2');
    expect(numbersOf(roundSvgNumbers('d', 'M10.123456.456789L-3.6e-2 1z'))).toEqual([10.12, 0.46, -0.04, 1]);
  });

  it("an arc's flags are single characters, however they are written", () => {
    // mermaid's actor icon: a circle drawn as two arcs with compact flags.
    expect(roundSvgNumbers('d', 'M0,0a10.1234,10.1234 0 11.5.25a1 1 0 01-.5-.25Z')).toBe('M0 0a10.12 10.12 0 1 1 0.5 0.25a1 1 0 0 1 -0.5 -0.25Z');
  });

  it('relative steps do not add up their rounding: 1,000 steps of 0.004 still travel 4', () => {
    const d = `M0 0${'l0.004 0.0049'.repeat(1000)}`;
    const steps = numbersOf(roundSvgNumbers('d', d)).slice(2);
    const sum = (k: number) => steps.filter((_, i) => i % 2 === k).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum(0) - 4)).toBeLessThan(0.006);
    expect(Math.abs(sum(1) - 4.9)).toBeLessThan(0.006);
    // Control points of a relative curve are from its start; a closed path goes back to where it began.
    expect(roundSvgNumbers('d', 'M1.001 1c0.004 0 0.008 0 0.012 0l0.004 0zm0.006 0.006')).toBe('M1 1c0 0 0.01 0 0.01 0l0.01 0zm0.01 0.01');
  });

  it('what it cannot read is left as mermaid drew it', () => {
    for (const d of ['M1', 'L1 2', 'M1 2 3', 'M1 2 Z 3', 'M 1 2 X 3', 'a1 1 0 2 0 1 1']) expect(roundSvgNumbers('d', d), d).toBe(d);
  });

  it('lists, transforms and single numbers', () => {
    expect(roundSvgNumbers('points', '1.2345,2.5.5 3')).toBe('1.23 2.5 0.5 3');
    expect(roundSvgNumbers('transform', 'translate(12.3456, -7.891) rotate(45.005)')).toBe('translate(12.35 -7.89) rotate(45.01)');
    expect(roundSvgNumbers('viewBox', '-8 -8 1234.56789 99.999')).toBe('-8 -8 1234.57 100');
    expect(roundSvgNumbers('x', '12.3456')).toBe('12.35');
    expect(roundSvgNumbers('dy', '1.1em')).toBe('1.1em');
    expect(roundSvgNumbers('width', '100%')).toBe('100%');
  });
});
