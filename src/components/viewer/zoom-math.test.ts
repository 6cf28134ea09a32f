import { describe, expect, it } from 'vitest';
import { clampScale, fitScale, keepInPlace, keyAction, MAX_SCALE, MIN_SCALE, percent, pinchScale, STEP, wheelFactor, zoomCentre } from './zoom-math.ts';

const NO_MODIFIER = { ctrl: false, meta: false, alt: false };

describe('the zoom scale', () => {
  it('stays between its bounds, but always lets the drawing fit a narrow box', () => {
    expect(clampScale(10, 1)).toBe(MAX_SCALE);
    expect(clampScale(0.01, 1)).toBe(MIN_SCALE);
    // A 2,400-px swimlane in a 320-px phone box fits at 0.13, below the usual minimum.
    expect(clampScale(0.01, fitScale(320, 2400))).toBeCloseTo(320 / 2400);
    expect(clampScale(1.5, 1)).toBe(1.5);
  });

  it('is shown as a whole percentage', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(1.3749)).toBe('137%');
  });
});

describe('keys on the focused drawing', () => {
  it.each([
    ['+', STEP],
    ['=', STEP],
    ['-', 1 / STEP],
    ['_', 1 / STEP],
    ['0', 'fit'],
    ['ArrowLeft', undefined],
    ['a', undefined],
  ])('%s -> %s', (key, action) => {
    expect(keyAction(key, NO_MODIFIER)).toBe(action);
  });

  it('leave the browser its own zoom (Ctrl/⌘ +) and shortcuts alone', () => {
    expect(keyAction('+', { ...NO_MODIFIER, ctrl: true })).toBeUndefined();
    expect(keyAction('0', { ...NO_MODIFIER, meta: true })).toBeUndefined();
    expect(keyAction('-', { ...NO_MODIFIER, alt: true })).toBeUndefined();
  });
});

describe('wheel and pinch', () => {
  it('zoom in when the wheel turns up and out when it turns down, lines faster than pixels', () => {
    expect(wheelFactor(-100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0)).toBeLessThan(1);
    expect(wheelFactor(100, 0) * wheelFactor(-100, 0)).toBeCloseTo(1);
    expect(wheelFactor(3, 1)).toBeLessThan(wheelFactor(3, 0));
  });

  it('follow the fingers: twice the distance, twice the scale', () => {
    expect(pinchScale({ distance: 100, scale: 0.8 }, { x: 0, y: 0 }, { x: 120, y: 160 })).toBeCloseTo(1.6);
  });
});

describe('the point under the pointer', () => {
  it('stays where it was: the scroll that puts it back under the same screen point', () => {
    const before = { left: 100, top: 50, width: 400, height: 200 };
    // Drawn twice as large from the same top-left corner: the point 100 px into it is now 200 px in.
    const after = { left: 100, top: 50, width: 800, height: 400 };
    expect(keepInPlace(before, after, 200, 100)).toEqual({ dx: 100, dy: 50 });
    expect(keepInPlace(before, before, 321, 123)).toEqual({ dx: 0, dy: 0 });
  });

  it('is the middle of the drawing for buttons and keys, but never below the middle of the screen', () => {
    expect(zoomCentre({ left: 0, top: 0, width: 400, height: 200 }, 800)).toEqual({ x: 200, y: 100 });
    expect(zoomCentre({ left: 0, top: 0, width: 400, height: 3000 }, 800)).toEqual({ x: 200, y: 400 });
  });
});
